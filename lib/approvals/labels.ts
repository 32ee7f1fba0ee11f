import type { ApprovalDecisionKind, ApprovalRequestStatus, ApproverStage, WorkflowStatus } from "@/db/schema/values";

export const stageLabels: Record<ApproverStage, string> = { content: "Content", compliance: "Compliance", executive: "Executive", final: "Final" };

export const requestStatusLabels: Record<ApprovalRequestStatus, string> = {
  waiting: "Waiting", open: "Open", approved: "Approved", changes_requested: "Changes requested", rejected: "Rejected", cancelled: "Withdrawn",
};

export const decisionLabels: Record<ApprovalDecisionKind, string> = { approve: "approved", reject: "rejected", request_changes: "requested changes" };

export const workflowStatusLabels: Record<WorkflowStatus, string> = {
  in_review: "In review", changes_requested: "Changes requested", rejected: "Rejected", approved: "Approved", cancelled: "Withdrawn",
};

/** "2026-11-25 14:05 UTC": how decisions are timed in messages. */
export const stamp = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
