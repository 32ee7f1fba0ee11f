import { and, asc, between, eq, gte, isNotNull, lte } from "drizzle-orm";
import { campaigns, memberAvailability, organizationHolidays, tasks, timeEntries, timeOff, users } from "@/db/schema";
import { defaultWeeklyHours } from "@/db/schema/team";
import type { Ctx } from "@/lib/core/context";
import { hasRole } from "@/lib/core/context";
import { Forbidden, NotFound } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { addDays, availableHoursOn, capacityHours, localToday, weekStart, type MemberCalendar } from "@/lib/team/capacity";
import { sumHours } from "./rules";
import { timesheetInput, type TimesheetInput } from "./schemas";

export type TimesheetEntry = { id: string; workDate: string; taskId: string; taskTitle: string; campaignId: string; campaignName: string; hours: number; note: string };
export type TimesheetRow = { taskId: string; taskTitle: string; campaignId: string; campaignName: string; days: number[]; total: number };

export type Timesheet = {
  member: { id: string; name: string; timezone: string };
  /** Monday … Sunday */
  days: string[];
  weekStart: string;
  previousWeek: string;
  nextWeek: string;
  isCurrentWeek: boolean;
  /** today in the member's timezone */
  today: string;
  rows: TimesheetRow[];
  dayTotals: number[];
  total: number;
  dayCapacity: number[];
  capacity: number;
  entries: TimesheetEntry[];
};

/** Members and viewers see their own timesheet; managers and admins anyone's. */
function assertCanSee(ctx: Ctx, userId: string) {
  if (ctx.actor.userId === userId || hasRole(ctx.actor, "manager")) return;
  throw new Forbidden("You can only see your own timesheet; managers and admins see everyone's.");
}

async function calendarOf(ctx: Ctx, userId: string, timezone: string, from: string, to: string): Promise<MemberCalendar> {
  const [availability, away, holidays] = await Promise.all([
    ctx.db.select({ weeklyHours: memberAvailability.weeklyHours }).from(memberAvailability).where(eq(memberAvailability.userId, userId)),
    ctx.db
      .select({ startDate: timeOff.startDate, endDate: timeOff.endDate })
      .from(timeOff)
      .where(and(eq(timeOff.userId, userId), lte(timeOff.startDate, to), gte(timeOff.endDate, from))),
    ctx.db.select({ date: organizationHolidays.date }).from(organizationHolidays).where(between(organizationHolidays.date, from, to)),
  ]);
  return { weeklyHours: availability[0]?.weeklyHours ?? defaultWeeklyHours, timeOff: away, holidays: new Set(holidays.map((h) => h.date)), timezone };
}

/** A member's week: hours per task and day (stopped entries only), totals, and capacity for the week. */
export async function getTimesheet(ctx: Ctx, raw: TimesheetInput): Promise<Timesheet> {
  const input = parseInput(timesheetInput, raw);
  const [member] = await ctx.db.select({ id: users.id, name: users.name, timezone: users.timezone }).from(users).where(eq(users.id, input.userId));
  if (!member) throw new NotFound("That member");
  assertCanSee(ctx, member.id);
  const today = localToday(member.timezone);
  const monday = weekStart(input.week ?? today);
  const sunday = addDays(monday, 6);
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));

  const [entries, calendar] = await Promise.all([
    ctx.db
      .select({
        id: timeEntries.id, workDate: timeEntries.workDate, taskId: tasks.id, taskTitle: tasks.title, campaignId: campaigns.id,
        campaignName: campaigns.name, hours: timeEntries.hours, note: timeEntries.note,
      })
      .from(timeEntries)
      .innerJoin(tasks, eq(tasks.id, timeEntries.taskId))
      .innerJoin(campaigns, eq(campaigns.id, tasks.campaignId))
      .where(and(eq(timeEntries.userId, member.id), between(timeEntries.workDate, monday, sunday), isNotNull(timeEntries.hours)))
      .orderBy(asc(timeEntries.workDate), asc(campaigns.name), asc(tasks.title), asc(timeEntries.createdAt)),
    calendarOf(ctx, member.id, member.timezone, monday, sunday),
  ]);
  const stopped = entries.map((e) => ({ ...e, hours: e.hours ?? 0 }));

  const rows = new Map<string, TimesheetRow>();
  for (const e of stopped) {
    const row = rows.get(e.taskId) ?? { taskId: e.taskId, taskTitle: e.taskTitle, campaignId: e.campaignId, campaignName: e.campaignName, days: days.map(() => 0), total: 0 };
    const i = days.indexOf(e.workDate);
    row.days[i] = sumHours([row.days[i]!, e.hours]);
    row.total = sumHours([row.total, e.hours]);
    rows.set(e.taskId, row);
  }
  const sorted = [...rows.values()].sort((a, b) => a.campaignName.localeCompare(b.campaignName) || a.taskTitle.localeCompare(b.taskTitle));
  const dayTotals = days.map((_, i) => sumHours(sorted.map((r) => r.days[i]!)));
  return {
    member,
    days,
    weekStart: monday,
    previousWeek: addDays(monday, -7),
    nextWeek: addDays(monday, 7),
    isCurrentWeek: monday === weekStart(today),
    today,
    rows: sorted,
    dayTotals,
    total: sumHours(dayTotals),
    dayCapacity: days.map((d) => availableHoursOn(d, calendar)),
    capacity: capacityHours(calendar, monday, sunday),
    entries: stopped,
  };
}
