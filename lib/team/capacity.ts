/**
 * Capacity, remaining work and utilisation (DESIGN §3 "Team"). Pure: plain data in, plain
 * data out; the services fetch calendars and tasks and call these.
 *
 * Dates are "YYYY-MM-DD" days in the member's own calendar (their timezone decides which day
 * "today" is). A day's capacity is the member's weekly hours for that weekday, or 0 on an
 * organisation holiday or a day of time off.
 */
import type { TaskStatus } from "@/db/schema/values";
import type { WeeklyHours } from "@/db/schema/team";

export type DateRange = { startDate: string; endDate: string };

export type MemberCalendar = {
  weeklyHours: WeeklyHours;
  timeOff: readonly DateRange[];
  holidays: ReadonlySet<string>;
  /** IANA timezone, e.g. "Europe/Berlin" */
  timezone: string;
};

const DAY_MS = 86_400_000;
const toMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, n: number): string {
  return fromMs(toMs(date) + n * DAY_MS);
}

/** Days from `from` to `to`, both included; empty when `to` is before `from`. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let ms = toMs(from), end = toMs(to); ms <= end; ms += DAY_MS) out.push(fromMs(ms));
  return out;
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: string): number {
  return (new Date(toMs(date)).getUTCDay() + 6) % 7;
}

/** The Monday of the week a date falls in. */
export function weekStart(date: string): string {
  return addDays(date, -weekdayIndex(date));
}

/** Today's date where the member is (an unknown timezone falls back to UTC). */
export function localToday(timezone: string, now: Date = new Date()): string {
  try {
    // en-CA formats as YYYY-MM-DD
    return new Intl.DateTimeFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

export function isValidTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

export function isAway(date: string, cal: Pick<MemberCalendar, "timeOff">): boolean {
  // ISO dates compare as strings
  return cal.timeOff.some((r) => r.startDate <= date && date <= r.endDate);
}

export function availableHoursOn(date: string, cal: MemberCalendar): number {
  if (cal.holidays.has(date) || isAway(date, cal)) return 0;
  return cal.weeklyHours[weekdayIndex(date)] ?? 0;
}

/** Hours the member can work from `from` to `to` (both included). */
export function capacityHours(cal: MemberCalendar, from: string, to: string): number {
  let total = 0;
  for (const d of daysBetween(from, to)) total += availableHoursOn(d, cal);
  return total;
}

/**
 * True when time off covers the whole window: every day the member would normally work in it
 * (or, if they never work on those weekdays, every day) is a day off.
 */
export function isAwayWholeWindow(cal: Pick<MemberCalendar, "timeOff" | "weeklyHours">, from: string, to: string): boolean {
  const days = daysBetween(from, to);
  if (days.length === 0) return false;
  const workdays = days.filter((d) => (cal.weeklyHours[weekdayIndex(d)] ?? 0) > 0);
  return (workdays.length ? workdays : days).every((d) => isAway(d, cal));
}

export type WorkItem = { status: TaskStatus; estimateHours: number | null; remainingHours: number | null; loggedHours: number };

/**
 * Hours of work left on a task: none once done or cancelled; the assignee's own remaining
 * estimate when they gave one; otherwise max(estimate − logged, 0) (no estimate: 0).
 */
export function remainingWork(t: WorkItem): number {
  if (t.status === "done" || t.status === "cancelled") return 0;
  if (t.remainingHours !== null) return Math.max(t.remainingHours, 0);
  return Math.max((t.estimateHours ?? 0) - t.loggedHours, 0);
}

/**
 * Spreads `hours` over the days from `from` to `to` in proportion to the member's available
 * hours. With no available hours in the window (or `to` before `from`), it all lands on `to`:
 * the work is still owed, and shows as overload there.
 */
export function spreadWork(hours: number, from: string, to: string, cal: MemberCalendar): Map<string, number> {
  const out = new Map<string, number>();
  if (hours <= 0) return out;
  const days = to < from ? [] : daysBetween(from, to);
  const avail = days.map((d) => availableHoursOn(d, cal));
  const total = avail.reduce((s, h) => s + h, 0);
  if (total === 0) {
    out.set(to, hours);
    return out;
  }
  days.forEach((d, i) => {
    if (avail[i]! > 0) out.set(d, (hours * avail[i]!) / total);
  });
  return out;
}

/**
 * Workload ÷ capacity as a ratio (1 = 100 %). No capacity: 0 without work, Infinity with some
 * (any work at all is too much).
 */
export function utilisation(workloadHours: number, capacity: number): number {
  if (capacity <= 0) return workloadHours > 0 ? Number.POSITIVE_INFINITY : 0;
  return workloadHours / capacity;
}
