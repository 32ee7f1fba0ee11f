import { Alert } from "@/components/ui/alert";
import { stageLabels } from "@/lib/approvals/labels";
import type { WorkflowView } from "@/lib/approvals/types";
import { WorkflowSubmitButton } from "./workflow-submit";
import { WorkflowTime } from "./workflow-time";

/** Latest decision of a kind across the stages, with its stage. */
function latest(view: WorkflowView, kind: "request_changes" | "reject") {
  return view.stages
    .flatMap((s) => s.decisions.filter((d) => d.decision === kind && !d.reset).map((d) => ({ ...d, stage: s.stage })))
    .sort((a, b) => b.at.localeCompare(a.at))[0];
}

/** The amber callout of a send-back (who asked, where, what), or the red one of a rejection; Resubmit when allowed. */
export function WorkflowChangesCallout({ view }: { view: WorkflowView }) {
  const status = view.workflow?.status;
  if (status !== "changes_requested" && status !== "rejected") return null;
  const kind = status === "rejected" ? "reject" : "request_changes";
  const d = latest(view, kind);
  const who = d?.by?.name ?? "An approver";
  const where = d ? ` at the ${stageLabels[d.stage]} stage` : "";
  return (
    <Alert tone={status === "rejected" ? "error" : "warning"} title={status === "rejected" ? `${who} rejected the campaign${where}` : `${who} requested changes${where}`}>
      {d?.comment ? <p className="whitespace-pre-line">&ldquo;{d.comment}&rdquo;</p> : null}
      {d ? <p className="mt-1 text-xs opacity-80"><WorkflowTime at={d.at} /></p> : null}
      {status === "changes_requested" ? (
        view.can.resubmit ? (
          <div className="mt-3">
            <p className="mb-2">Make the changes, then resubmit: the workflow reopens at the stage that asked; approvals given before a later change to budget, dates or content are reset.</p>
            <WorkflowSubmitButton campaignId={view.campaign.id} label="Resubmit for approval" />
          </div>
        ) : view.submitBlocked ? (
          <p className="mt-2">{view.submitBlocked}</p>
        ) : null
      ) : null}
    </Alert>
  );
}

/** "Maya Manager's approval: budget changed after it" → who and why, so the sentence reads naturally. */
function resetSentence(stage: string, reason: string) {
  const m = /^(.*)'s approval: (.*)$/s.exec(reason);
  return m ? `${stage} approval by ${m[1]} was reset: ${m[2]}` : `${stage} approval was reset: ${reason}`;
}

/** After a resubmission: which earlier approvals were reset, and why. */
export function WorkflowResets({ resets }: { resets: WorkflowView["resets"] }) {
  if (resets.length === 0) return null;
  return (
    <Alert tone="info" title="Approvals reset by the resubmission">
      <ul className="list-disc space-y-0.5 pl-5">
        {resets.map((r) => (
          <li key={`${r.stage}-${r.at}-${r.reason}`}>{resetSentence(stageLabels[r.stage], r.reason)}</li>
        ))}
      </ul>
    </Alert>
  );
}
