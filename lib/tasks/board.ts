import { and, asc, count, eq, gt, gte, inArray, isNull, lt, lte, notInArray, sql, type SQL } from "drizzle-orm";
import { campaigns, tasks, users } from "@/db/schema";
import type { TaskStatus } from "@/db/schema/values";
import type { Ctx } from "@/lib/core/context";
import { ValidationFailed } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { cardFields, openBlockersSql, toBoardCard, type BoardCard, type CardRow } from "./board-cards";
import { getTaskCampaign } from "./records";
import { dueWindow, taskStatusLabels, todayIso } from "./rules";
import { boardQueryInput, type BoardQuery, type BoardQueryInput } from "./schemas";

export type { BoardCard } from "./board-cards";

export type BoardColumn = {
  status: TaskStatus;
  label: string;
  /** cards in this column matching the filters */
  total: number;
  /** how many cards of the column come before `cards` (0 unless this is a "show more" slice) */
  offset: number;
  cards: BoardCard[];
};

export type Board = {
  campaign: { id: string; name: string; archived: boolean } | null;
  perColumn: number;
  today: string;
  columns: BoardColumn[];
};

/** Columns left to right; Cancelled only when asked for. */
export const boardStatuses = ["todo", "in_progress", "blocked", "in_review", "done"] as const satisfies readonly TaskStatus[];

const closed = ["done", "cancelled"] as const;

function filters(ctx: Ctx, q: BoardQuery, today: string, statuses: readonly TaskStatus[]): SQL | undefined {
  const where: (SQL | undefined)[] = [inArray(tasks.status, [...statuses])];
  // a campaign's own board shows it even when archived (read-only); across campaigns only live plans
  if (q.campaignId) where.push(eq(tasks.campaignId, q.campaignId));
  else {
    where.push(isNull(campaigns.archivedAt));
    if (q.campaignIds?.length) where.push(inArray(tasks.campaignId, q.campaignIds));
  }
  if (q.assigneeId) {
    const id = q.assigneeId === "me" ? ctx.actor.userId : q.assigneeId;
    if (!id) throw new ValidationFailed('"me" needs a signed-in member.', { assigneeId: ['Choose a member instead of "me"'] });
    where.push(eq(tasks.assigneeId, id));
  }
  if (q.priority?.length) where.push(inArray(tasks.priority, q.priority));
  if (q.due === "overdue") where.push(lt(tasks.dueDate, today), notInArray(tasks.status, [...closed]));
  else if (q.due === "no_date") where.push(isNull(tasks.dueDate));
  else if (q.due) {
    const w = dueWindow(q.due, today)!;
    where.push(gte(tasks.dueDate, w.from), lte(tasks.dueDate, w.to));
  }
  return and(...where);
}

/**
 * The kanban board of one campaign, or across non-archived campaigns: per column its total and
 * one slice of cards by position. One ranked query fetches every column's slice (the window runs
 * over the filtered rows and also counts each column), and blockers are looked up in the same
 * statement only for the cards returned.
 * With `column`, only that column is returned, from `offset` ("show more").
 */
export async function getBoard(ctx: Ctx, raw: BoardQueryInput = {}): Promise<Board> {
  const q = parseInput(boardQueryInput, raw);
  const today = todayIso();
  const shown: readonly TaskStatus[] = q.column ? [q.column] : q.includeCancelled ? [...boardStatuses, "cancelled"] : boardStatuses;
  const where = filters(ctx, q, today, shown);

  const ranked = ctx.db
    .select({
      ...cardFields,
      rn: sql<number>`(row_number() over (partition by ${tasks.status} order by ${tasks.position}, ${tasks.id}))::int`.as("rn"),
      total: sql<number>`(count(*) over (partition by ${tasks.status}))::int`.as("total"),
    })
    .from(tasks)
    .innerJoin(campaigns, eq(campaigns.id, tasks.campaignId))
    .leftJoin(users, eq(users.id, tasks.assigneeId))
    .where(where)
    .as("ranked");

  const [campaign, rows] = await Promise.all([
    q.campaignId ? getTaskCampaign(ctx.db, q.campaignId) : null,
    ctx.db
      // blockers only for the cards returned: the subquery runs after the slice is cut
      .select({
        id: ranked.id, version: ranked.version, title: ranked.title, status: ranked.status, priority: ranked.priority,
        assigneeId: ranked.assigneeId, dueDate: ranked.dueDate, estimateHours: ranked.estimateHours, position: ranked.position,
        campaignId: ranked.campaignId, campaignName: ranked.campaignName, campaignOwnerId: ranked.campaignOwnerId,
        campaignArchived: ranked.campaignArchived, assigneeName: ranked.assigneeName, total: ranked.total,
        // qualified by hand: drizzle writes a subquery's column unqualified, which the inner join would capture
        blockedBy: openBlockersSql(sql`${sql.identifier("ranked")}.${sql.identifier("id")}`).as("blocked_by"),
      })
      .from(ranked)
      .where(and(gt(ranked.rn, q.offset), lte(ranked.rn, q.offset + q.perColumn)))
      .orderBy(asc(ranked.status), asc(ranked.rn)),
  ]);

  const byStatus = new Map<TaskStatus, BoardCard[]>();
  const totals = new Map<TaskStatus, number>();
  for (const row of rows) {
    const card = toBoardCard(row as CardRow, row.blockedBy, ctx.actor, today);
    totals.set(row.status, row.total);
    const list = byStatus.get(row.status);
    if (list) list.push(card);
    else byStatus.set(row.status, [card]);
  }
  // a "show more" past the end returns no row to carry the total: count it then (rare)
  if (q.column && !rows.length && q.offset > 0) {
    const [c] = await ctx.db.select({ n: count() }).from(tasks).innerJoin(campaigns, eq(campaigns.id, tasks.campaignId)).where(where);
    totals.set(q.column, c?.n ?? 0);
  }
  return {
    campaign: campaign ? { id: campaign.id, name: campaign.name, archived: campaign.archivedAt !== null } : null,
    perColumn: q.perColumn,
    today,
    columns: shown.map((status) => ({
      status,
      label: taskStatusLabels[status],
      total: totals.get(status) ?? 0,
      offset: q.offset,
      cards: byStatus.get(status) ?? [],
    })),
  };
}

/** Campaigns the cross-campaign board can be narrowed to: every non-archived one, by name. */
export async function listBoardCampaigns(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  return ctx.db.select({ id: campaigns.id, name: campaigns.name }).from(campaigns).where(isNull(campaigns.archivedAt)).orderBy(asc(campaigns.name));
}
