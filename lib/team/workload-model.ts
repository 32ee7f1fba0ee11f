/**
 * Workload per member per week (DESIGN §3 "Team"). Pure: the workload service (workload.ts)
 * loads calendars, open tasks and logged time and calls these.
 *
 * A member's workload on a day is:
 * - up to and including their today: the hours they logged that day (time entries), because
 *   that is what actually happened;
 * - from their today on: the remaining work of their open tasks, spread with spreadWork over
 *   each task's window — from max(task start, today) to its due date. A task without a due
 *   date, or already overdue, is owed now: it is spread over the rest of the current week.
 * So a past week compares logged hours with that week's capacity, a future week the planned
 * remaining work, and the current week both (logged so far plus what is left of it).
 */
import { addDays, capacityHours, utilisation, weekStart, type MemberCalendar } from "./capacity";

export type OpenTask = { id: string; startDate: string | null; dueDate: string | null; remaining: number };
export type LoggedHours = { taskId: string; workDate: string; hours: number };

export type MemberPlan = {
  calendar: MemberCalendar;
  /** the member's own today (localToday of their timezone) */
  today: string;
  tasks: readonly OpenTask[];
  logged: readonly LoggedHours[];
};

export type WeekWhen = "past" | "current" | "future";
export type UtilisationBand = "none" | "low" | "healthy" | "busy" | "over";

export type WeekCell = {
  weekStart: string;
  when: WeekWhen;
  capacityHours: number;
  workloadHours: number;
  /** workload ÷ capacity (1 = 100 %); null when the member has no capacity that week */
  utilisation: number | null;
  band: UtilisationBand;
  /** the tasks behind the workload, most hours first */
  tasks: { taskId: string; hours: number }[];
};

/** Band limits as ratios: below low is "low", below healthy "healthy", up to busy "busy", above "over". */
export const UTILISATION_BANDS = { low: 0.5, healthy: 0.85, busy: 1 } as const;

export function utilisationBand(workloadHours: number, capacity: number): UtilisationBand {
  const u = utilisation(workloadHours, capacity);
  if (capacity <= 0 && workloadHours <= 0) return "none";
  if (u < UTILISATION_BANDS.low) return "low";
  if (u < UTILISATION_BANDS.healthy) return "healthy";
  // rounding noise must not push a fully booked week into "over"
  if (u <= UTILISATION_BANDS.busy + 1e-9) return "busy";
  return "over";
}

/** The window a task's remaining work is spread over, seen from the member's today. */
export function taskWindow(t: Pick<OpenTask, "startDate" | "dueDate">, today: string): { from: string; to: string } {
  if (!t.dueDate || t.dueDate < today) return { from: today, to: addDays(weekStart(today), 6) };
  const start = t.startDate && t.startDate > today ? t.startDate : today;
  // a start after the due date is bad data: the work is owed by the due date all the same
  return { from: start > t.dueDate ? t.dueDate : start, to: t.dueDate };
}

// Day numbers (days since 1970-01-01, a Thursday) keep the hot loops free of date strings.
const DAY_MS = 86_400_000;
const dayNo = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / DAY_MS);
const dayStr = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * A member's available hours for every day from `first` to `last`, with prefix sums: the same
 * figures as availableHoursOn, computed once per member instead of once per task and day.
 */
class AvailableHours {
  private readonly hours: Float64Array;
  private readonly prefix: Float64Array;
  constructor(cal: MemberCalendar, readonly first: number, last: number) {
    const n = Math.max(last - first + 1, 0);
    this.hours = new Float64Array(n);
    for (let i = 0; i < n; i++) this.hours[i] = cal.weeklyHours[(first + i + 3) % 7] ?? 0; // day 0 was a Thursday
    for (const h of cal.holidays) {
      const i = dayNo(h) - first;
      if (i >= 0 && i < n) this.hours[i] = 0;
    }
    for (const r of cal.timeOff) {
      for (let i = Math.max(dayNo(r.startDate) - first, 0), end = Math.min(dayNo(r.endDate) - first, n - 1); i <= end; i++) this.hours[i] = 0;
    }
    this.prefix = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) this.prefix[i + 1] = this.prefix[i]! + this.hours[i]!;
  }
  at(day: number) {
    return this.hours[day - this.first]!;
  }
  /** Hours from day a to day b, both included. */
  sum(a: number, b: number) {
    return b < a ? 0 : this.prefix[b - this.first + 1]! - this.prefix[a - this.first]!;
  }
}

/**
 * Calls `add(day, taskId, hours)` for every day in [from, to] that carries work — spreadWork's
 * rule (in proportion to available hours; all on the last day when there are none), logged
 * hours up to today.
 */
function eachWorkDay(plan: MemberPlan, from: number, to: number, add: (day: number, taskId: string, hours: number) => void) {
  const today = dayNo(plan.today);
  // taskWindow in day numbers: undated and overdue work is owed by the end of this week
  const weekEnd = today + 6 - ((today + 3) % 7);
  const windows = plan.tasks.filter((t) => t.remaining > 0).map((t) => {
    const due = t.dueDate ? dayNo(t.dueDate) : null;
    if (due === null || due < today) return { id: t.id, hours: t.remaining, a: today, b: weekEnd };
    const start = t.startDate ? Math.max(dayNo(t.startDate), today) : today;
    return { id: t.id, hours: t.remaining, a: Math.min(start, due), b: due };
  });
  let first = Math.min(from, today);
  let last = Math.max(to, today + 7);
  for (const w of windows) {
    if (w.a < first) first = w.a;
    if (w.b > last) last = w.b;
  }
  const avail = new AvailableHours(plan.calendar, first, last);
  for (const e of plan.logged) {
    const d = dayNo(e.workDate);
    if (e.workDate <= plan.today && d >= from && d <= to && e.hours > 0) add(d, e.taskId, e.hours);
  }
  for (const w of windows) {
    if (w.b < from || w.a > to) continue;
    const total = avail.sum(w.a, w.b);
    if (total === 0) {
      if (w.b <= to) add(w.b, w.id, w.hours);
      continue;
    }
    for (let d = Math.max(w.a, from), end = Math.min(w.b, to); d <= end; d++) {
      const h = avail.at(d);
      if (h > 0) add(d, w.id, (w.hours * h) / total);
    }
  }
  return avail;
}

/** Hours per day per task from `from` to `to` (both included). */
export function dailyWorkload(plan: MemberPlan, from: string, to: string): Map<string, Map<string, number>> {
  const days = new Map<string, Map<string, number>>();
  eachWorkDay(plan, dayNo(from), dayNo(to), (d, taskId, hours) => {
    const day = dayStr(d);
    let byTask = days.get(day);
    if (!byTask) days.set(day, (byTask = new Map()));
    byTask.set(taskId, (byTask.get(taskId) ?? 0) + hours);
  });
  return days;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function cellOf(ws: string, when: WeekWhen, capacity: number, byTask: Map<string, number>): WeekCell {
  let workload = 0;
  for (const h of byTask.values()) workload += h;
  const u = utilisation(workload, capacity);
  return {
    weekStart: ws,
    when,
    capacityHours: round2(capacity),
    workloadHours: round2(workload),
    utilisation: Number.isFinite(u) && capacity > 0 ? round2(u) : null,
    band: utilisationBand(workload, capacity),
    tasks: [...byTask].map(([taskId, hours]) => ({ taskId, hours: round2(hours) })).sort((a, b) => b.hours - a.hours || a.taskId.localeCompare(b.taskId)),
  };
}

/** One cell per week, for consecutive weeks starting on the given Mondays (see weekStartsFrom). */
export function weekCells(plan: MemberPlan, weekStarts: readonly string[]): WeekCell[] {
  if (weekStarts.length === 0) return [];
  const first = dayNo(weekStarts[0]!);
  const last = first + 7 * weekStarts.length - 1;
  const byWeek = weekStarts.map(() => new Map<string, number>());
  const avail = eachWorkDay(plan, first, last, (d, taskId, hours) => {
    const week = byWeek[Math.floor((d - first) / 7)]!;
    week.set(taskId, (week.get(taskId) ?? 0) + hours);
  });
  const today = dayNo(plan.today);
  return weekStarts.map((ws, i) => {
    const a = first + 7 * i;
    const when: WeekWhen = a + 6 < today ? "past" : a > today ? "future" : "current";
    return cellOf(ws, when, avail.sum(a, a + 6), byWeek[i]!);
  });
}

/** Work per task in a window (any dates), with the window's capacity. */
export function windowWorkload(plan: MemberPlan, from: string, to: string) {
  const byTask = new Map<string, number>();
  for (const tasks of dailyWorkload(plan, from, to).values()) for (const [id, h] of tasks) byTask.set(id, (byTask.get(id) ?? 0) + h);
  const capacity = capacityHours(plan.calendar, from, to);
  const workload = [...byTask.values()].reduce((s, h) => s + h, 0);
  const u = utilisation(workload, capacity);
  return {
    capacityHours: round2(capacity),
    workloadHours: round2(workload),
    utilisation: Number.isFinite(u) && capacity > 0 ? round2(u) : null,
    band: utilisationBand(workload, capacity),
    byTask,
  };
}

/** The Mondays of `weeks` consecutive weeks starting with the week of `from`. */
export function weekStartsFrom(from: string, weeks: number): string[] {
  const first = weekStart(from);
  return Array.from({ length: weeks }, (_, i) => addDays(first, 7 * i));
}
