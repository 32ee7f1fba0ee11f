import { and, asc, count, eq, inArray, lt, notInArray, sql } from "drizzle-orm";
import { campaigns, milestones, tasks, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { staleEditConflict as explainStaleEdit } from "@/lib/audit/stale-edit";
import { audit, listEntityActivity } from "@/lib/audit/service";
import type { Ctx } from "@/lib/core/context";
import { hasRole } from "@/lib/core/context";
import { env } from "@/lib/core/env";
import { Conflict, NotFound, ValidationFailed } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { getCampaignSchedule, todayUtc } from "@/lib/timeline/campaign-schedule";
import { generateCampaignTimeline } from "@/lib/timeline/generate";
import { loadWorkProgress } from "@/lib/timeline/progress";
import { hasTimelineTemplate } from "@/lib/timeline/templates/service";
import { assigneesOverCapacity } from "@/lib/team/workload";
import { openWorkflow, withdrawWorkflow, type SubmitOutcome } from "@/lib/approvals/engine";
import { countOpenApprovals, loadApprovalProgress, loadOverdueApprovals } from "@/lib/approvals/progress";
import { statusLabels } from "./labels";
import { planTransition, rulesFrom } from "./lifecycle";
import {
  assertCanArchive, assertCanAssignOwner, assertCanCreateCampaign, assertCanEditCampaign, assertCanTransition,
  canEditCampaign, canTransition,
} from "./policy";
import { computeReadiness, type Readiness } from "./readiness";
import { computeRisk, type Risk } from "./risk";
import {
  archiveCampaignInput, campaignIdInput, createCampaignInput, dateOrderIssues, transitionCampaignInput, updateCampaignInput,
  type ArchiveCampaignInput, type CreateCampaignInput, type TransitionCampaignInput, type UpdateCampaignInput,
} from "./schemas";
import {
  auditSnapshot, campaignColumns, changedFields, fieldLabels, toCampaignView,
  type CampaignRecord, type CampaignSnapshot, type CampaignView,
} from "./view";

const entityType = "campaign";

async function findRow(db: Db, id: string, lock = false): Promise<CampaignRecord | undefined> {
  const q = db.select(campaignColumns).from(campaigns).where(eq(campaigns.id, id));
  const [row] = await (lock ? q.for("update") : q);
  return row;
}

async function getRowOrThrow(db: Db, id: string, lock = false) {
  const row = await findRow(db, id, lock);
  if (!row) throw new NotFound("That campaign");
  return row;
}

async function ownerName(db: Db, ownerId: string | null) {
  if (!ownerId) return null;
  const [u] = await db.select({ name: users.name }).from(users).where(eq(users.id, ownerId));
  return u?.name ?? null;
}

async function assertAssignableOwner(db: Db, ownerId: string) {
  const [u] = await db.select({ role: users.role, deactivatedAt: users.deactivatedAt }).from(users).where(eq(users.id, ownerId));
  if (!u || u.deactivatedAt) throw new ValidationFailed("The owner must be an active member.", { ownerId: ["Choose an active member"] });
  if (u.role === "viewer") throw new ValidationFailed("Viewers cannot own campaigns.", { ownerId: ["Viewers cannot own campaigns"] });
}

async function viewOf(db: Db, row: CampaignRecord) {
  return toCampaignView(row, await ownerName(db, row.ownerId));
}

/**
 * What readiness is computed from: task and milestone progress, with the open tasks held by
 * assignees who are over capacity before the launch (they do not count as covered).
 */
async function loadProgress(db: Db, row: Pick<CampaignRecord, "id" | "launchDate" | "status">) {
  const [work, overCapacity, approvals] = await Promise.all([
    loadWorkProgress(db, row.id), assigneesOverCapacity(db, row.id, row.launchDate), loadApprovalProgress(db, row.id, row.status),
  ]);
  const progress = { ...work, approvals };
  if (overCapacity.length === 0) return { progress, overCapacity };
  const [held] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(tasks)
    .where(and(eq(tasks.campaignId, row.id), notInArray(tasks.status, ["done", "cancelled"]), inArray(tasks.assigneeId, overCapacity.map((o) => o.userId))));
  const over = { openTasks: held?.n ?? 0, names: overCapacity.map((o) => o.name) };
  return { progress: { ...progress, tasks: { ...progress.tasks, overCapacity: over } }, overCapacity };
}

export async function readinessOf(db: Db, row: CampaignRecord): Promise<Readiness> {
  return computeReadiness({ ...row, progress: (await loadProgress(db, row)).progress });
}

export const launchDateHasTimeline =
  "This campaign has a timeline: change its launch date with Reschedule on the Timeline tab (or the reschedule_campaign tool), which previews what moves before anything changes.";

async function hasTimeline(db: Db, campaignId: string) {
  const [row] = await db.select({ one: sql<number>`1` }).from(milestones).where(eq(milestones.campaignId, campaignId)).limit(1);
  return row !== undefined;
}

export async function createCampaign(ctx: Ctx, raw: CreateCampaignInput): Promise<CampaignView> {
  assertCanCreateCampaign(ctx.actor);
  const input = parseInput(createCampaignInput, raw);
  const ownerId = input.ownerId === undefined ? ctx.actor.userId : input.ownerId;
  if (ownerId) await assertAssignableOwner(ctx.db, ownerId);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(campaigns)
      .values({
        name: input.name,
        description: input.description,
        type: input.type,
        priority: input.priority,
        ownerId,
        channels: input.channels,
        budgetCents: input.budget?.amountCents ?? null,
        currency: input.budget?.currency ?? "USD",
        goals: input.goals,
        startDate: input.startDate ?? null,
        launchDate: input.launchDate ?? null,
        endDate: input.endDate ?? null,
        tags: input.tags,
        createdById: ctx.actor.userId,
      })
      .returning(campaignColumns);
    await audit(tx, ctx.actor, {
      action: "campaign.created", entityType, entityId: row!.id,
      summary: `Created campaign "${row!.name}"`, after: auditSnapshot(row!),
    });
    if (input.generateTimeline && row!.launchDate && (await hasTimelineTemplate(tx, row!.type))) {
      await generateCampaignTimeline(tx, ctx.actor, { ...row!, launchDate: row!.launchDate });
    }
    return viewOf(tx, row!);
  });
}

/** Explains a lost race: who changed what since the version the editor read. */
export async function staleEditConflict(db: Db, id: string, readVersion: number) {
  const current = await getRowOrThrow(db, id);
  return explainStaleEdit(db, {
    entityType, entityId: id, readVersion, name: current.name, currentVersion: current.version,
    changedFields: (before, after) => changedFields(before as Partial<CampaignSnapshot>, after as Partial<CampaignSnapshot>),
    fieldLabels: fieldLabels,
  });
}

export async function updateCampaign(ctx: Ctx, raw: UpdateCampaignInput): Promise<CampaignView> {
  const input = parseInput(updateCampaignInput, raw);
  const current = await getRowOrThrow(ctx.db, input.id);
  assertCanEditCampaign(ctx.actor, current);
  assertCanAssignOwner(ctx.actor, input.ownerId, current.ownerId);
  if (current.archivedAt) throw new Conflict(`"${current.name}" is archived: unarchive it before editing.`);
  if (current.version !== input.version) throw await staleEditConflict(ctx.db, input.id, input.version);
  if (input.ownerId) await assertAssignableOwner(ctx.db, input.ownerId);

  const merged = {
    startDate: input.startDate === undefined ? current.startDate : input.startDate,
    launchDate: input.launchDate === undefined ? current.launchDate : input.launchDate,
    endDate: input.endDate === undefined ? current.endDate : input.endDate,
  };
  const dateIssues = dateOrderIssues(merged);
  if (Object.keys(dateIssues).length) {
    throw new ValidationFailed(`Invalid input — ${Object.values(dateIssues).join("; ")}`, Object.fromEntries(Object.entries(dateIssues).map(([k, v]) => [k, [v]])));
  }
  // the timeline hangs off the launch date: moving it alone would leave every milestone behind
  if (merged.launchDate !== current.launchDate && (await hasTimeline(ctx.db, current.id))) {
    throw new ValidationFailed(launchDateHasTimeline, { launchDate: [launchDateHasTimeline] });
  }

  const changes: Partial<typeof campaigns.$inferInsert> = {};
  for (const key of ["name", "description", "type", "priority", "ownerId", "channels", "goals", "startDate", "launchDate", "endDate", "tags"] as const) {
    if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
  }
  if (input.budget !== undefined) {
    changes.budgetCents = input.budget?.amountCents ?? null;
    if (input.budget) changes.currency = input.budget.currency;
  }
  const before = auditSnapshot(current);
  const fields = changedFields(before, { ...before, ...auditSnapshot({ ...current, ...changes } as CampaignRecord) });
  if (fields.length === 0) return viewOf(ctx.db, current);

  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(campaigns)
      .set({ ...changes, version: sql`${campaigns.version} + 1`, updatedAt: new Date() })
      .where(and(eq(campaigns.id, input.id), eq(campaigns.version, input.version)))
      .returning(campaignColumns);
    if (!row) throw await staleEditConflict(tx, input.id, input.version);
    await audit(tx, ctx.actor, {
      action: "campaign.updated", entityType, entityId: row.id,
      summary: `Updated ${fields.map((f) => fieldLabels[f]).join(", ")}`,
      before, after: auditSnapshot(row),
    });
    return viewOf(tx, row);
  });
}

export async function transitionCampaign(ctx: Ctx, raw: TransitionCampaignInput): Promise<CampaignView> {
  return (await transitionCampaignWithApproval(ctx, raw)).view;
}

/**
 * A lifecycle move. Submitting opens (or, after changes were requested, reopens) the approval
 * workflow in the same transaction, and hands back what it did; cancelling withdraws it.
 */
export async function transitionCampaignWithApproval(ctx: Ctx, raw: TransitionCampaignInput): Promise<{ view: CampaignView; approval: SubmitOutcome | null }> {
  const input = parseInput(transitionCampaignInput, raw);
  return ctx.db.transaction(async (tx) => {
    // the row lock makes two simultaneous moves of one campaign run one after the other
    const current = await getRowOrThrow(tx, input.id, true);
    const rule = rulesFrom(current.status).find((r) => r.to === input.to);
    if (rule) assertCanTransition(ctx.actor, current, rule.action);
    else assertCanEditCampaign(ctx.actor, current);
    const { progress } = await loadProgress(tx, current);
    const readiness = computeReadiness({ ...current, progress });
    const threshold = env().READINESS_GO_LIVE_THRESHOLD;
    const planned = planTransition(
      {
        name: current.name, status: current.status, archived: current.archivedAt !== null,
        ownerId: current.ownerId, launchDate: current.launchDate, taskCount: progress.tasks.count,
        readinessScore: readiness.score, readinessThreshold: threshold,
      },
      { to: input.to, reason: input.reason, overrideReadiness: input.overrideReadiness, canOverride: hasRole(ctx.actor, "manager") },
    );
    const overridden = planned.action === "go_live" && readiness.score < threshold;
    const [row] = await tx
      .update(campaigns)
      .set({ status: input.to, version: sql`${campaigns.version} + 1`, updatedAt: new Date() })
      .where(eq(campaigns.id, input.id))
      .returning(campaignColumns);
    const reason = input.reason?.trim();
    await audit(tx, ctx.actor, {
      action: "campaign.transitioned", entityType, entityId: row!.id,
      summary:
        `Moved from ${statusLabels[current.status]} to ${statusLabels[input.to]}` +
        (overridden ? ` below the readiness threshold (${readiness.score} < ${threshold}), overridden` : "") +
        (reason ? `: ${reason}` : ""),
      before: auditSnapshot(current),
      after: { ...auditSnapshot(row!), transition: planned.action, reason: reason ?? null, readinessOverride: overridden ? { score: readiness.score, threshold } : null },
    });
    if (planned.action === "cancel") await withdrawWorkflow(tx, ctx.actor, row!.id, `the campaign was cancelled${reason ? `: ${reason}` : ""}`);
    if (planned.action !== "submit") return { view: await viewOf(tx, row!), approval: null };
    const approval = await openWorkflow(tx, ctx.actor, row!);
    // every stage may have been approved on the spot by auto-approval rules
    const after = approval.campaignStatus === row!.status ? row! : await getRowOrThrow(tx, row!.id);
    return { view: await viewOf(tx, after), approval };
  });
}

export async function setCampaignArchived(ctx: Ctx, raw: ArchiveCampaignInput): Promise<CampaignView> {
  assertCanArchive(ctx.actor);
  const input = parseInput(archiveCampaignInput, raw);
  return ctx.db.transaction(async (tx) => {
    const current = await getRowOrThrow(tx, input.id, true);
    const isArchived = current.archivedAt !== null;
    if (input.archived === isArchived) return viewOf(tx, current);
    if (input.archived && !["completed", "cancelled"].includes(current.status)) {
      throw new Conflict(`Only completed or cancelled campaigns can be archived; "${current.name}" is ${statusLabels[current.status]}.`);
    }
    const [row] = await tx
      .update(campaigns)
      .set({ archivedAt: input.archived ? new Date() : null, version: sql`${campaigns.version} + 1`, updatedAt: new Date() })
      .where(eq(campaigns.id, input.id))
      .returning(campaignColumns);
    await audit(tx, ctx.actor, {
      action: input.archived ? "campaign.archived" : "campaign.unarchived", entityType, entityId: row!.id,
      summary: input.archived ? "Archived the campaign" : "Unarchived the campaign",
      before: auditSnapshot(current), after: auditSnapshot(row!),
    });
    return viewOf(tx, row!);
  });
}

export type CampaignAction = { to: CampaignView["status"]; label: string; action: string; allowed: boolean };

export type CampaignDetail = {
  campaign: CampaignView;
  readiness: Readiness;
  readinessThreshold: number;
  risk: Risk;
  /** the campaign has milestones: its launch date moves with Reschedule, not by editing */
  hasTimeline: boolean;
  /** approval requests open now, and how many of them are past their deadline */
  approvals: { open: number; overdue: number };
  actions: CampaignAction[];
  can: { edit: boolean; archive: boolean; overrideReadiness: boolean };
};

export async function getCampaign(ctx: Ctx, raw: { id: string }): Promise<CampaignDetail> {
  const { id } = parseInput(campaignIdInput, raw);
  const row = await getRowOrThrow(ctx.db, id);
  const writable = ctx.actor.scope === "read_write";
  const archived = row.archivedAt !== null;
  const today = todayUtc();
  const [view, { progress, overCapacity }, schedule, overdue, overdueApprovals, openApprovals] = await Promise.all([
    viewOf(ctx.db, row), loadProgress(ctx.db, row), getCampaignSchedule(ctx, row.id), overdueTasks(ctx.db, row.id, today),
    loadOverdueApprovals(ctx.db, row.id), countOpenApprovals(ctx.db, row.id),
  ]);
  const readiness = computeReadiness({ ...row, progress });
  return {
    campaign: view,
    readiness,
    readinessThreshold: env().READINESS_GO_LIVE_THRESHOLD,
    risk: computeRisk({
      status: row.status, today, launchDate: row.launchDate, overdue, openTasks: progress.tasks.open,
      negativeSlack: schedule.negativeSlack, readinessScore: readiness.score, overCapacity, overdueApprovals,
    }),
    hasTimeline: schedule.items.some((i) => i.kind === "milestone"),
    approvals: { open: openApprovals, overdue: overdueApprovals.length },
    actions: archived ? [] : rulesFrom(row.status).filter((r) => !r.byWorkflow).map((r) => ({
      to: r.to, label: r.label, action: r.action, allowed: writable && canTransition(ctx.actor, row, r.action),
    })),
    can: {
      edit: writable && !archived && canEditCampaign(ctx.actor, row),
      archive: writable && hasRole(ctx.actor, "manager"),
      overrideReadiness: writable && hasRole(ctx.actor, "manager"),
    },
  };
}

/** Open tasks past their due date: how many, and the titles of the most overdue. */
async function overdueTasks(db: Db, campaignId: string, today: string, shown = 3) {
  const where = and(eq(tasks.campaignId, campaignId), lt(tasks.dueDate, today), notInArray(tasks.status, ["done", "cancelled"]));
  const [[counted], first] = await Promise.all([
    db.select({ n: count() }).from(tasks).where(where),
    db.select({ title: tasks.title }).from(tasks).where(where).orderBy(asc(tasks.dueDate), asc(tasks.position)).limit(shown),
  ]);
  return { count: counted?.n ?? 0, titles: first.map((t) => t.title) };
}

export async function getCampaignActivity(ctx: Ctx, raw: { id: string; limit?: number }) {
  const { id } = parseInput(campaignIdInput, { id: raw.id });
  await getRowOrThrow(ctx.db, id);
  const limit = Math.min(Math.max(raw.limit ?? 50, 1), 200);
  const items = await listEntityActivity(ctx.db, entityType, id, limit);
  return items.map((i) => ({ id: i.id, at: i.at.toISOString(), action: i.action, summary: i.summary, via: i.via, actor: i.actorName, before: i.before, after: i.after }));
}
