import { z } from "zod";
import { approvalDecisionKinds } from "@/db/schema/values";
import { queueTabs } from "./types";

const uuid = (what: string) => z.string().uuid(`${what} must be an id (UUID)`);
const comment = z.string().trim().max(5000, "Keep the comment under 5,000 characters");

export const decideApprovalInput = z
  .object({
    requestId: uuid("requestId").describe("The approval request (one stage of one campaign's workflow), from list_pending_approvals or get_approval_workflow"),
    decision: z.enum(approvalDecisionKinds, "Decide approve, reject or request_changes").describe("approve, reject (the workflow ends; a new submission starts over) or request_changes (back to planning; resubmitting reopens this stage)"),
    comment: comment.optional().default("").describe("Required for reject and request_changes: what must change or why; optional for approve"),
  })
  .superRefine((d, ctx) => {
    if (d.decision !== "approve" && d.comment.length === 0) {
      ctx.addIssue({
        code: "custom", path: ["comment"],
        message: d.decision === "reject" ? "Say why: a comment is required to reject" : "Say what needs to change: a comment is required to request changes",
      });
    }
  });
export type DecideApprovalInput = z.input<typeof decideApprovalInput>;

export const bulkApproveInput = z.object({
  requestIds: z.array(uuid("Each request id")).min(1, "Choose at least one request").max(200, "Approve at most 200 requests at once").describe("Approval requests to approve, each on its own"),
  comment: comment.optional().default("").describe("Optional comment recorded with every approval"),
});
export type BulkApproveInput = z.input<typeof bulkApproveInput>;

export const addApprovalCommentInput = z.object({
  campaignId: uuid("campaignId").describe("The campaign whose current approval workflow gets the comment"),
  body: z.string().trim().min(1, "Write a comment").max(5000, "Keep the comment under 5,000 characters").describe("The comment, plain text up to 5,000 characters"),
});
export type AddApprovalCommentInput = z.input<typeof addApprovalCommentInput>;

export const submitForApprovalInput = z.object({ campaignId: uuid("campaignId").describe("The campaign to submit (planning) or resubmit (after changes were requested)") });

export const workflowInput = z.object({ campaignId: uuid("campaignId").describe("The campaign whose approval workflow to read") });

export const queueInput = z.object({
  tab: z.enum(queueTabs).default("mine"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type QueueInput = z.input<typeof queueInput>;
