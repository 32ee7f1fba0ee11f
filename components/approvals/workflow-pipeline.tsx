import { approverStages } from "@/db/schema/values";
import type { WorkflowView } from "@/lib/approvals/types";
import { WorkflowSkippedStage, WorkflowStage } from "./workflow-stage";

/** The stages in their fixed order (content → compliance → executive → final), skipped ones greyed in place. */
export function WorkflowPipeline({ stages, skipped }: Pick<WorkflowView, "stages" | "skipped">) {
  return (
    <ol className="space-y-3" aria-label="Approval stages">
      {approverStages.flatMap((stage) => {
        const planned = stages.filter((s) => s.stage === stage).sort((a, b) => a.position - b.position);
        if (planned.length) return planned.map((s) => <WorkflowStage key={s.requestId} stage={s} />);
        const skip = skipped.find((s) => s.stage === stage);
        return skip ? [<WorkflowSkippedStage key={stage} stage={stage} reason={skip.reason} />] : [];
      })}
    </ol>
  );
}
