/**
 * Working-day arithmetic on calendar dates ("YYYY-MM-DD").
 *
 * A date here is a day on the organisation's calendar, not an instant: everything is computed
 * on UTC day numbers (days since 1970-01-01), so no time zone or DST change can shift a date.
 *
 * Semantics every caller relies on:
 * - `addWorkingDays(d, n)`: n > 0 is the n-th working day strictly after d; n < 0 the |n|-th
 *   working day strictly before d; n = 0 is d itself when it is a working day, else the next
 *   working day (so from a non-working day 0 and 1 give the same day). From a working day, +n
 *   and then −n return to it.
 * - `workingDaysBetween(from, to)` counts working days in [from, to], both ends included, and is
 *   0 when to < from (an empty range). A milestone of D ≥ 1 working days starting on s ends on
 *   `addWorkingDays(s, D - 1)`, and `workingDaysBetween(s, end) === D`.
 * - `workingDayDiff(from, to)` is the signed distance: for working days a and b,
 *   `addWorkingDays(a, workingDayDiff(a, b)) === b`.
 */

export type WorkCalendar = {
  /** Non-working dates ("YYYY-MM-DD"), e.g. the organisation's holidays. */
  holidays: ReadonlySet<string>;
  /** Weekdays that are not worked, 0 = Sunday … 6 = Saturday. Default [0, 6]. */
  weekend?: readonly number[];
};

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DEFAULT_WEEKEND: readonly number[] = [0, 6];
// years 0001..9999 keep the four-digit ISO form that Date#toISOString produces
const MIN_DAY = -719_162; // 0001-01-01
const MAX_DAY = 2_932_896; // 9999-12-31

export class InvalidDateError extends Error {
  constructor(readonly value: unknown) {
    super(`Invalid date ${JSON.stringify(value)}: expected a calendar date as YYYY-MM-DD`);
    this.name = "InvalidDateError";
  }
}

/** Days since 1970-01-01 of a "YYYY-MM-DD" date; throws InvalidDateError when malformed or not a real date. */
export function dayNumber(date: string): number {
  const m = typeof date === "string" ? ISO_DATE.exec(date) : null;
  if (!m) throw new InvalidDateError(date);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999
  d.setUTCFullYear(year, month - 1, day);
  if (year < 1 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    throw new InvalidDateError(date);
  }
  return Math.round(d.getTime() / MS_PER_DAY);
}

/** The "YYYY-MM-DD" date of a day number (see dayNumber). */
export function fromDayNumber(n: number): string {
  if (!Number.isInteger(n) || n < MIN_DAY || n > MAX_DAY) {
    throw new RangeError(`Day number ${n} is outside the supported dates 0001-01-01..9999-12-31`);
  }
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Throws InvalidDateError unless `date` is a real "YYYY-MM-DD" date. */
export function assertDate(date: string): void {
  dayNumber(date);
}

/** True when `date` is a real "YYYY-MM-DD" date. */
export function isValidDate(date: unknown): date is string {
  try {
    dayNumber(date as string);
    return true;
  } catch {
    return false;
  }
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return weekdayOf(dayNumber(date));
}

// 1970-01-01 was a Thursday
const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;

/**
 * A calendar checked once and turned into a day-number predicate (is this day worked?). Throws
 * when the weekend holds something other than weekdays 0..6 or covers the whole week.
 */
export function workingDayTest(cal: WorkCalendar): (day: number) => boolean {
  const weekend = cal.weekend ?? DEFAULT_WEEKEND;
  const off = [false, false, false, false, false, false, false];
  for (const w of weekend) {
    if (!Number.isInteger(w) || w < 0 || w > 6) throw new RangeError(`Weekend day ${w} is not a weekday number 0 (Sunday)..6 (Saturday)`);
    off[w] = true;
  }
  if (off.every(Boolean)) throw new RangeError("A work calendar needs at least one working weekday");
  return (day) => !off[weekdayOf(day)] && !cal.holidays.has(fromDayNumber(day));
}

/** Checks a calendar's weekend and holidays; throws on a malformed holiday or weekend. */
export function assertWorkCalendar(cal: WorkCalendar): void {
  workingDayTest(cal);
  for (const h of cal.holidays) assertDate(h);
}

export function isWorkingDay(date: string, cal: WorkCalendar): boolean {
  return workingDayTest(cal)(dayNumber(date));
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: string, cal: WorkCalendar): string {
  return fromDayNumber(step(dayNumber(date), 1, workingDayTest(cal)));
}

/** The last working day strictly before `date`. */
export function previousWorkingDay(date: string, cal: WorkCalendar): string {
  return fromDayNumber(step(dayNumber(date), -1, workingDayTest(cal)));
}

function step(day: number, dir: 1 | -1, working: (d: number) => boolean): number {
  let d = day + dir;
  while (!working(d)) d += dir;
  return d;
}

/**
 * n > 0: the n-th working day strictly after `date`; n < 0: the |n|-th working day strictly
 * before it; n = 0: `date` when it is a working day, else the next working day.
 * Runs in O(|n| + non-working days crossed).
 */
export function addWorkingDays(date: string, n: number, cal: WorkCalendar): string {
  if (!Number.isInteger(n)) throw new RangeError(`Working days to add must be a whole number, got ${n}`);
  const working = workingDayTest(cal);
  let d = dayNumber(date);
  if (n === 0) return fromDayNumber(working(d) ? d : step(d, 1, working));
  const dir = n > 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0; left--) d = step(d, dir, working);
  return fromDayNumber(d);
}

/** Working days in [from, to], both ends included; 0 when to is before from. */
export function workingDaysBetween(from: string, to: string, cal: WorkCalendar): number {
  const working = workingDayTest(cal);
  const a = dayNumber(from);
  const b = dayNumber(to);
  let count = 0;
  for (let d = a; d <= b; d++) if (working(d)) count++;
  return count;
}

/**
 * Signed working-day distance: working days in (from, to] when to ≥ from, minus the working days
 * in [to, from) when to < from. For working days a and b, addWorkingDays(a, diff(a, b)) === b.
 */
export function workingDayDiff(from: string, to: string, cal: WorkCalendar): number {
  const working = workingDayTest(cal);
  const a = dayNumber(from);
  const b = dayNumber(to);
  let count = 0;
  if (b >= a) for (let d = a + 1; d <= b; d++) count += working(d) ? 1 : 0;
  else for (let d = b; d < a; d++) count -= working(d) ? 1 : 0;
  return count;
}

/** `date` when it is a working day, else the nearest working day in the given direction. */
export function toWorkingDay(date: string, cal: WorkCalendar, direction: "next" | "previous"): string {
  const working = workingDayTest(cal);
  const d = dayNumber(date);
  return fromDayNumber(working(d) ? d : step(d, direction === "next" ? 1 : -1, working));
}
