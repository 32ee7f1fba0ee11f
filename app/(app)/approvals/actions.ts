"use server";

import { revalidatePath } from "next/cache";
import { addApprovalComment, bulkApprove, decideApproval, submitForApproval } from "@/lib/approvals/service";
import type { AddApprovalCommentInput, BulkApproveInput, DecideApprovalInput } from "@/lib/approvals/schemas";
import type { BulkApproveResult, DecisionOutcome } from "@/lib/approvals/types";
import { webContext } from "@/lib/auth/session";
import { toActionResult, type ActionResult } from "@/lib/core/action-result";

function refresh(campaignId?: string) {
  revalidatePath("/approvals");
  if (campaignId) revalidatePath(`/campaigns/${campaignId}`, "layout");
}

/** Approve, reject or request changes on one request (the service checks the approver's stage). */
export async function decideApprovalAction(raw: DecideApprovalInput): Promise<ActionResult<DecisionOutcome>> {
  const ctx = await webContext();
  const result = await toActionResult(() => decideApproval(ctx, raw));
  if (result.ok) refresh(result.data.campaignId);
  return result;
}

/** Approves each chosen request on its own; the result lists every request's outcome. */
export async function bulkApproveAction(raw: BulkApproveInput): Promise<ActionResult<BulkApproveResult>> {
  const ctx = await webContext();
  const result = await toActionResult(() => bulkApprove(ctx, raw));
  if (result.ok) refresh();
  return result;
}

export async function addApprovalCommentAction(raw: AddApprovalCommentInput): Promise<ActionResult<{ id: string }>> {
  const ctx = await webContext();
  const result = await toActionResult(async () => ({ id: (await addApprovalComment(ctx, raw)).id }));
  if (result.ok) refresh(raw.campaignId);
  return result;
}

/** Submits (or resubmits after changes) a campaign: the workflow opens at the right stage. */
export async function submitForApprovalAction(raw: { campaignId: string }): Promise<ActionResult<{ message: string }>> {
  const ctx = await webContext();
  const result = await toActionResult(async () => ({ message: (await submitForApproval(ctx, raw)).message }));
  if (result.ok) refresh(raw.campaignId);
  return result;
}
