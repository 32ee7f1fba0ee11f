/**
 * Reads the data the capacity and performance rules need: members' calendars, their open work
 * and their done tasks. Shared by the team pages, MCP tools and whoever needs one member's load.
 */
import { and, eq, gte, inArray, isNotNull, min, notInArray, sql, sum } from "drizzle-orm";
import { auditEvents, memberAvailability, organizationHolidays, tasks, timeEntries, timeOff, users } from "@/db/schema";
import { defaultWeeklyHours, type WeeklyHours } from "@/db/schema/team";
import type { Db } from "@/db/types";
import { addDays, capacityHours, localToday, remainingWork, spreadWork, utilisation, type MemberCalendar } from "./capacity";
import { taskWindow } from "./workload-model";
import { computePerformance, PERFORMANCE_DAYS, type DoneTask, type Performance } from "./performance";

export type TimeOffRange = { id: string; startDate: string; endDate: string; reason: string };
export type CalendarWithTimezone = Omit<MemberCalendar, "timeOff"> & { version: number; timeOff: TimeOffRange[] };

/** Weekly hours (default week when never set), all time off and the organisation's holidays, per member. */
export async function loadCalendars(db: Db, userIds: readonly string[]): Promise<Map<string, CalendarWithTimezone>> {
  const out = new Map<string, CalendarWithTimezone>();
  if (!userIds.length) return out;
  const ids = [...userIds];
  const [people, availability, ranges, holidays] = await Promise.all([
    db.select({ id: users.id, timezone: users.timezone }).from(users).where(inArray(users.id, ids)),
    db.select().from(memberAvailability).where(inArray(memberAvailability.userId, ids)),
    db.select({ id: timeOff.id, userId: timeOff.userId, startDate: timeOff.startDate, endDate: timeOff.endDate, reason: timeOff.reason }).from(timeOff).where(inArray(timeOff.userId, ids)),
    db.select({ date: organizationHolidays.date }).from(organizationHolidays),
  ]);
  const holidaySet: ReadonlySet<string> = new Set(holidays.map((h) => h.date));
  const hoursOf = new Map(availability.map((a) => [a.userId, a]));
  for (const p of people) {
    const a = hoursOf.get(p.id);
    out.set(p.id, {
      weeklyHours: (a?.weeklyHours ?? defaultWeeklyHours) as WeeklyHours,
      version: a?.version ?? 0,
      timeOff: ranges.filter((r) => r.userId === p.id).map(({ userId: _u, ...r }) => r),
      holidays: holidaySet,
      timezone: p.timezone,
    });
  }
  return out;
}

export type MemberLoad = {
  from: string;
  to: string;
  capacityHours: number;
  workloadHours: number;
  /** workload ÷ capacity (1 = 100 %); Infinity when there is work but no capacity */
  utilisation: number;
  freeHours: number;
  /** every open task assigned to the member, in or out of the window */
  openTasks: number;
};

const closed = ["done", "cancelled"] as const;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Hours logged per task (stopped timers and manual entries only). */
export async function loggedHoursByTask(db: Db, taskIds: readonly string[]): Promise<Map<string, number>> {
  if (!taskIds.length) return new Map();
  const rows = await db.select({ taskId: timeEntries.taskId, hours: sum(timeEntries.hours).mapWith(Number) })
    .from(timeEntries).where(and(inArray(timeEntries.taskId, [...taskIds]), isNotNull(timeEntries.hours))).groupBy(timeEntries.taskId);
  return new Map(rows.map((r) => [r.taskId, r.hours ?? 0]));
}

/**
 * Each member's workload and capacity in a window (by default the next 4 weeks from their own
 * today). Workload is the remaining work of their open tasks spread over their available hours
 * from max(start, today) to the due date; work without a due date or overdue is owed now and
 * spread over the rest of the current week (workload-model's taskWindow, as on the heatmap).
 */
export async function loadMemberLoad(
  db: Db,
  calendars: ReadonlyMap<string, MemberCalendar>,
  window: { from?: string; to?: string; days?: number } = {},
  now: Date = new Date(),
): Promise<Map<string, MemberLoad>> {
  const out = new Map<string, MemberLoad>();
  const ids = [...calendars.keys()];
  if (!ids.length) return out;
  const open = await db
    .select({ id: tasks.id, assigneeId: tasks.assigneeId, status: tasks.status, estimateHours: tasks.estimateHours, remainingHours: tasks.remainingHours, startDate: tasks.startDate, dueDate: tasks.dueDate })
    .from(tasks)
    .where(and(inArray(tasks.assigneeId, ids), notInArray(tasks.status, [...closed])));
  const logged = await loggedHoursByTask(db, open.map((t) => t.id));
  for (const [id, cal] of calendars) {
    const today = localToday(cal.timezone, now);
    const from = window.from ?? today;
    const to = window.to ?? addDays(from, (window.days ?? 28) - 1);
    let workload = 0;
    const mine = open.filter((t) => t.assigneeId === id);
    for (const t of mine) {
      const hours = remainingWork({ ...t, loggedHours: logged.get(t.id) ?? 0 });
      // the same task window as the heatmap: undated or overdue work is owed this week
      const span = taskWindow(t, today);
      for (const [day, h] of spreadWork(hours, span.from, span.to, cal)) if (day >= from && day <= to) workload += h;
    }
    const capacity = capacityHours(cal, from, to);
    out.set(id, {
      from, to,
      capacityHours: round1(capacity),
      workloadHours: round1(workload),
      utilisation: utilisation(workload, capacity),
      freeHours: round1(Math.max(capacity - workload, 0)),
      openTasks: mine.length,
    });
  }
  return out;
}

/** A member's performance over the last 90 days, from their done tasks, the audit log and logged time. */
export async function loadPerformance(db: Db, userId: string, timezone: string, now: Date = new Date()): Promise<Performance> {
  const today = localToday(timezone, now);
  // a day of slack before the window: the member's calendar may be ahead of UTC
  const since = new Date(Date.parse(`${addDays(today, -PERFORMANCE_DAYS)}T00:00:00Z`));
  const done = await db
    .select({ id: tasks.id, createdAt: tasks.createdAt, completedAt: tasks.completedAt, dueDate: tasks.dueDate, estimateHours: tasks.estimateHours })
    .from(tasks)
    .where(and(eq(tasks.assigneeId, userId), eq(tasks.status, "done"), isNotNull(tasks.completedAt), gte(tasks.completedAt, since)));
  const ids = done.map((t) => t.id);
  const [logged, started] = await Promise.all([
    loggedHoursByTask(db, ids),
    ids.length
      ? db.select({ taskId: auditEvents.entityId, at: min(auditEvents.at) }).from(auditEvents)
          .where(and(eq(auditEvents.entityType, "task"), inArray(auditEvents.entityId, ids), eq(auditEvents.action, "task.status_changed"), sql`${auditEvents.after}->>'status' = 'in_progress'`))
          .groupBy(auditEvents.entityId)
      : Promise.resolve([]),
  ]);
  const startedAt = new Map(started.map((s) => [s.taskId, s.at]));
  const items: DoneTask[] = done.map((t) => {
    const s = startedAt.get(t.id);
    return {
      completedOn: localToday(timezone, t.completedAt!),
      completedAt: t.completedAt!,
      startedAt: s && s <= t.completedAt! ? new Date(s) : t.createdAt,
      dueDate: t.dueDate,
      estimateHours: t.estimateHours,
      loggedHours: logged.get(t.id) ?? 0,
    };
  });
  return computePerformance(items, today);
}
