import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lt, lte, notInArray, or, sql, type SQL } from "drizzle-orm";
import { campaigns, taskDependencies, tasks, users } from "@/db/schema";
import type { Ctx } from "@/lib/core/context";
import { parseInput } from "@/lib/core/validation";
import { canEditTask } from "./policy";
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
  /** whether the person asking may change this task (status, fields, dependencies) */
  canEdit: boolean;
};

export type TaskPage = { items: TaskListItem[]; total: number; page: number; pageSize: number; pageCount: number };

const closed = ["done", "cancelled"] as const;

type Filters = Omit<ListTasksQuery, "page" | "pageSize" | "sort" | "dir"> & Partial<Pick<ListTasksQuery, "sort" | "dir">>;

/** `text` as a literal ILIKE pattern: % and _ typed by a person match themselves. */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function conditions(query: Filters, today: string): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  // archived campaigns are history: their tasks show only when the campaign is asked for by id
  if (query.campaignId) where.push(eq(tasks.campaignId, query.campaignId));
  else where.push(isNull(campaigns.archivedAt));
  if (query.assigneeId) where.push(eq(tasks.assigneeId, query.assigneeId));
  if (query.status?.length) where.push(inArray(tasks.status, query.status));
  if (query.priority?.length) where.push(inArray(tasks.priority, query.priority));
  if (query.dueFrom) where.push(gte(tasks.dueDate, query.dueFrom));
  if (query.dueTo) where.push(lte(tasks.dueDate, query.dueTo));
  if (query.q) where.push(ilike(tasks.title, containsPattern(query.q)));
  const overdue = and(lt(tasks.dueDate, today), notInArray(tasks.status, [...closed]));
  if (query.overdue === true) where.push(overdue);
  if (query.overdue === false) where.push(or(isNull(tasks.dueDate), sql`${tasks.dueDate} >= ${today}`, inArray(tasks.status, [...closed])));
  return and(...where);
}

const byDue = [sql`${tasks.dueDate} asc nulls last`, asc(tasks.position)];

/** ORDER BY for a sort key; every order ends with due date, position and id so pages never overlap. */
function orderFor(sort: Filters["sort"], dir: Filters["dir"] = "asc"): SQL[] {
  const d = dir === "desc" ? desc : asc;
  const nulls = (col: SQL | typeof tasks.dueDate) => (dir === "desc" ? sql`${col} desc nulls last` : sql`${col} asc nulls last`);
  const tail = [...byDue, asc(tasks.createdAt), asc(tasks.id)];
  // "due" puts open tasks first: a finished task's due date no longer asks for attention
  const openFirst = sql`case when ${tasks.status} in ('done', 'cancelled') then 1 else 0 end`;
  switch (sort) {
    case "due": return [asc(openFirst), nulls(tasks.dueDate), asc(tasks.position), asc(tasks.createdAt), asc(tasks.id)];
    case "title": return [d(sql`lower(${tasks.title})`), ...tail];
    case "priority": return [d(tasks.priority), ...tail];
    case "status": return [d(tasks.status), ...tail];
    case "campaign": return [d(sql`lower(${campaigns.name})`), ...tail];
    case "assignee": return [nulls(sql`lower(${users.name})`), ...tail];
    case "estimate": return [nulls(sql`${tasks.estimateHours}`), ...tail];
    case "updated": return [d(tasks.updatedAt), ...tail];
    default: return tail;
  }
}

async function queryTasks(ctx: Ctx, query: Filters, limit: number, offset: number) {
  const today = todayIso();
  const where = conditions(query, today);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        task: tasks, campaignName: campaigns.name, campaignOwnerId: campaigns.ownerId, campaignArchivedAt: campaigns.archivedAt,
        assigneeName: users.name,
      })
      .from(tasks)
      .innerJoin(campaigns, eq(campaigns.id, tasks.campaignId))
      .leftJoin(users, eq(users.id, tasks.assigneeId))
      .where(where)
      .orderBy(...orderFor(query.sort, query.dir))
      .limit(limit)
      .offset(offset),
    ctx.db.select({ n: count() }).from(tasks).innerJoin(campaigns, eq(campaigns.id, tasks.campaignId)).leftJoin(users, eq(users.id, tasks.assigneeId)).where(where),
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
  const items: TaskListItem[] = rows.map(({ task, campaignName, campaignOwnerId, campaignArchivedAt, assigneeName }) => {
    const mine = predsOf.get(task.id) ?? [];
    return {
      ...toTaskView(task),
      campaign: { id: task.campaignId, name: campaignName },
      assignee: task.assigneeId ? { id: task.assigneeId, name: assigneeName ?? "Unknown member" } : null,
      overdue: isOverdue(task, today),
      effectiveStatus: effectiveStatus(task, mine),
      blockedBy: openBlockers(mine),
      canEdit: !campaignArchivedAt && canEditTask(ctx.actor, { id: task.campaignId, name: campaignName, ownerId: campaignOwnerId, archivedAt: campaignArchivedAt }, task),
    };
  });
  return { items, total: total?.n ?? 0 };
}

/** Tasks across campaigns (or of one), filtered and sorted (by default open first, by due date, undated last). */
export async function listTasks(ctx: Ctx, raw: ListTasksInput = {}): Promise<TaskPage> {
  const { page, pageSize, ...query } = parseInput(listTasksInput, raw);
  const { items, total } = await queryTasks(ctx, query, pageSize, (page - 1) * pageSize);
  return { items, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

const overdueLimit = 500;

/** Every overdue task (past due, not done or cancelled), oldest due date first; at most 500. */
export async function listOverdueTasks(ctx: Ctx, raw: ListOverdueTasksInput = {}): Promise<{ items: TaskListItem[]; total: number }> {
  const input = parseInput(listOverdueTasksInput, raw);
  return queryTasks(ctx, { ...input, overdue: true, sort: undefined }, overdueLimit, 0);
}

export type CampaignTaskCounts = { total: number; open: number; overdue: number; done: number };

/** How many tasks a campaign has, how many are open and how many overdue (for its tabs and header). */
export async function countCampaignTasks(ctx: Ctx, campaignId: string): Promise<CampaignTaskCounts> {
  const today = todayIso();
  const [row] = await ctx.db
    .select({
      total: count(),
      open: sql<number>`count(*) filter (where ${notInArray(tasks.status, [...closed])})::int`,
      overdue: sql<number>`count(*) filter (where ${and(lt(tasks.dueDate, today), notInArray(tasks.status, [...closed]))})::int`,
      done: sql<number>`count(*) filter (where ${eq(tasks.status, "done")})::int`,
    })
    .from(tasks)
    .where(eq(tasks.campaignId, campaignId));
  return { total: row?.total ?? 0, open: row?.open ?? 0, overdue: row?.overdue ?? 0, done: row?.done ?? 0 };
}

/** Open, overdue and done counts of the tasks assigned to someone (or of everyone), leaving out archived campaigns. */
export async function countTasks(ctx: Ctx, filter: { assigneeId?: string } = {}): Promise<CampaignTaskCounts> {
  const today = todayIso();
  const [row] = await ctx.db
    .select({
      total: count(),
      open: sql<number>`count(*) filter (where ${notInArray(tasks.status, [...closed])})::int`,
      overdue: sql<number>`count(*) filter (where ${and(lt(tasks.dueDate, today), notInArray(tasks.status, [...closed]))})::int`,
      done: sql<number>`count(*) filter (where ${eq(tasks.status, "done")})::int`,
    })
    .from(tasks)
    .innerJoin(campaigns, eq(campaigns.id, tasks.campaignId))
    .where(and(isNull(campaigns.archivedAt), filter.assigneeId ? eq(tasks.assigneeId, filter.assigneeId) : undefined));
  return { total: row?.total ?? 0, open: row?.open ?? 0, overdue: row?.overdue ?? 0, done: row?.done ?? 0 };
}
