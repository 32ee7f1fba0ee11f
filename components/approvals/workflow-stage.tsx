import { AlarmClock, BellRing, CheckCircle2, Circle, CircleDot, MinusCircle, XCircle } from "lucide-react";
import { Badge, type Tone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { ApprovalRequestStatus, ApproverStage } from "@/db/schema/values";
import { requestStatusLabels, stageLabels } from "@/lib/approvals/labels";
import type { StageView } from "@/lib/approvals/types";
import { SlaCountdown } from "./sla-countdown";
import { WorkflowDecidePanel } from "./workflow-decide";
import { WorkflowDecisions } from "./workflow-decisions";
import { WorkflowTime } from "./workflow-time";

export const requestStatusTones: Record<ApprovalRequestStatus, Tone> = {
  waiting: "slate", open: "blue", approved: "green", changes_requested: "amber", rejected: "red", cancelled: "slate",
};

const icons: Record<ApprovalRequestStatus, typeof Circle> = {
  waiting: Circle, open: CircleDot, approved: CheckCircle2, changes_requested: AlarmClock, rejected: XCircle, cancelled: MinusCircle,
};
const iconTones: Record<ApprovalRequestStatus, string> = {
  waiting: "text-slate-400", open: "text-blue-600", approved: "text-green-600", changes_requested: "text-amber-600", rejected: "text-red-600", cancelled: "text-slate-400",
};

const names = (people: { name: string }[]) => people.map((p) => p.name).join(", ");

/** One planned stage: status, quorum, approvers, deadline, reminders, decisions, and the decision form when it is yours. */
export function WorkflowStage({ stage: s }: { stage: StageView }) {
  const Icon = icons[s.status];
  return (
    <li className={cn("rounded-lg bg-white p-4 shadow-sm ring-1", s.status === "open" ? "ring-blue-300" : "ring-slate-200")} aria-label={`${stageLabels[s.stage]} stage`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 items-start gap-2.5">
          <Icon className={cn("mt-0.5 size-5 shrink-0", iconTones[s.status])} aria-hidden />
          <div className="min-w-0">
            <h3 className="flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-900">
              {stageLabels[s.stage]}
              <Badge tone={requestStatusTones[s.status]}>{requestStatusLabels[s.status]}</Badge>
              {s.overdue ? <Badge tone="red">Overdue</Badge> : null}
            </h3>
            <p className="mt-0.5 text-xs text-slate-500">Included because {s.reason}</p>
          </div>
        </div>
        <div className="text-right text-sm">
          <p className="text-slate-700">
            <span className="font-medium tabular-nums">{s.approvals} of {s.quorum}</span> approval{s.quorum === 1 ? "" : "s"}
          </p>
          {s.status === "open" ? <SlaCountdown deadline={s.deadline} className="text-xs" /> : null}
          {s.decidedAt && s.status !== "open" && s.status !== "waiting" ? (
            <p className="text-xs text-slate-500">
              {s.decidedBy ? `${s.decidedBy.name}, ` : s.autoRule ? "automatically, " : ""}<WorkflowTime at={s.decidedAt} />
            </p>
          ) : null}
        </div>
      </div>

      <div className="mt-3 space-y-3 pl-7">
        <p className="text-sm text-slate-600">
          <span className="font-medium text-slate-700">Approvers: </span>
          {s.approvers.length ? names(s.approvers) : <span className="text-amber-700">nobody holds the {stageLabels[s.stage].toLowerCase()} approver stage yet</span>}
        </p>
        {s.autoRule && s.status === "approved" ? (
          <p className="text-sm text-green-800">Approved automatically by rule &ldquo;{s.autoRule}&rdquo;.</p>
        ) : null}
        {s.escalations.length ? (
          <ul className="space-y-1 text-xs">
            {s.escalations.map((e) => (
              <li key={`${e.step}-${e.at}`} className={cn("flex items-center gap-1.5", e.step === "escalate" ? "text-red-700" : "text-amber-800")}>
                {e.step === "escalate" ? <AlarmClock className="size-3.5" aria-hidden /> : <BellRing className="size-3.5" aria-hidden />}
                <span className="font-medium">{e.step === "escalate" ? "Escalated" : "Reminder sent"}</span>
                <WorkflowTime at={e.at} />
                {e.recipients.length ? <span className="text-slate-600">to {names(e.recipients)}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {s.decisions.length || s.status !== "waiting" ? <WorkflowDecisions decisions={s.decisions} /> : null}
        {s.canDecide ? <WorkflowDecidePanel requestId={s.requestId} stage={s.stage} /> : null}
        {s.status === "open" && !s.canDecide && s.cannotDecideReason ? <p className="text-xs text-slate-500">{s.cannotDecideReason}</p> : null}
      </div>
    </li>
  );
}

/** A stage the plan leaves out, greyed, with the reason. */
export function WorkflowSkippedStage({ stage, reason }: { stage: ApproverStage; reason: string }) {
  return (
    <li className="rounded-lg border border-dashed border-slate-300 px-4 py-3 text-slate-400" aria-label={`${stageLabels[stage]} stage, skipped`}>
      <div className="flex items-center gap-2.5">
        <MinusCircle className="size-5 shrink-0" aria-hidden />
        <span className="text-sm font-semibold">{stageLabels[stage]}</span>
        <Badge tone="slate" className="text-slate-500">Skipped</Badge>
      </div>
      <p className="mt-0.5 pl-7 text-xs">Skipped because {reason}</p>
    </li>
  );
}
