import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { WorkflowChangesCallout, WorkflowResets } from "@/components/approvals/workflow-changes";
import { WorkflowCommentForm } from "@/components/approvals/workflow-comment-form";
import { WorkflowNotice, WorkflowNoticeProvider } from "@/components/approvals/workflow-notice";
import { WorkflowPipeline } from "@/components/approvals/workflow-pipeline";
import { WorkflowPreview } from "@/components/approvals/workflow-preview";
import { WorkflowThread } from "@/components/approvals/workflow-thread";
import { WorkflowTime } from "@/components/approvals/workflow-time";
import { Badge, type Tone } from "@/components/ui/badge";
import type { WorkflowStatus } from "@/db/schema/values";
import { workflowStatusLabels } from "@/lib/approvals/labels";
import { getApprovalWorkflow } from "@/lib/approvals/workflow-view";
import { webContext } from "@/lib/auth/session";
import { loadCampaign } from "../../load";

export const metadata: Metadata = { title: "Approvals" };

const statusTones: Record<WorkflowStatus, Tone> = { in_review: "blue", changes_requested: "amber", rejected: "red", approved: "green", cancelled: "slate" };

/** A campaign's approval workflow: the stages and their decisions, the send-backs, and the conversation. */
export default async function CampaignApprovalsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await loadCampaign(id); // a malformed or unknown id is a 404, as on the other tabs
  const view = await getApprovalWorkflow(await webContext(), { campaignId: id });
  const wf = view.workflow;
  // a closed workflow (rejected or withdrawn) can be followed by a fresh submission
  const showPreview = !wf || (view.can.submit && wf.status !== "in_review");

  return (
    <WorkflowNoticeProvider>
      <div className="space-y-6">
        <WorkflowNotice />
        <WorkflowChangesCallout view={view} />
        <WorkflowResets resets={view.resets} />
        {showPreview ? (
          <WorkflowPreview campaignId={id} preview={view.preview} canSubmit={view.can.submit} submitBlocked={view.submitBlocked} again={wf !== null} />
        ) : null}
        {wf ? (
          <div className="grid items-start gap-6 lg:grid-cols-5">
            <section className="space-y-3 lg:col-span-3" aria-labelledby="workflow-heading">
              <div className="flex flex-wrap items-center gap-2">
                <h2 id="workflow-heading" className="text-sm font-semibold text-slate-900">Approval stages</h2>
                <Badge tone={statusTones[wf.status]}>{workflowStatusLabels[wf.status]}</Badge>
              </div>
              <p className="text-sm text-slate-600">
                {wf.round > 1 ? `Round ${wf.round}: resubmitted` : "Submitted"}
                {wf.submittedBy ? ` by ${wf.submittedBy.name}` : ""} <WorkflowTime at={wf.submittedAt} />
                {wf.closedAt ? <>; closed <WorkflowTime at={wf.closedAt} /></> : null}.
              </p>
              <WorkflowPipeline stages={view.stages} skipped={view.skipped} />
            </section>
            <Card title="Comments" className="lg:col-span-2">
              <div className="space-y-4">
                <WorkflowThread items={view.thread} />
                {view.can.comment ? <WorkflowCommentForm campaignId={id} /> : null}
              </div>
            </Card>
          </div>
        ) : null}
      </div>
    </WorkflowNoticeProvider>
  );
}
