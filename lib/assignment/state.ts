/**
 * The engine's working state: each member's calendar and workload laid out per day, so a
 * window's capacity, workload and "away the whole time" are answered in O(log days) while the
 * greedy pass adds work. Built from the same rules as lib/team/capacity.ts (availableHoursOn,
 * isAway, spreadWork, remainingWork); state.test.ts checks it agrees with them.
 */
import { addDays, isAway, localToday, remainingWork, spreadWork, weekdayIndex } from "@/lib/team/capacity";
import type { AssignTask, CandidateMember, EngineClock, WorkLoadItem } from "./model";

/** A task without a due date is planned over the next four weeks. */
export const UNDATED_WINDOW_DAYS = 28;
/** An overdue task is wanted now: it is planned over the next five days. */
export const OVERDUE_WINDOW_DAYS = 5;
/** Windows are cut three years out, so a typo'd due date cannot make the day arrays huge. */
const MAX_HORIZON_DAYS = 3 * 366;

const DAY_MS = 86_400_000;

/** Sums over a range of days while single days change (Fenwick tree). */
class DayLoad {
  private readonly tree: Float64Array;
  constructor(readonly size: number) {
    this.tree = new Float64Array(size + 1);
  }
  add(day: number, hours: number) {
    for (let i = day + 1; i <= this.size; i += i & -i) this.tree[i]! += hours;
  }
  private prefix(day: number) {
    let s = 0;
    for (let i = day; i > 0; i -= i & -i) s += this.tree[i]!;
    return s;
  }
  /** from..to, both included */
  sum(from: number, to: number) {
    return to < from ? 0 : this.prefix(to + 1) - this.prefix(from);
  }
}

export type PreparedMember = CandidateMember & {
  today: number;
  /** prefix sums over days: capacity hours, normal workdays, workdays away, any day away */
  capPrefix: Float64Array;
  workdayPrefix: Int32Array;
  awayWorkdayPrefix: Int32Array;
  awayPrefix: Int32Array;
  load: DayLoad;
  campaigns: Set<string>;
  skillLevels: Map<string, number>;
};

export type EngineState = {
  /** day index 0 */
  base: string;
  baseMs: number;
  days: number;
  /** the date and weekday (0 = Monday) of each day index */
  dates: string[];
  weekdays: Int8Array;
  members: PreparedMember[];
  /** skill → members who have it (level ≥ 1), for bulk runs */
  bySkill: Map<string, PreparedMember[]>;
};

export type Window = { from: number; to: number };

export function dayIndex(state: Pick<EngineState, "baseMs">, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - state.baseMs) / DAY_MS);
}

export function dayOf(state: Pick<EngineState, "base" | "dates">, index: number): string {
  return state.dates[index] ?? addDays(state.base, index);
}

const dayCache = new WeakMap<object, { start: number | null; due: number | null; baseMs: number }>();

/** A task's start and due as day indexes, worked out once per task (not once per member). */
function taskDays(state: Pick<EngineState, "baseMs">, t: Pick<WorkLoadItem, "startDate" | "dueDate">) {
  let c = dayCache.get(t);
  if (!c || c.baseMs !== state.baseMs) {
    c = { start: t.startDate ? dayIndex(state, t.startDate) : null, due: t.dueDate ? dayIndex(state, t.dueDate) : null, baseMs: state.baseMs };
    dayCache.set(t, c);
  }
  return c;
}

/** The days a member would work on a task: its start (not before today) to its due date. */
export function windowFor(
  state: Pick<EngineState, "baseMs" | "days">, today: number, t: Pick<WorkLoadItem, "startDate" | "dueDate">,
): Window {
  const { start, due } = taskDays(state, t);
  const from = Math.min(Math.max(start ?? today, today), state.days - 1);
  let to = due ?? from + UNDATED_WINDOW_DAYS - 1;
  if (due !== null && to < from) to = from + OVERDUE_WINDOW_DAYS - 1;
  return { from, to: Math.min(Math.max(to, from), state.days - 1) };
}

/** Hours the task still needs: remaining work as capacity.ts counts it. */
export function hoursNeeded(t: AssignTask): number {
  return remainingWork({ status: t.status, estimateHours: t.estimateHours, remainingHours: t.remainingHours, loggedHours: t.loggedHours });
}

function horizonDays(baseMs: number, tasks: readonly AssignTask[]): number {
  let last = 40; // at least a few weeks, for undated and overdue windows
  for (const t of tasks) {
    for (const d of [t.startDate, t.dueDate]) {
      if (d) last = Math.max(last, Math.round((Date.parse(`${d}T00:00:00Z`) - baseMs) / DAY_MS) + OVERDUE_WINDOW_DAYS);
    }
  }
  return Math.min(last + UNDATED_WINDOW_DAYS + 2, MAX_HORIZON_DAYS);
}

/** Adds hours to a member's days the way spreadWork does (by available hours; none → all on the last day). */
export function addWork(state: EngineState, m: PreparedMember, hours: number, w: Window) {
  if (hours <= 0) return;
  const total = m.capPrefix[w.to + 1]! - m.capPrefix[w.from]!;
  if (total <= 0) {
    m.load.add(w.to, hours);
    return;
  }
  for (let d = w.from; d <= w.to; d++) {
    const cap = m.capPrefix[d + 1]! - m.capPrefix[d]!;
    if (cap > 0) m.load.add(d, (hours * cap) / total);
  }
}

function prepareMember(state: EngineState, m: CandidateMember, todayIn: (timezone: string) => string, skipTaskIds: ReadonlySet<string>): PreparedMember {
  const n = state.days;
  const capPrefix = new Float64Array(n + 1);
  const workdayPrefix = new Int32Array(n + 1);
  const awayWorkdayPrefix = new Int32Array(n + 1);
  const awayPrefix = new Int32Array(n + 1);
  const relevantOff = m.calendar.timeOff.filter((r) => r.endDate >= state.base);
  const cal = { ...m.calendar, timeOff: relevantOff };
  for (let d = 0; d < n; d++) {
    const date = state.dates[d]!;
    const works = (cal.weeklyHours[state.weekdays[d]!] ?? 0) > 0;
    const away = relevantOff.length > 0 && isAway(date, cal);
    // availableHoursOn, with the weekday worked out once for everybody
    capPrefix[d + 1] = capPrefix[d]! + (away || cal.holidays.has(date) ? 0 : (cal.weeklyHours[state.weekdays[d]!] ?? 0));
    workdayPrefix[d + 1] = workdayPrefix[d]! + (works ? 1 : 0);
    awayWorkdayPrefix[d + 1] = awayWorkdayPrefix[d]! + (works && away ? 1 : 0);
    awayPrefix[d + 1] = awayPrefix[d]! + (away ? 1 : 0);
  }
  const today = Math.min(Math.max(dayIndex(state, todayIn(cal.timezone)), 0), n - 1);
  const p: PreparedMember = {
    ...m, today, capPrefix, workdayPrefix, awayWorkdayPrefix, awayPrefix, load: new DayLoad(n), campaigns: new Set(m.campaignIds),
    skillLevels: new Map(Object.entries(m.skills)),
  };
  for (const item of [...m.work].sort((a, b) => (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0))) {
    // a task being (re)assigned leaves its current assignee's load
    if (skipTaskIds.has(item.taskId) || item.hours <= 0) continue;
    const last = item.dueDate ? dayIndex(state, item.dueDate) : -1;
    if (last < n) {
      addWork(state, p, item.hours, windowFor(state, today, item));
      continue;
    }
    // work due beyond the horizon: only the part that falls inside it counts
    const start = item.startDate ? Math.max(dayIndex(state, item.startDate), today) : today;
    if (start >= n) continue;
    for (const [day, h] of spreadWork(item.hours, dayOf(state, start), item.dueDate!, cal)) {
      const i = dayIndex(state, day);
      if (i < n) p.load.add(i, h);
    }
  }
  return p;
}

/**
 * Lays out every member's days from yesterday (UTC; members ahead of UTC may already be a day
 * on) to just past the latest task window. Members are sorted by id so input order never matters.
 */
export function prepareState(tasks: readonly AssignTask[], members: readonly CandidateMember[], clock: EngineClock): EngineState {
  const base = addDays(clock.now.toISOString().slice(0, 10), -1);
  const baseMs = Date.parse(`${base}T00:00:00Z`);
  const days = horizonDays(baseMs, tasks);
  const dates = Array.from({ length: days }, (_, d) => addDays(base, d));
  const state: EngineState = { base, baseMs, days, dates, weekdays: Int8Array.from(dates, weekdayIndex), members: [], bySkill: new Map() };
  const skip = new Set(tasks.map((t) => t.id));
  const todays = new Map<string, string>();
  const todayIn = (tz: string) => todays.get(tz) ?? todays.set(tz, localToday(tz, clock.now)).get(tz)!;
  state.members = [...members].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((m) => prepareMember(state, m, todayIn, skip));
  for (const m of state.members) {
    for (const [skill, level] of m.skillLevels) if (level > 0) (state.bySkill.get(skill) ?? state.bySkill.set(skill, []).get(skill)!).push(m);
  }
  return state;
}

export function capacityIn(m: PreparedMember, w: Window) {
  return m.capPrefix[w.to + 1]! - m.capPrefix[w.from]!;
}

export function workloadIn(m: PreparedMember, w: Window) {
  return m.load.sum(w.from, w.to);
}

/** Same rule as isAwayWholeWindow: every normal workday of the window (or every day, if none) is time off. */
export function awayWholeWindow(m: PreparedMember, w: Window) {
  const workdays = m.workdayPrefix[w.to + 1]! - m.workdayPrefix[w.from]!;
  if (workdays > 0) return m.awayWorkdayPrefix[w.to + 1]! - m.awayWorkdayPrefix[w.from]! === workdays;
  return m.awayPrefix[w.to + 1]! - m.awayPrefix[w.from]! === w.to - w.from + 1;
}
