import { Bot } from "lucide-react";
import { Badge, type Tone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { ApprovalDecisionKind } from "@/db/schema/values";
import { decisionLabels } from "@/lib/approvals/labels";
import type { DecisionView } from "@/lib/approvals/types";
import { WorkflowTime } from "./workflow-time";

export const decisionTones: Record<ApprovalDecisionKind, Tone> = { approve: "green", request_changes: "amber", reject: "red" };

/** Every decision of a stage, oldest first; an approval a later change reset is struck through, with why. */
export function WorkflowDecisions({ decisions }: { decisions: DecisionView[] }) {
  if (decisions.length === 0) return <p className="text-sm text-slate-500">No decisions yet.</p>;
  return (
    <ol className="space-y-2">
      {decisions.map((d) => (
        <li key={d.id} className="text-sm">
          <div className={cn("flex flex-wrap items-center gap-x-2 gap-y-1", d.reset && "text-slate-400")}>
            <span className={cn(d.reset && "line-through")}>
              {d.by ? (
                <span className="font-medium text-slate-900">{d.by.name}</span>
              ) : (
                <span className="inline-flex items-center gap-1 font-medium text-slate-900">
                  <Bot className="size-4" aria-hidden /> Approved automatically{d.autoRule ? <> by rule &ldquo;{d.autoRule}&rdquo;</> : null}
                </span>
              )}
            </span>
            {d.by && d.autoRule ? <span className="text-slate-500">(approved automatically by rule &ldquo;{d.autoRule}&rdquo;)</span> : null}
            <Badge tone={d.reset ? "slate" : decisionTones[d.decision]} className={cn(d.reset && "line-through")}>{decisionLabels[d.decision]}</Badge>
            {d.reset ? <Badge tone="amber">Reset</Badge> : null}
            <WorkflowTime at={d.at} className="text-xs text-slate-500" />
            {d.round > 1 ? <span className="text-xs text-slate-500">round {d.round}</span> : null}
          </div>
          {d.comment ? (
            <p className={cn("mt-0.5 border-l-2 border-slate-200 pl-3 whitespace-pre-line text-slate-700", d.reset && "text-slate-400 line-through")}>{d.comment}</p>
          ) : null}
          {d.reset ? (
            <p className="mt-0.5 text-xs text-slate-500">Reset <WorkflowTime at={d.reset.at} />: {d.reset.reason}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
