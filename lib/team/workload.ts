/**
 * Workload service: loads members' calendars (availability or the default week, time off,
 * organisation holidays, timezone), their open assigned tasks with the hours logged on them and
 * the time they logged in the window, then computes in memory (workload-model.ts).
 *
 * Past weeks show the hours logged that week against that week's capacity — what actually
 * happened; the current week shows what was logged so far plus the work left; future weeks the
 * remaining work of open tasks spread over each task's window. Five queries whatever the size of
 * the team, so the heatmap for 200 members × 16 weeks stays well under 100 ms on PostgreSQL.
 */
import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, ne, notInArray, sql } from "drizzle-orm";
import { campaigns, memberAvailability, memberSkills, tasks, timeEntries, timeOff, users } from "@/db/schema";
import { defaultWeeklyHours, type WeeklyHours } from "@/db/schema/team";
import type { Db } from "@/db/types";
import type { Ctx } from "@/lib/core/context";
import { NotFound } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { loadWorkCalendar } from "@/lib/timeline/holidays";
import { addDays, localToday, remainingWork, weekStart, type DateRange } from "./capacity";
import {
  weekCells, weekStartsFrom, windowWorkload,
  type MemberPlan, type OpenTask, type UtilisationBand, type WeekCell,
} from "./workload-model";
import {
  cellTasksInput, memberWorkloadInput, teamUtilizationInput,
  type CellTasksInput, type MemberWorkloadInput, type TeamUtilizationInput,
} from "./workload-schemas";

/** Tests and benchmarks pin the clock; everyone else gets the real one. */
type Clock = { now?: Date };

export type MemberInfo = { id: string; name: string; title: string | null; timezone: string; today: string; weeklyHours: WeeklyHours; defaultWeek: boolean };
export type MemberUtilization = MemberInfo & { cells: WeekCell[] };
export type TeamUtilization = { from: string; weeks: string[]; currentWeek: string; members: MemberUtilization[] };

type LoadedMember = MemberInfo & { plan: MemberPlan };

const open = notInArray(tasks.status, ["done", "cancelled"]);
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Members (active, not viewers; or exactly `userIds`) with everything their workload needs in
 * [from, to]: one query per table, joined in memory.
 */
async function loadMembers(db: Db, opts: { userIds?: string[]; skill?: string; from: string; to: string; now: Date; includeViewers?: boolean }): Promise<LoadedMember[]> {
  if (opts.userIds && opts.userIds.length === 0) return [];
  const where = and(
    isNull(users.deactivatedAt),
    opts.userIds ? inArray(users.id, opts.userIds) : opts.includeViewers ? undefined : ne(users.role, "viewer"),
    opts.skill ? inArray(users.id, db.select({ id: memberSkills.userId }).from(memberSkills).where(eq(memberSkills.skill, opts.skill))) : undefined,
  );
  const people = await db
    .select({ id: users.id, name: users.name, title: users.title, timezone: users.timezone, weeklyHours: memberAvailability.weeklyHours })
    .from(users)
    .leftJoin(memberAvailability, eq(memberAvailability.userId, users.id))
    .where(where)
    .orderBy(asc(users.name), asc(users.id));
  if (people.length === 0) return [];
  const ids = people.map((p) => p.id);
  // a member's today may be a day either side of UTC's: read one day more each side
  const readFrom = addDays(opts.from, -1);
  const readTo = addDays(opts.to, 1);
  const [holidays, offRows, taskRows, loggedRows] = await Promise.all([
    loadWorkCalendar(db),
    db.select({ userId: timeOff.userId, startDate: timeOff.startDate, endDate: timeOff.endDate }).from(timeOff)
      .where(and(inArray(timeOff.userId, ids), gte(timeOff.endDate, readFrom))),
    db.select({
      id: tasks.id, assigneeId: tasks.assigneeId, status: tasks.status, estimateHours: tasks.estimateHours, remainingHours: tasks.remainingHours,
      startDate: tasks.startDate, dueDate: tasks.dueDate,
      // qualified by hand: Drizzle leaves single-table column names bare, which would bind to time_entries
      logged: sql<number>`coalesce((select sum(te.hours) from time_entries te where te.task_id = tasks.id), 0)::float8`.mapWith(Number),
    }).from(tasks).where(and(inArray(tasks.assigneeId, ids), open)),
    db.select({ userId: timeEntries.userId, taskId: timeEntries.taskId, workDate: timeEntries.workDate, hours: sql<number>`sum(${timeEntries.hours})::float8`.mapWith(Number) })
      .from(timeEntries)
      .where(and(inArray(timeEntries.userId, ids), gte(timeEntries.workDate, readFrom), lte(timeEntries.workDate, readTo), isNotNull(timeEntries.hours)))
      .groupBy(timeEntries.userId, timeEntries.taskId, timeEntries.workDate),
  ]);
  const group = <T, K>(rows: T[], key: (r: T) => K) => {
    const m = new Map<K, T[]>();
    for (const r of rows) {
      const k = key(r);
      const list = m.get(k);
      if (list) list.push(r);
      else m.set(k, [r]);
    }
    return m;
  };
  const offBy = group(offRows, (r) => r.userId);
  const tasksBy = group(taskRows, (r) => r.assigneeId);
  const loggedBy = group(loggedRows, (r) => r.userId);
  // one formatter run per timezone, not per member
  const todayIn = new Map<string, string>();
  return people.map((p) => {
    let today = todayIn.get(p.timezone);
    if (!today) todayIn.set(p.timezone, (today = localToday(p.timezone, opts.now)));
    const weeklyHours = p.weeklyHours ?? defaultWeeklyHours;
    const plan: MemberPlan = {
      calendar: { weeklyHours, timeOff: (offBy.get(p.id) ?? []) as DateRange[], holidays: holidays.holidays, timezone: p.timezone },
      today,
      tasks: (tasksBy.get(p.id) ?? []).map((t): OpenTask => ({
        id: t.id, startDate: t.startDate, dueDate: t.dueDate,
        remaining: remainingWork({ status: t.status, estimateHours: t.estimateHours, remainingHours: t.remainingHours, loggedHours: t.logged }),
      })),
      logged: loggedBy.get(p.id) ?? [],
    };
    return { id: p.id, name: p.name, title: p.title, timezone: p.timezone, today, weeklyHours, defaultWeek: p.weeklyHours === null, plan };
  });
}

const info = ({ plan: _plan, ...m }: LoadedMember): MemberInfo => m;
const utcToday = (now: Date) => now.toISOString().slice(0, 10);

/** The heatmap: every member × `weeks` weeks (default the last 4 and the next 12). */
export async function getTeamUtilization(ctx: Ctx, raw: TeamUtilizationInput = {}, clock: Clock = {}): Promise<TeamUtilization> {
  const input = parseInput(teamUtilizationInput, raw);
  const now = clock.now ?? new Date();
  const currentWeek = weekStart(utcToday(now));
  const from = weekStart(input.from ?? addDays(currentWeek, -28));
  const weeks = weekStartsFrom(from, input.weeks ?? 16);
  const to = addDays(weeks.at(-1)!, 6);
  const members = await loadMembers(ctx.db, { userIds: input.userIds, skill: input.skill, from, to, now });
  return { from, weeks, currentWeek, members: members.map((m) => ({ ...info(m), cells: weekCells(m.plan, weeks) })) };
}

async function loadMember(db: Db, userId: string, from: string, to: string, now: Date) {
  const [member] = await loadMembers(db, { userIds: [userId], from, to, now });
  if (!member) throw new NotFound("That team member");
  return member;
}

async function taskDetails(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, TaskDetail>();
  const rows = await db
    .select({
      id: tasks.id, title: tasks.title, status: tasks.status, dueDate: tasks.dueDate, startDate: tasks.startDate,
      estimateHours: tasks.estimateHours, campaignId: tasks.campaignId, campaignName: campaigns.name,
    })
    .from(tasks)
    .innerJoin(campaigns, eq(campaigns.id, tasks.campaignId))
    .where(inArray(tasks.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

type TaskDetail = {
  id: string; title: string; status: (typeof tasks.$inferSelect)["status"]; dueDate: string | null; startDate: string | null;
  estimateHours: number | null; campaignId: string; campaignName: string;
};

export type CellTask = TaskDetail & { hours: number };
export type CellTasks = { member: MemberInfo; cell: WeekCell; tasks: CellTask[] };

/** The tasks behind one heatmap cell, with the hours each puts in that week. */
export async function getCellTasks(ctx: Ctx, raw: CellTasksInput, clock: Clock = {}): Promise<CellTasks> {
  const input = parseInput(cellTasksInput, raw);
  const ws = weekStart(input.weekStart);
  const member = await loadMember(ctx.db, input.userId, ws, addDays(ws, 6), clock.now ?? new Date());
  const [cell] = weekCells(member.plan, [ws]);
  const details = await taskDetails(ctx.db, cell!.tasks.map((t) => t.taskId));
  return {
    member: info(member),
    cell: cell!,
    tasks: cell!.tasks.flatMap((t) => {
      const d = details.get(t.taskId);
      return d ? [{ ...d, hours: t.hours }] : [];
    }),
  };
}

export type MemberWorkload = {
  member: MemberInfo;
  from: string;
  to: string;
  capacityHours: number;
  workloadHours: number;
  utilisation: number | null;
  band: UtilisationBand;
  tasks: (TaskDetail & { hoursInWindow: number; remainingHours: number })[];
};

/** A member's work in a window: the tasks with hours in it (logged or planned), capacity and utilisation. */
export async function getMemberWorkload(ctx: Ctx, raw: MemberWorkloadInput, clock: Clock = {}): Promise<MemberWorkload> {
  const input = parseInput(memberWorkloadInput, raw);
  const member = await loadMember(ctx.db, input.userId, input.from, input.to, clock.now ?? new Date());
  const w = windowWorkload(member.plan, input.from, input.to);
  const details = await taskDetails(ctx.db, [...w.byTask.keys()]);
  const remaining = new Map(member.plan.tasks.map((t) => [t.id, t.remaining]));
  return {
    member: info(member), from: input.from, to: input.to,
    capacityHours: w.capacityHours, workloadHours: w.workloadHours, utilisation: w.utilisation, band: w.band,
    tasks: [...w.byTask]
      .flatMap(([id, h]) => {
        const d = details.get(id);
        return d ? [{ ...d, hoursInWindow: round2(h), remainingHours: round2(remaining.get(id) ?? 0) }] : [];
      })
      .sort((a, b) => b.hoursInWindow - a.hoursInWindow || a.title.localeCompare(b.title)),
  };
}

export type OverCapacityAssignee = {
  userId: string;
  name: string;
  /** weeks from the current one to the launch week in which they are over 100 % */
  weeksOver: number;
  /** their busiest such week */
  peak: { weekStart: string; workloadHours: number; capacityHours: number; utilisation: number | null };
};

// work with no capacity at all is the worst overload there is
const load = (c: { utilisation: number | null }) => c.utilisation ?? Number.MAX_VALUE;

/** The longest look-ahead for "assignees over capacity": half a year. */
const MAX_RISK_WEEKS = 26;

/**
 * Assignees of a campaign's open tasks who are over 100 % utilisation (all their work, not only
 * this campaign's) in any week from the current one up to the launch week, busiest first.
 * Without a launch date, or once it has passed, only the current week counts.
 */
export async function assigneesOverCapacity(db: Db, campaignId: string, launchDate: string | null, clock: Clock = {}): Promise<OverCapacityAssignee[]> {
  const now = clock.now ?? new Date();
  const assignees = await db.selectDistinct({ id: tasks.assigneeId }).from(tasks)
    .where(and(eq(tasks.campaignId, campaignId), open, isNotNull(tasks.assigneeId)));
  const ids = assignees.map((a) => a.id!).filter(Boolean);
  if (ids.length === 0) return [];
  const first = weekStart(utcToday(now));
  const last = launchDate && launchDate > first ? weekStart(launchDate) : first;
  const count = Math.min(Math.round((Date.parse(last) - Date.parse(first)) / (7 * 86_400_000)) + 1, MAX_RISK_WEEKS);
  const weeks = weekStartsFrom(first, count);
  const members = await loadMembers(db, { userIds: ids, from: first, to: addDays(weeks.at(-1)!, 6), now, includeViewers: true });
  const out: OverCapacityAssignee[] = [];
  for (const m of members) {
    const over = weekCells(m.plan, weeks).filter((c) => c.band === "over" && c.when !== "past");
    if (over.length === 0) continue;
    const peak = over.reduce((a, b) => (load(b) > load(a) ? b : a));
    out.push({
      userId: m.id, name: m.name, weeksOver: over.length,
      peak: { weekStart: peak.weekStart, workloadHours: peak.workloadHours, capacityHours: peak.capacityHours, utilisation: peak.utilisation },
    });
  }
  return out.sort((a, b) => load(b.peak) - load(a.peak) || a.name.localeCompare(b.name));
}
