import { and, eq, gte, lte, sql } from "drizzle-orm";
import { campaigns, tasks, timeEntries } from "@/db/schema";
import type { TaskStatus } from "@/db/schema/values";
import type { Db } from "@/db/types";
import { remainingWork } from "@/lib/team/capacity";
import { percentOfEstimate, sumHours } from "./rules";

/** Actual vs estimate for one task: logged hours (stopped entries), its estimate and the work left. */
export type TaskActuals = {
  logged: number;
  estimate: number | null;
  remaining: number;
  /** the assignee's own remaining estimate, when they gave one */
  remainingOverride: number | null;
  /** logged ÷ estimate in %, null without an estimate */
  percent: number | null;
};

export type ActualsItem = {
  taskId: string;
  milestoneId: string | null;
  status: TaskStatus;
  estimateHours: number | null;
  remainingHours: number | null;
  loggedHours: number;
};

/**
 * Actual vs estimate over many tasks. Tasks without an estimate cannot be compared, so their
 * hours are counted apart: `estimate` and `loggedOnEstimated` cover the estimated tasks only.
 */
export type ActualsRollup = {
  tasks: number;
  logged: number;
  estimate: number;
  loggedOnEstimated: number;
  remaining: number;
  unestimated: { tasks: number; logged: number };
  /** loggedOnEstimated ÷ estimate in %, null when nothing is estimated */
  percent: number | null;
};

export function taskActuals(t: Omit<ActualsItem, "taskId" | "milestoneId">): TaskActuals {
  return {
    logged: t.loggedHours,
    estimate: t.estimateHours,
    remaining: remainingWork(t),
    remainingOverride: t.remainingHours,
    percent: percentOfEstimate(t.loggedHours, t.estimateHours),
  };
}

/** Pure: sums a set of tasks (cancelled ones are left out: their plan no longer counts). */
export function rollUp(items: readonly ActualsItem[]): ActualsRollup {
  const live = items.filter((t) => t.status !== "cancelled");
  const estimated = live.filter((t) => t.estimateHours !== null);
  const unestimated = live.filter((t) => t.estimateHours === null);
  const estimate = sumHours(estimated.map((t) => t.estimateHours));
  const loggedOnEstimated = sumHours(estimated.map((t) => t.loggedHours));
  return {
    tasks: live.length,
    logged: sumHours(live.map((t) => t.loggedHours)),
    estimate,
    loggedOnEstimated,
    remaining: sumHours(live.map((t) => remainingWork(t))),
    unestimated: { tasks: unestimated.length, logged: sumHours(unestimated.map((t) => t.loggedHours)) },
    percent: estimated.length ? percentOfEstimate(loggedOnEstimated, estimate) : null,
  };
}

/** Logged hours per task of a campaign (0 for tasks nobody logged on). */
export async function campaignActualsItems(db: Db, campaignId: string): Promise<ActualsItem[]> {
  const logged = db
    .select({ taskId: timeEntries.taskId, hours: sql<string>`sum(${timeEntries.hours})`.as("hours") })
    .from(timeEntries)
    .innerJoin(tasks, eq(tasks.id, timeEntries.taskId))
    .where(eq(tasks.campaignId, campaignId))
    .groupBy(timeEntries.taskId)
    .as("logged");
  const rows = await db
    .select({
      taskId: tasks.id, milestoneId: tasks.milestoneId, status: tasks.status, estimateHours: tasks.estimateHours,
      remainingHours: tasks.remainingHours, logged: logged.hours,
    })
    .from(tasks)
    .leftJoin(logged, eq(logged.taskId, tasks.id))
    .where(eq(tasks.campaignId, campaignId));
  return rows.map(({ logged: l, ...r }) => ({ ...r, loggedHours: l === null ? 0 : Number(l) }));
}

export async function campaignActuals(db: Db, campaignId: string): Promise<ActualsRollup> {
  return rollUp(await campaignActualsItems(db, campaignId));
}

/** Per milestone of a campaign (tasks without a milestone are left out). */
export async function milestoneActuals(db: Db, campaignId: string): Promise<Map<string, ActualsRollup>> {
  const byMilestone = new Map<string, ActualsItem[]>();
  for (const item of await campaignActualsItems(db, campaignId)) {
    if (item.milestoneId) byMilestone.set(item.milestoneId, [...(byMilestone.get(item.milestoneId) ?? []), item]);
  }
  return new Map([...byMilestone].map(([id, items]) => [id, rollUp(items)]));
}

export type MemberTaskHours = { taskId: string; title: string; campaignId: string; campaignName: string; estimate: number | null; logged: number };

/** What a member logged in a window (both days included), per task, with each task's estimate. */
export async function memberActuals(db: Db, userId: string, from: string, to: string): Promise<{ total: number; tasks: MemberTaskHours[] }> {
  const rows = await db
    .select({
      taskId: tasks.id, title: tasks.title, campaignId: campaigns.id, campaignName: campaigns.name, estimate: tasks.estimateHours,
      logged: sql<string>`sum(${timeEntries.hours})`,
    })
    .from(timeEntries)
    .innerJoin(tasks, eq(tasks.id, timeEntries.taskId))
    .innerJoin(campaigns, eq(campaigns.id, tasks.campaignId))
    .where(and(eq(timeEntries.userId, userId), gte(timeEntries.workDate, from), lte(timeEntries.workDate, to)))
    .groupBy(tasks.id, campaigns.id)
    .orderBy(sql`sum(${timeEntries.hours}) desc nulls last`, tasks.title);
  const items = rows.map((r) => ({ ...r, logged: r.logged === null ? 0 : Number(r.logged) }));
  return { total: sumHours(items.map((i) => i.logged)), tasks: items };
}
