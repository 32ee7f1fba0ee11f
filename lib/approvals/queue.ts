/**
 * The approval queue: open requests of the stages I approve (or all of them, for managers and
 * admins), the overdue ones, and what I decided. Open requests are read through partial indexes
 * on open requests by stage and deadline, soonest deadline first.
 */
import { and, asc, count, desc, eq, inArray, lt, sql, type SQL } from "drizzle-orm";
import { approvalDecisions, approvalRequests, campaigns, users } from "@/db/schema";
import type { ApprovalDecisionKind, ApproverStage } from "@/db/schema/values";
import type { Db } from "@/db/types";
import { readinessOf } from "@/lib/campaigns/service";
import { campaignColumns } from "@/lib/campaigns/view";
import { hasRole, type Actor, type Ctx } from "@/lib/core/context";
import { parseInput } from "@/lib/core/validation";
import { decideRefusal } from "./policy";
import { queueInput, type QueueInput } from "./schemas";
import type { QueueItem, QueuePage, QueueTab } from "./types";

const standingApprovals = sql<number>`(
  select count(*)::int from ${approvalDecisions} d
  where d.request_id = ${approvalRequests.id} and d.round = ${approvalRequests.round} and d.decision = 'approve' and d.reset_at is null
)`;
const iApproved = (userId: string | null) => sql<boolean>`exists (
  select 1 from ${approvalDecisions} d
  where d.request_id = ${approvalRequests.id} and d.round = ${approvalRequests.round} and d.approver_id = ${userId} and d.reset_at is null
)`;

const itemColumns = (actor: Actor) => ({
  requestId: approvalRequests.id, stage: approvalRequests.stage, status: approvalRequests.status, quorum: approvalRequests.quorum,
  round: approvalRequests.round, openedAt: approvalRequests.openedAt, deadline: approvalRequests.deadline,
  remindedAt: approvalRequests.remindedAt, escalatedAt: approvalRequests.escalatedAt,
  approvals: standingApprovals, iApproved: iApproved(actor.userId),
  campaignId: campaigns.id, name: campaigns.name, type: campaigns.type, priority: campaigns.priority, campaignStatus: campaigns.status,
  budgetCents: campaigns.budgetCents, currency: campaigns.currency, launchDate: campaigns.launchDate, channels: campaigns.channels,
  ownerName: users.name,
});

/** Which open requests a tab shows; null: none (a member with no approver stages has no "mine"). */
function openFilter(actor: Actor, tab: Exclude<QueueTab, "decided">, now: Date): SQL | null {
  const seeAll = hasRole(actor, "manager");
  const isOpen = eq(approvalRequests.status, "open");
  const mine = actor.approverStages.length ? inArray(approvalRequests.stage, actor.approverStages as ApproverStage[]) : null;
  if (tab === "mine") return mine && and(isOpen, mine)!;
  if (tab === "all") return seeAll ? isOpen : mine && and(isOpen, mine)!;
  const scope = seeAll ? isOpen : mine && and(isOpen, mine)!;
  return scope && and(scope, lt(approvalRequests.deadline, now))!;
}

async function countOpen(db: Db, where: SQL | null) {
  if (!where) return 0;
  const [row] = await db.select({ n: count() }).from(approvalRequests).where(where);
  return row?.n ?? 0;
}

async function countDecided(db: Db, actor: Actor) {
  if (!actor.userId) return 0;
  const [row] = await db.select({ n: count() }).from(approvalDecisions).where(eq(approvalDecisions.approverId, actor.userId));
  return row?.n ?? 0;
}

/** The page's rows and every tab's count: what the queue's speed is measured on. */
export async function queryApprovalQueue(db: Db, actor: Actor, input: { tab: QueueTab; page: number; pageSize: number }, now = new Date()) {
  const offset = (input.page - 1) * input.pageSize;
  const filters = { mine: openFilter(actor, "mine", now), all: openFilter(actor, "all", now), overdue: openFilter(actor, "overdue", now) };
  const base = () => db
    .select({ ...itemColumns(actor), decision: sql<string | null>`null`, decidedAt: sql<Date | null>`null`, comment: sql<string | null>`null` })
    .from(approvalRequests)
    .innerJoin(campaigns, eq(campaigns.id, approvalRequests.campaignId))
    .leftJoin(users, eq(users.id, campaigns.ownerId));
  const rowsQuery = input.tab === "decided"
    ? actor.userId
      ? db
          .select({ ...itemColumns(actor), decision: approvalDecisions.decision, decidedAt: approvalDecisions.at, comment: approvalDecisions.comment })
          .from(approvalDecisions)
          .innerJoin(approvalRequests, eq(approvalRequests.id, approvalDecisions.requestId))
          .innerJoin(campaigns, eq(campaigns.id, approvalRequests.campaignId))
          .leftJoin(users, eq(users.id, campaigns.ownerId))
          .where(eq(approvalDecisions.approverId, actor.userId))
          .orderBy(desc(approvalDecisions.at), asc(approvalDecisions.id))
          .limit(input.pageSize)
          .offset(offset)
      : Promise.resolve([])
    : filters[input.tab]
      ? base().where(filters[input.tab]!).orderBy(asc(approvalRequests.deadline), asc(approvalRequests.id)).limit(input.pageSize).offset(offset)
      : Promise.resolve([]);
  const [rows, mine, all, overdue, decided] = await Promise.all([
    rowsQuery, countOpen(db, filters.mine), countOpen(db, filters.all), countOpen(db, filters.overdue), countDecided(db, actor),
  ]);
  return { rows, counts: { mine, all, overdue, decided } satisfies Record<QueueTab, number> };
}

export async function listApprovalQueue(ctx: Ctx, raw: QueueInput): Promise<QueuePage> {
  const input = parseInput(queueInput, raw);
  const now = new Date();
  const { rows, counts } = await queryApprovalQueue(ctx.db, ctx.actor, input, now);
  // readiness of each campaign on the page, computed the same way as on the campaign page
  const ids = [...new Set(rows.map((r) => r.campaignId))];
  const records = ids.length ? await ctx.db.select(campaignColumns).from(campaigns).where(inArray(campaigns.id, ids)) : [];
  const readiness = new Map(await Promise.all(records.map(async (c) => [c.id, (await readinessOf(ctx.db, c)).score] as const)));
  const items: QueueItem[] = rows.map((r) => {
    const refusal = r.status === "open" ? decideRefusal(ctx.actor, r.stage) ?? (r.iApproved ? "You approved this stage; it is waiting for more approvals." : null) : "Already decided.";
    return {
      requestId: r.requestId, stage: r.stage, status: r.status, quorum: r.quorum, approvals: r.approvals, round: r.round,
      openedAt: r.openedAt?.toISOString() ?? null, deadline: r.deadline?.toISOString() ?? null,
      overdue: r.status === "open" && r.deadline !== null && r.deadline.getTime() < now.getTime(),
      remindedAt: r.remindedAt?.toISOString() ?? null, escalatedAt: r.escalatedAt?.toISOString() ?? null,
      campaign: {
        id: r.campaignId, name: r.name, type: r.type, priority: r.priority, status: r.campaignStatus, budgetCents: r.budgetCents,
        currency: r.currency, ownerName: r.ownerName, launchDate: r.launchDate, channels: r.channels, readiness: readiness.get(r.campaignId) ?? 0,
      },
      canDecide: r.status === "open" && refusal === null,
      cannotDecideReason: refusal,
      myDecision: r.decision ? { decision: r.decision as ApprovalDecisionKind, at: new Date(r.decidedAt!).toISOString(), comment: r.comment ?? "" } : null,
    };
  });
  return { tab: input.tab, items, total: counts[input.tab], page: input.page, pageSize: input.pageSize, counts, canSeeAll: hasRole(ctx.actor, "manager") };
}
