/**
 * The approval workflow's moves inside a caller's transaction: opening a workflow on submit (or
 * reopening it on resubmit), opening the next stage (auto-approving it when a rule says so),
 * and moving the campaign when the last stage is approved or a stage sends it back.
 */
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import {
  approvalComments, approvalDecisions, approvalRequests, approvalWorkflows, campaigns,
  type ApprovalRequestRow, type ApprovalWorkflowRow, type CampaignStatus,
} from "@/db/schema";
import type { ApproverStage } from "@/db/schema/values";
import type { Db } from "@/db/types";
import { audit } from "@/lib/audit/service";
import { statusLabels } from "@/lib/campaigns/labels";
import { auditSnapshot, campaignColumns, type CampaignRecord } from "@/lib/campaigns/view";
import type { Actor } from "@/lib/core/context";
import { matchAutoRule } from "./auto-rules";
import { approvalDeadline, type BusinessCalendar } from "./business-hours";
import { contentChanges, contentOf } from "./content";
import { stageLabels } from "./labels";
import { loadApprovalConfig, loadBusinessCalendar } from "./settings";
import type { ApprovalConfig } from "./settings-schema";
import { planStages } from "./stage-plan";

export type SubmitOutcome = {
  workflowId: string;
  round: number;
  /** the stage now waiting for people, or null when every stage is approved */
  openStage: ApproverStage | null;
  deadline: Date | null;
  autoApproved: { stage: ApproverStage; rule: string }[];
  kept: ApproverStage[];
  resets: { stage: ApproverStage; reason: string }[];
  campaignStatus: CampaignStatus;
};

export type AdvanceOutcome = Pick<SubmitOutcome, "openStage" | "deadline" | "autoApproved" | "campaignStatus">;

type Settings = { config: ApprovalConfig; calendar: BusinessCalendar };

export async function loadSettings(db: Db): Promise<Settings> {
  const { config } = await loadApprovalConfig(db);
  return { config, calendar: await loadBusinessCalendar(db, config) };
}

/** The campaign's newest workflow, locked when asked. */
export async function latestWorkflow(db: Db, campaignId: string, lock = false): Promise<ApprovalWorkflowRow | undefined> {
  const q = db.select().from(approvalWorkflows).where(eq(approvalWorkflows.campaignId, campaignId)).orderBy(desc(approvalWorkflows.createdAt)).limit(1);
  const [row] = await (lock ? q.for("update") : q);
  return row;
}

async function requestsOf(db: Db, workflowId: string): Promise<ApprovalRequestRow[]> {
  return db.select().from(approvalRequests).where(eq(approvalRequests.workflowId, workflowId)).orderBy(asc(approvalRequests.position));
}

/** Moves the campaign as the workflow decides, recorded like any transition. */
export async function setCampaignStatus(tx: Db, actor: Actor, current: CampaignRecord, to: CampaignStatus, why: string): Promise<CampaignRecord> {
  const [row] = await tx
    .update(campaigns)
    .set({ status: to, version: sql`${campaigns.version} + 1`, updatedAt: new Date() })
    .where(eq(campaigns.id, current.id))
    .returning(campaignColumns);
  await audit(tx, actor, {
    action: "campaign.transitioned", entityType: "campaign", entityId: current.id,
    summary: `Moved from ${statusLabels[current.status]} to ${statusLabels[to]}: ${why}`,
    before: auditSnapshot(current),
    after: { ...auditSnapshot(row!), transition: "approval_workflow", reason: why },
  });
  return row!;
}

/**
 * Submission of a campaign that has just moved to in_review. A workflow waiting for changes is
 * reopened (next round): stages approved earlier stay approved unless the campaign's content
 * changed after their approval, and the workflow reopens at the first stage that is not.
 * Otherwise a new workflow starts from the stage plan.
 */
export async function openWorkflow(tx: Db, actor: Actor, campaign: CampaignRecord, now = new Date()): Promise<SubmitOutcome> {
  const settings = await loadSettings(tx);
  const plan = planStages(campaign, settings.config.stageRules);
  const previous = await latestWorkflow(tx, campaign.id, true);
  const kept: ApproverStage[] = [];
  const resets: SubmitOutcome["resets"] = [];
  let workflow: ApprovalWorkflowRow;

  if (previous?.status === "changes_requested") {
    const round = previous.round + 1;
    [workflow] = (await tx
      .update(approvalWorkflows)
      .set({ status: "in_review", round, skipped: plan.skipped, submittedById: actor.userId, submittedAt: now, closedAt: null })
      .where(eq(approvalWorkflows.id, previous.id))
      .returning()) as [ApprovalWorkflowRow];
    const existing = new Map((await requestsOf(tx, previous.id)).map((r) => [r.stage, r]));
    const content = contentOf(campaign);
    for (const [position, planned] of plan.stages.entries()) {
      const req = existing.get(planned.stage);
      existing.delete(planned.stage);
      if (!req) {
        await tx.insert(approvalRequests).values({
          workflowId: workflow.id, campaignId: campaign.id, stage: planned.stage, position, quorum: planned.quorum, reason: planned.reason, round,
        });
        continue;
      }
      if (req.status === "approved") {
        const standing = await tx
          .select()
          .from(approvalDecisions)
          .where(and(eq(approvalDecisions.requestId, req.id), eq(approvalDecisions.decision, "approve"), isNull(approvalDecisions.resetAt)));
        const changed = [...new Set(standing.flatMap((d) => contentChanges(d.content, content)))];
        if (changed.length === 0 && standing.length > 0) {
          kept.push(req.stage);
          await tx.update(approvalRequests).set({ position, reason: planned.reason }).where(eq(approvalRequests.id, req.id));
          continue;
        }
        const reason = `${changed.join(", ")} changed after the approval`;
        await tx
          .update(approvalDecisions)
          .set({ resetAt: now, resetReason: reason })
          .where(and(eq(approvalDecisions.requestId, req.id), isNull(approvalDecisions.resetAt)));
        resets.push({ stage: req.stage, reason });
      }
      // reopened stages start over in the new round: earlier partial votes no longer count
      await tx
        .update(approvalRequests)
        .set({
          status: "waiting", position, quorum: planned.quorum, reason: planned.reason, round,
          openedAt: null, deadline: null, remindedAt: null, escalatedAt: null, decidedAt: null, decidedById: null, autoRule: null,
        })
        .where(eq(approvalRequests.id, req.id));
    }
    // stages the plan no longer asks for (e.g. the budget went down) are withdrawn
    const dropped = [...existing.values()].filter((r) => r.status !== "cancelled");
    if (dropped.length) {
      await tx.update(approvalRequests).set({ status: "cancelled", position: 99 }).where(inArray(approvalRequests.id, dropped.map((r) => r.id)));
    }
  } else {
    [workflow] = (await tx
      .insert(approvalWorkflows)
      .values({ campaignId: campaign.id, skipped: plan.skipped, submittedById: actor.userId, submittedAt: now })
      .returning()) as [ApprovalWorkflowRow];
    await tx.insert(approvalRequests).values(
      plan.stages.map((s, position) => ({
        workflowId: workflow.id, campaignId: campaign.id, stage: s.stage, position, quorum: s.quorum, reason: s.reason, round: 1,
      })),
    );
  }

  const advanced = await advance(tx, actor, workflow, campaign, settings, now);
  const stages = plan.stages.map((s) => stageLabels[s.stage]).join(" → ");
  await audit(tx, actor, {
    action: workflow.round > 1 ? "approval.resubmitted" : "approval.submitted", entityType: "campaign", entityId: campaign.id,
    summary:
      `${workflow.round > 1 ? `Resubmitted for approval (round ${workflow.round})` : "Submitted for approval"}: ${stages}` +
      (kept.length ? `; kept ${kept.map((s) => stageLabels[s]).join(", ")} approval` : "") +
      (resets.length ? `; reset ${resets.map((r) => `${stageLabels[r.stage]} (${r.reason})`).join(", ")}` : ""),
    after: { workflowId: workflow.id, round: workflow.round, stages: plan.stages, skipped: plan.skipped, kept, resets },
  });
  return { workflowId: workflow.id, round: workflow.round, kept, resets, ...advanced };
}

/**
 * Opens the first stage not yet approved, with its deadline; a stage an auto-approval rule
 * covers is approved on the spot and the next one is tried. When none is left the workflow is
 * approved and the campaign moves to approved.
 */
export async function advance(tx: Db, actor: Actor, workflow: ApprovalWorkflowRow, campaign: CampaignRecord, settings: Settings, now = new Date()): Promise<AdvanceOutcome> {
  const autoApproved: AdvanceOutcome["autoApproved"] = [];
  const requests = (await requestsOf(tx, workflow.id)).filter((r) => r.status !== "cancelled");
  for (const req of requests) {
    if (req.status === "approved") continue;
    if (req.status === "open") return { openStage: req.stage, deadline: req.deadline, autoApproved, campaignStatus: campaign.status };
    const rule = matchAutoRule(req.stage, campaign, settings.config.autoRules);
    if (!rule) {
      const deadline = approvalDeadline(now, campaign.priority, settings.calendar, settings.config.deadlineHours);
      await tx
        .update(approvalRequests)
        .set({ status: "open", round: workflow.round, openedAt: now, deadline, remindedAt: null, escalatedAt: null })
        .where(eq(approvalRequests.id, req.id));
      return { openStage: req.stage, deadline, autoApproved, campaignStatus: campaign.status };
    }
    const comment = `Approved automatically by rule "${rule.name}"`;
    const [decision] = await tx.insert(approvalDecisions).values({
      requestId: req.id, workflowId: workflow.id, campaignId: campaign.id, stage: req.stage, round: workflow.round,
      approverId: null, decision: "approve", comment, autoRule: rule.name, content: contentOf(campaign), at: now,
    }).returning({ id: approvalDecisions.id });
    await tx
      .update(approvalRequests)
      .set({ status: "approved", round: workflow.round, openedAt: now, deadline: null, decidedAt: now, decidedById: null, autoRule: rule.name })
      .where(eq(approvalRequests.id, req.id));
    await tx.insert(approvalComments).values({ workflowId: workflow.id, campaignId: campaign.id, requestId: req.id, decisionId: decision!.id, authorId: null, body: comment, at: now });
    await audit(tx, actor, {
      action: "approval.auto_approved", entityType: "campaign", entityId: campaign.id,
      summary: `${stageLabels[req.stage]} stage approved automatically by rule "${rule.name}"`,
      after: { requestId: req.id, stage: req.stage, rule: rule.name, round: workflow.round },
    });
    autoApproved.push({ stage: req.stage, rule: rule.name });
  }
  await tx.update(approvalWorkflows).set({ status: "approved", closedAt: now }).where(eq(approvalWorkflows.id, workflow.id));
  const moved = campaign.status === "in_review"
    ? await setCampaignStatus(tx, actor, campaign, "approved", `every approval stage is approved (${requests.map((r) => stageLabels[r.stage]).join(", ")})`)
    : campaign;
  return { openStage: null, deadline: null, autoApproved, campaignStatus: moved.status };
}

/** A campaign cancelled while in review withdraws its open and waiting requests. */
export async function withdrawWorkflow(tx: Db, actor: Actor, campaignId: string, why: string, now = new Date()) {
  const wf = await latestWorkflow(tx, campaignId, true);
  if (!wf || !["in_review", "changes_requested"].includes(wf.status)) return;
  await tx
    .update(approvalRequests)
    .set({ status: "cancelled" })
    .where(and(eq(approvalRequests.workflowId, wf.id), inArray(approvalRequests.status, ["waiting", "open"])));
  await tx.update(approvalWorkflows).set({ status: "cancelled", closedAt: now }).where(eq(approvalWorkflows.id, wf.id));
  await audit(tx, actor, {
    action: "approval.withdrawn", entityType: "campaign", entityId: campaignId,
    summary: `Approval workflow withdrawn: ${why}`, after: { workflowId: wf.id, round: wf.round },
  });
}
