import { CheckCircle2, MinusCircle } from "lucide-react";
import { Card } from "@/components/ui/card";
import { approverStages } from "@/db/schema/values";
import { stageLabels } from "@/lib/approvals/labels";
import type { WorkflowView } from "@/lib/approvals/types";
import { WorkflowSubmitButton } from "./workflow-submit";

/** What a submission would go through now, and why; with the Submit button, or why it cannot be submitted yet. */
export function WorkflowPreview({ campaignId, preview, canSubmit, submitBlocked, again }: {
  campaignId: string; preview: WorkflowView["preview"]; canSubmit: boolean; submitBlocked: string | null; again: boolean;
}) {
  return (
    <Card title={again ? "Submit for approval again" : "Not submitted for approval yet"}>
      <p className="mb-3 text-sm text-slate-600">A submission would go through these stages, in this order:</p>
      <ol className="space-y-2">
        {approverStages.map((stage) => {
          const planned = preview.stages.find((s) => s.stage === stage);
          const skipped = preview.skipped.find((s) => s.stage === stage);
          if (planned) {
            return (
              <li key={stage} className="flex items-start gap-2 text-sm">
                <CheckCircle2 className="mt-0.5 size-4 shrink-0 text-brand-600" aria-hidden />
                <span>
                  <span className="font-medium text-slate-900">{stageLabels[stage]}</span>
                  <span className="text-slate-600"> — {planned.reason}{planned.quorum > 1 ? `; needs ${planned.quorum} approvals` : ""}</span>
                </span>
              </li>
            );
          }
          return skipped ? (
            <li key={stage} className="flex items-start gap-2 text-sm text-slate-400">
              <MinusCircle className="mt-0.5 size-4 shrink-0" aria-hidden />
              <span><span className="font-medium">{stageLabels[stage]}</span> skipped — {skipped.reason}</span>
            </li>
          ) : null;
        })}
      </ol>
      <div className="mt-4 border-t border-slate-100 pt-4">
        {canSubmit ? (
          <WorkflowSubmitButton campaignId={campaignId} label={again ? "Submit again" : "Submit for approval"} />
        ) : submitBlocked ? (
          <p className="text-sm text-amber-800">{submitBlocked}</p>
        ) : (
          <p className="text-sm text-slate-500">The campaign owner, a manager or an admin submits it when it is ready.</p>
        )}
      </div>
    </Card>
  );
}
