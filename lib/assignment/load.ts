/**
 * Everything auto-assignment needs from the database, read in a few set-based queries: the
 * candidates (active members who are not viewers) with their calendars, skills, open assigned
 * work, 90-day on-time rate and estimate accuracy, and the tasks to place.
 */
import { and, eq, gte, inArray, isNotNull, isNull, ne, notInArray, sql } from "drizzle-orm";
import {
  memberAvailability, memberSkills, organizationHolidays, tasks, timeEntries, timeOff, users, defaultWeeklyHours,
} from "@/db/schema";
import type { Db } from "@/db/types";
import { addDays, remainingWork } from "@/lib/team/capacity";
import type { AssignTask, CandidateMember } from "./model";

const closed: ("done" | "cancelled")[] = ["done", "cancelled"];
const PERFORMANCE_DAYS = 90;

/** Hours logged per task, for the tasks a query picks. */
function loggedHours(db: Db) {
  return db
    .select({ taskId: timeEntries.taskId, hours: sql<number>`coalesce(sum(${timeEntries.hours}), 0)::float8`.as("logged_hours") })
    .from(timeEntries)
    .groupBy(timeEntries.taskId)
    .as("logged");
}

export async function loadCandidates(db: Db, opts: { now: Date; campaignIds: readonly string[] }): Promise<CandidateMember[]> {
  const since = addDays(opts.now.toISOString().slice(0, 10), -2);
  const perfSince = new Date(opts.now.getTime() - PERFORMANCE_DAYS * 86_400_000);
  const logged = loggedHours(db);
  const [people, weeks, skills, offs, holidays, work, perf, continuity] = await Promise.all([
    db.select({ id: users.id, name: users.name, timezone: users.timezone }).from(users)
      .where(and(isNull(users.deactivatedAt), ne(users.role, "viewer"))),
    db.select({ userId: memberAvailability.userId, weeklyHours: memberAvailability.weeklyHours }).from(memberAvailability),
    db.select().from(memberSkills),
    db.select({ userId: timeOff.userId, startDate: timeOff.startDate, endDate: timeOff.endDate }).from(timeOff).where(gte(timeOff.endDate, since)),
    db.select({ date: organizationHolidays.date }).from(organizationHolidays).where(gte(organizationHolidays.date, since)),
    // open work: every open assigned task, with what has been logged on it
    db.select({
      taskId: tasks.id, assigneeId: tasks.assigneeId, status: tasks.status, estimateHours: tasks.estimateHours,
      remainingHours: tasks.remainingHours, startDate: tasks.startDate, dueDate: tasks.dueDate, logged: sql<number>`coalesce(${logged.hours}, 0)`,
    }).from(tasks).leftJoin(logged, eq(logged.taskId, tasks.id))
      .where(and(isNotNull(tasks.assigneeId), notInArray(tasks.status, closed))),
    // the last 90 days: done tasks with a due date finished on time (UTC day), and logged ÷ estimate
    db.select({
      userId: tasks.assigneeId,
      done: sql<number>`count(*) filter (where ${tasks.dueDate} is not null)::int`,
      onTime: sql<number>`count(*) filter (where ${tasks.dueDate} is not null and (${tasks.completedAt} at time zone 'UTC')::date <= ${tasks.dueDate})::int`,
      logged: sql<number | null>`sum(${logged.hours}) filter (where ${tasks.estimateHours} > 0 and ${logged.hours} > 0)::float8`,
      estimated: sql<number | null>`sum(${tasks.estimateHours}) filter (where ${tasks.estimateHours} > 0 and ${logged.hours} > 0)::float8`,
    }).from(tasks).leftJoin(logged, eq(logged.taskId, tasks.id))
      .where(and(eq(tasks.status, "done"), isNotNull(tasks.assigneeId), gte(tasks.completedAt, perfSince)))
      .groupBy(tasks.assigneeId),
    // continuity: who already has tasks in the campaigns being planned
    opts.campaignIds.length
      ? db.selectDistinct({ userId: tasks.assigneeId, campaignId: tasks.campaignId }).from(tasks)
        .where(and(inArray(tasks.campaignId, [...opts.campaignIds]), isNotNull(tasks.assigneeId)))
      : Promise.resolve([] as { userId: string | null; campaignId: string }[]),
  ]);

  const holidaySet = new Set(holidays.map((h) => h.date));
  const group = <T extends { userId: string | null }>(rows: T[]) => {
    const out = new Map<string, T[]>();
    for (const r of rows) if (r.userId) (out.get(r.userId) ?? out.set(r.userId, []).get(r.userId)!).push(r);
    return out;
  };
  const weekOf = new Map(weeks.map((w) => [w.userId, w.weeklyHours]));
  const skillsOf = group(skills);
  const offOf = group(offs);
  const workOf = group(work.map((w) => ({ ...w, userId: w.assigneeId })));
  const perfOf = new Map(perf.map((p) => [p.userId!, p]));
  const campaignsOf = group(continuity);

  return people.map((p): CandidateMember => {
    const stats = perfOf.get(p.id);
    return {
      id: p.id,
      name: p.name,
      calendar: { weeklyHours: weekOf.get(p.id) ?? defaultWeeklyHours, timeOff: offOf.get(p.id) ?? [], holidays: holidaySet, timezone: p.timezone },
      skills: Object.fromEntries((skillsOf.get(p.id) ?? []).map((s) => [s.skill, s.level])),
      onTime: { onTime: stats?.onTime ?? 0, done: stats?.done ?? 0 },
      estimateAccuracy: stats?.logged && stats.estimated ? stats.logged / stats.estimated : null,
      campaignIds: (campaignsOf.get(p.id) ?? []).map((c) => c.campaignId),
      work: (workOf.get(p.id) ?? []).map((w) => ({
        taskId: w.taskId, startDate: w.startDate, dueDate: w.dueDate,
        hours: remainingWork({ status: w.status, estimateHours: w.estimateHours, remainingHours: w.remainingHours, loggedHours: Number(w.logged) }),
      })),
    };
  });
}

/** Open tasks of a campaign, or the given tasks (closed ones come back too: the service reports them). */
export async function loadTasksToAssign(
  db: Db, where: { campaignId?: string; taskIds?: readonly string[]; onlyUnassigned: boolean }, lock = false,
): Promise<AssignTask[]> {
  const logged = loggedHours(db);
  const filters = [
    where.campaignId ? eq(tasks.campaignId, where.campaignId) : inArray(tasks.id, [...(where.taskIds ?? [])]),
    where.campaignId ? notInArray(tasks.status, closed) : undefined,
    where.onlyUnassigned ? isNull(tasks.assigneeId) : undefined,
  ];
  const q = db
    .select({
      id: tasks.id, title: tasks.title, campaignId: tasks.campaignId, priority: tasks.priority, status: tasks.status,
      requiredSkills: tasks.requiredSkills, estimateHours: tasks.estimateHours, remainingHours: tasks.remainingHours,
      loggedHours: sql<number>`coalesce(${logged.hours}, 0)`, startDate: tasks.startDate, dueDate: tasks.dueDate,
      version: tasks.version, assigneeId: tasks.assigneeId,
    })
    .from(tasks)
    .leftJoin(logged, eq(logged.taskId, tasks.id))
    .where(and(...filters));
  const rows = await (lock ? q.for("update", { of: tasks }) : q);
  return rows.map((r) => ({ ...r, loggedHours: Number(r.loggedHours) }));
}
