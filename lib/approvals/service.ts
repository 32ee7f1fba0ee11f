/**
 * Approval decisions, comments and submission (DESIGN §3 "Approval workflow"). Every entry point
 * (pages, MCP, Slack later) comes through here, so permissions and race safety hold for all.
 */
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { approvalComments, approvalDecisions, approvalRequests, approvalWorkflows, campaigns, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { audit } from "@/lib/audit/service";
import { statusLabels } from "@/lib/campaigns/labels";
import { assertCanTransition } from "@/lib/campaigns/policy";
import { transitionCampaignWithApproval } from "@/lib/campaigns/service";
import { campaignColumns, type CampaignRecord } from "@/lib/campaigns/view";
import type { Ctx } from "@/lib/core/context";
import { Conflict, InvalidTransition, isDomainError, NotFound } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { advance, latestWorkflow, loadSettings, openWorkflow, setCampaignStatus, type SubmitOutcome } from "./engine";
import { contentOf } from "./content";
import { decisionLabels, stageLabels, stamp } from "./labels";
import { assertCanComment, assertCanDecide } from "./policy";
import {
  addApprovalCommentInput, bulkApproveInput, decideApprovalInput, submitForApprovalInput,
  type AddApprovalCommentInput, type BulkApproveInput, type DecideApprovalInput,
} from "./schemas";
import type { BulkApproveResult, DecisionOutcome } from "./types";

async function lockCampaign(tx: Db, id: string): Promise<CampaignRecord> {
  const [row] = await tx.select(campaignColumns).from(campaigns).where(eq(campaigns.id, id)).for("update");
  if (!row) throw new NotFound("That campaign");
  return row;
}

/** Who decided a request that is no longer open, for the "already decided" message. */
async function decidedBy(tx: Db, requestId: string, round: number) {
  const [d] = await tx
    .select({ name: users.name, at: approvalDecisions.at, decision: approvalDecisions.decision, autoRule: approvalDecisions.autoRule })
    .from(approvalDecisions)
    .leftJoin(users, eq(users.id, approvalDecisions.approverId))
    .where(and(eq(approvalDecisions.requestId, requestId), eq(approvalDecisions.round, round)))
    .orderBy(desc(approvalDecisions.at))
    .limit(1);
  return d;
}

export function submitMessage(name: string, o: SubmitOutcome): string {
  const parts = [`Submitted "${name}" for approval${o.round > 1 ? ` (round ${o.round})` : ""}.`];
  if (o.kept.length) parts.push(`Kept the ${o.kept.map((s) => stageLabels[s]).join(", ")} approval${o.kept.length > 1 ? "s" : ""}: nothing it covered changed.`);
  for (const r of o.resets) parts.push(`The ${stageLabels[r.stage]} approval was reset: ${r.reason}.`);
  for (const a of o.autoApproved) parts.push(`${stageLabels[a.stage]} was approved automatically by rule "${a.rule}".`);
  parts.push(o.openStage ? `The ${stageLabels[o.openStage]} stage is open${o.deadline ? `, due ${stamp(o.deadline)}` : ""}.` : "Every stage is approved: the campaign is approved.");
  return parts.join(" ");
}

/**
 * Submits a planning campaign (the same move as "Submit for review"), or resubmits one whose
 * workflow asked for changes. A campaign left in review without a workflow (from before
 * workflows existed) gets one without changing its status.
 */
export async function submitForApproval(ctx: Ctx, raw: { campaignId: string }) {
  const { campaignId } = parseInput(submitForApprovalInput, raw);
  const [row] = await ctx.db.select({ status: campaigns.status, name: campaigns.name }).from(campaigns).where(eq(campaigns.id, campaignId));
  if (!row) throw new NotFound("That campaign");
  if (row.status === "in_review") {
    return ctx.db.transaction(async (tx) => {
      const current = await lockCampaign(tx, campaignId);
      const wf = await latestWorkflow(tx, campaignId);
      if (current.status !== "in_review" || (wf && wf.status === "in_review")) {
        throw new InvalidTransition(`"${current.name}" is already in review: its approval workflow is open.`);
      }
      assertCanTransition(ctx.actor, current, "submit");
      const outcome = await openWorkflow(tx, ctx.actor, current);
      return { ...outcome, message: submitMessage(current.name, outcome) };
    });
  }
  const { approval, view } = await transitionCampaignWithApproval(ctx, { id: campaignId, to: "in_review" });
  return { ...approval!, campaignStatus: view.status, message: submitMessage(view.name, approval!) };
}

/**
 * One approver's decision on one request. The campaign and the request are locked (always in
 * that order), so two approvers deciding at once are taken one after the other: the second
 * finds the request decided and is told by whom and when; nothing of theirs is stored.
 */
export async function decideApproval(ctx: Ctx, raw: DecideApprovalInput): Promise<DecisionOutcome> {
  const input = parseInput(decideApprovalInput, raw);
  const [ref] = await ctx.db.select({ campaignId: approvalRequests.campaignId }).from(approvalRequests).where(eq(approvalRequests.id, input.requestId));
  if (!ref) throw new NotFound("That approval request");
  return ctx.db.transaction(async (tx) => {
    const campaign = await lockCampaign(tx, ref.campaignId);
    const [req] = await tx.select().from(approvalRequests).where(eq(approvalRequests.id, input.requestId)).for("update");
    if (!req) throw new NotFound("That approval request");
    const stage = stageLabels[req.stage];
    assertCanDecide(ctx.actor, req.stage, campaign.name);

    if (req.status !== "open") {
      if (req.status === "waiting") throw new Conflict(`The ${stage} stage of "${campaign.name}" is not open yet: earlier stages decide first.`);
      if (req.status === "cancelled") throw new Conflict(`The ${stage} request of "${campaign.name}" was withdrawn; there is nothing to decide.`);
      const by = await decidedBy(tx, req.id, req.round);
      const who = by ? (by.autoRule ? `rule "${by.autoRule}"` : by.name ?? "someone") : "someone";
      const when = by ? stamp(by.at) : req.decidedAt ? stamp(req.decidedAt) : "earlier";
      throw new Conflict(
        `The ${stage} stage of "${campaign.name}" was already decided by ${who} at ${when} (${by ? decisionLabels[by.decision] : req.status.replace("_", " ")}); your decision was not recorded.`,
        { decidedBy: by?.name ?? null, decidedAt: by?.at.toISOString() ?? null },
      );
    }
    const [mine] = await tx
      .select({ at: approvalDecisions.at })
      .from(approvalDecisions)
      .where(and(eq(approvalDecisions.requestId, req.id), eq(approvalDecisions.approverId, ctx.actor.userId!), eq(approvalDecisions.round, req.round), isNull(approvalDecisions.resetAt)));
    if (mine) throw new Conflict(`You already approved the ${stage} stage of "${campaign.name}" at ${stamp(mine.at)}; it is waiting for more approvals.`);

    const now = new Date();
    const [decision] = await tx.insert(approvalDecisions).values({
      requestId: req.id, workflowId: req.workflowId, campaignId: campaign.id, stage: req.stage, round: req.round,
      approverId: ctx.actor.userId, decision: input.decision, comment: input.comment, content: contentOf(campaign), at: now,
    }).returning({ id: approvalDecisions.id });
    if (input.comment) {
      await tx.insert(approvalComments).values({
        workflowId: req.workflowId, campaignId: campaign.id, requestId: req.id, decisionId: decision!.id, authorId: ctx.actor.userId, body: input.comment, at: now,
      });
    }
    await audit(tx, ctx.actor, {
      action: `approval.${input.decision}`, entityType: "campaign", entityId: campaign.id,
      summary: `${stage} stage: ${decisionLabels[input.decision]}${input.comment ? `: ${input.comment}` : ""}`,
      after: { requestId: req.id, stage: req.stage, round: req.round, decision: input.decision, comment: input.comment },
    });

    const [workflow] = await tx.select().from(approvalWorkflows).where(eq(approvalWorkflows.id, req.workflowId)).for("update");
    const base = { requestId: req.id, campaignId: campaign.id, campaignName: campaign.name, stage: req.stage, decision: input.decision, autoApproved: [] as DecisionOutcome["autoApproved"] };

    if (input.decision === "approve") {
      const [{ n }] = (await tx
        .select({ n: count() })
        .from(approvalDecisions)
        .where(and(eq(approvalDecisions.requestId, req.id), eq(approvalDecisions.round, req.round), eq(approvalDecisions.decision, "approve"), isNull(approvalDecisions.resetAt)))) as [{ n: number }];
      if (n < req.quorum) {
        return {
          ...base, requestStatus: "open", workflowStatus: workflow!.status, campaignStatus: campaign.status, nextStage: req.stage,
          message: `Approved: ${n} of ${req.quorum} approvals for the ${stage} stage of "${campaign.name}"; it needs ${req.quorum - n} more.`,
        };
      }
      await tx.update(approvalRequests).set({ status: "approved", decidedAt: now, decidedById: ctx.actor.userId }).where(eq(approvalRequests.id, req.id));
      const settings = await loadSettings(tx);
      const next = await advance(tx, ctx.actor, workflow!, campaign, settings, now);
      const auto = next.autoApproved.map((a) => ` ${stageLabels[a.stage]} was approved automatically by rule "${a.rule}".`).join("");
      return {
        ...base, autoApproved: next.autoApproved, requestStatus: "approved", nextStage: next.openStage,
        workflowStatus: next.openStage ? "in_review" : "approved", campaignStatus: next.campaignStatus,
        message: `Approved the ${stage} stage of "${campaign.name}".${auto}` +
          (next.openStage ? ` The ${stageLabels[next.openStage]} stage is open.` : ` Every stage is approved: the campaign is ${statusLabels[next.campaignStatus]}.`),
      };
    }

    const rejected = input.decision === "reject";
    await tx.update(approvalRequests).set({ status: rejected ? "rejected" : "changes_requested", decidedAt: now, decidedById: ctx.actor.userId }).where(eq(approvalRequests.id, req.id));
    if (rejected) {
      await tx.update(approvalRequests).set({ status: "cancelled" }).where(and(eq(approvalRequests.workflowId, req.workflowId), eq(approvalRequests.status, "waiting")));
    }
    await tx.update(approvalWorkflows).set({ status: rejected ? "rejected" : "changes_requested", closedAt: rejected ? now : null }).where(eq(approvalWorkflows.id, req.workflowId));
    const moved = await setCampaignStatus(
      tx, ctx.actor, campaign, "planning",
      `${rejected ? "rejected" : "changes requested"} at the ${stage} stage by ${ctx.actor.name}: ${input.comment}`,
    );
    return {
      ...base, requestStatus: rejected ? "rejected" : "changes_requested", workflowStatus: rejected ? "rejected" : "changes_requested",
      campaignStatus: moved.status, nextStage: null,
      message: rejected
        ? `Rejected "${campaign.name}" at the ${stage} stage; it is back in Planning and a new submission starts the approvals over.`
        : `Requested changes to "${campaign.name}" at the ${stage} stage; it is back in Planning and resubmitting reopens the ${stage} stage.`,
    };
  });
}

/** Approves each request on its own: one refusal does not undo or stop the others. */
export async function bulkApprove(ctx: Ctx, raw: BulkApproveInput): Promise<BulkApproveResult> {
  const input = parseInput(bulkApproveInput, raw);
  const ids = [...new Set(input.requestIds)];
  const names = new Map(
    (await ctx.db
      .select({ id: approvalRequests.id, stage: approvalRequests.stage, name: campaigns.name })
      .from(approvalRequests)
      .innerJoin(campaigns, eq(campaigns.id, approvalRequests.campaignId))
      .where(inArray(approvalRequests.id, ids))).map((r) => [r.id, r]),
  );
  const results: BulkApproveResult["results"] = [];
  for (const requestId of ids) {
    const ref = names.get(requestId);
    try {
      const outcome = await decideApproval(ctx, { requestId, decision: "approve", comment: input.comment });
      results.push({ requestId, campaignName: outcome.campaignName, stage: outcome.stage, ok: true, message: outcome.message });
    } catch (e) {
      if (!isDomainError(e)) throw e;
      results.push({ requestId, campaignName: ref?.name ?? null, stage: ref?.stage ?? null, ok: false, message: e.message });
    }
  }
  const approved = results.filter((r) => r.ok).length;
  return { approved, failed: results.length - approved, results };
}

/** A comment on the campaign's current workflow, in its thread and its history. */
export async function addApprovalComment(ctx: Ctx, raw: AddApprovalCommentInput) {
  assertCanComment(ctx.actor);
  const input = parseInput(addApprovalCommentInput, raw);
  return ctx.db.transaction(async (tx) => {
    const [c] = await tx.select({ id: campaigns.id, name: campaigns.name }).from(campaigns).where(eq(campaigns.id, input.campaignId));
    if (!c) throw new NotFound("That campaign");
    const wf = await latestWorkflow(tx, c.id);
    if (!wf) throw new Conflict(`"${c.name}" has not been submitted for approval yet, so it has no approval thread to comment on.`);
    const [row] = await tx.insert(approvalComments).values({ workflowId: wf.id, campaignId: c.id, authorId: ctx.actor.userId, body: input.body }).returning();
    await audit(tx, ctx.actor, {
      action: "approval.commented", entityType: "campaign", entityId: c.id,
      summary: `Commented on the approval: ${input.body.length > 140 ? `${input.body.slice(0, 140)}…` : input.body}`,
      after: { commentId: row!.id, workflowId: wf.id, body: input.body },
    });
    return { id: row!.id, at: row!.at.toISOString() };
  });
}
