import { and, asc, count, eq, gte, inArray, isNull, lt, lte, notInArray, or, sql, type SQL } from "drizzle-orm";
import { campaigns, taskDependencies, tasks, users } from "@/db/schema";
import type { Ctx } from "@/lib/core/context";
import { parseInput } from "@/lib/core/validation";
import { effectiveStatus, isOverdue, openBlockers, todayIso, type TaskRef } from "./rules";
import { listOverdueTasksInput, listTasksInput, type ListOverdueTasksInput, type ListTasksInput, type ListTasksQuery } from "./schemas";
import { toTaskView, type TaskView } from "./view";

export type TaskListItem = TaskView & {
  campaign: { id: string; name: string };
  assignee: { id: string; name: string } | null;
  overdue: boolean;
  /** status to show: "blocked" for a to-do task waiting on open predecessors */
  effectiveStatus: TaskView["status"];
  /** titles of the open tasks this one waits for */
  blockedBy: string[];
};

export type TaskPage = { items: TaskListItem[]; total: number; page: number; pageSize: number; pageCount: number };

const closed = ["done", "cancelled"] as const;

function conditions(query: Omit<ListTasksQuery, "page" | "pageSize">, today: string): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  // archived campaigns are history: their tasks show only when the campaign is asked for by id
  if (query.campaignId) where.push(eq(tasks.campaignId, query.campaignId));
  else where.push(isNull(campaigns.archivedAt));
  if (query.assigneeId) where.push(eq(tasks.assigneeId, query.assigneeId));
  if (query.status?.length) where.push(inArray(tasks.status, query.status));
  if (query.priority?.length) where.push(inArray(tasks.priority, query.priority));
  if (query.dueFrom) where.push(gte(tasks.dueDate, query.dueFrom));
  if (query.dueTo) where.push(lte(tasks.dueDate, query.dueTo));
  const overdue = and(lt(tasks.dueDate, today), notInArray(tasks.status, [...closed]));
  if (query.overdue === true) where.push(overdue);
  if (query.overdue === false) where.push(or(isNull(tasks.dueDate), sql`${tasks.dueDate} >= ${today}`, inArray(tasks.status, [...closed])));
  return and(...where);
}

async function queryTasks(ctx: Ctx, query: Omit<ListTasksQuery, "page" | "pageSize">, limit: number, offset: number) {
  const today = todayIso();
  const where = conditions(query, today);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ task: tasks, campaignName: campaigns.name, assigneeName: users.name })
      .from(tasks)
      .innerJoin(campaigns, eq(campaigns.id, tasks.campaignId))
      .leftJoin(users, eq(users.id, tasks.assigneeId))
      .where(where)
      .orderBy(sql`${tasks.dueDate} asc nulls last`, asc(tasks.position), asc(tasks.createdAt), asc(tasks.id))
      .limit(limit)
      .offset(offset),
    ctx.db.select({ n: count() }).from(tasks).innerJoin(campaigns, eq(campaigns.id, tasks.campaignId)).where(where),
  ]);
  const ids = rows.map((r) => r.task.id);
  const preds = ids.length
    ? await ctx.db
        .select({ successorId: taskDependencies.successorId, title: tasks.title, status: tasks.status })
        .from(taskDependencies)
        .innerJoin(tasks, eq(tasks.id, taskDependencies.predecessorId))
        .where(inArray(taskDependencies.successorId, ids))
        .orderBy(asc(tasks.position), asc(tasks.title))
    : [];
  const predsOf = new Map<string, TaskRef[]>();
  for (const p of preds) (predsOf.get(p.successorId) ?? predsOf.set(p.successorId, []).get(p.successorId)!).push(p);
  const items: TaskListItem[] = rows.map(({ task, campaignName, assigneeName }) => {
    const mine = predsOf.get(task.id) ?? [];
    return {
      ...toTaskView(task),
      campaign: { id: task.campaignId, name: campaignName },
      assignee: task.assigneeId ? { id: task.assigneeId, name: assigneeName ?? "Unknown member" } : null,
      overdue: isOverdue(task, today),
      effectiveStatus: effectiveStatus(task, mine),
      blockedBy: openBlockers(mine),
    };
  });
  return { items, total: total?.n ?? 0 };
}

/** Tasks across campaigns (or of one), filtered, by due date (undated last) then board position. */
export async function listTasks(ctx: Ctx, raw: ListTasksInput = {}): Promise<TaskPage> {
  const { page, pageSize, ...query } = parseInput(listTasksInput, raw);
  const { items, total } = await queryTasks(ctx, query, pageSize, (page - 1) * pageSize);
  return { items, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

const overdueLimit = 500;

/** Every overdue task (past due, not done or cancelled), oldest due date first; at most 500. */
export async function listOverdueTasks(ctx: Ctx, raw: ListOverdueTasksInput = {}): Promise<{ items: TaskListItem[]; total: number }> {
  const input = parseInput(listOverdueTasksInput, raw);
  return queryTasks(ctx, { ...input, overdue: true }, overdueLimit, 0);
}

export type CampaignTaskCounts = { total: number; open: number; overdue: number };

/** How many tasks a campaign has, how many are open and how many overdue (for its tabs and header). */
export async function countCampaignTasks(ctx: Ctx, campaignId: string): Promise<CampaignTaskCounts> {
  const today = todayIso();
  const [row] = await ctx.db
    .select({
      total: count(),
      open: sql<number>`count(*) filter (where ${notInArray(tasks.status, [...closed])})::int`,
      overdue: sql<number>`count(*) filter (where ${and(lt(tasks.dueDate, today), notInArray(tasks.status, [...closed]))})::int`,
    })
    .from(tasks)
    .where(eq(tasks.campaignId, campaignId));
  return { total: row?.total ?? 0, open: row?.open ?? 0, overdue: row?.overdue ?? 0 };
}
