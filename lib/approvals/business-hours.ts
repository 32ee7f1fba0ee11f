/**
 * Business-hours arithmetic for approval deadlines (DESIGN §3 "Approval workflow"): a request's
 * deadline is its urgency's hours counted only inside the organisation's working hours, on its
 * working days, skipping its holidays, in its timezone. Pure: instants in, instants out.
 *
 * Each working day contributes one window [start, end) of local wall-clock time; the window is
 * placed with the timezone's rules for that day, so a daylight-saving change moves the window's
 * instants but never its length in business hours.
 */
import { TZDate } from "@date-fns/tz";
import type { CampaignPriority } from "@/db/schema/values";

export type BusinessCalendar = {
  /** IANA timezone the working hours are in, e.g. "Europe/Berlin" */
  timezone: string;
  /** working weekdays, 0 = Monday … 6 = Sunday */
  workdays: readonly number[];
  /** start and end of the working day, in minutes after local midnight (end > start) */
  startMinute: number;
  endMinute: number;
  /** local dates ("YYYY-MM-DD") nobody works */
  holidays: ReadonlySet<string>;
};

export const DEFAULT_DEADLINE_HOURS: Record<CampaignPriority, number> = { critical: 4, high: 24, medium: 48, low: 72 };

const HOUR_MS = 3_600_000;
// a calendar with no working time at all would otherwise loop for ever
const MAX_DAYS = 3_660;

export function assertBusinessCalendar(cal: BusinessCalendar): void {
  if (!cal.workdays.some((d) => Number.isInteger(d) && d >= 0 && d <= 6)) throw new RangeError("A business calendar needs at least one working weekday (0 = Monday … 6 = Sunday)");
  if (!Number.isInteger(cal.startMinute) || !Number.isInteger(cal.endMinute) || cal.startMinute < 0 || cal.endMinute > 24 * 60 || cal.endMinute <= cal.startMinute) {
    throw new RangeError(`Working hours must be a start before an end within one day, got ${cal.startMinute}–${cal.endMinute} minutes`);
  }
  // an unknown timezone gives an invalid date rather than an error
  if (Number.isNaN(new TZDate(0, cal.timezone).getTime())) throw new RangeError(`Unknown timezone ${JSON.stringify(cal.timezone)}`);
}

type LocalDay = { y: number; m: number; d: number };

function localDayOf(ms: number, tz: string): LocalDay {
  const t = new TZDate(ms, tz);
  return { y: t.getFullYear(), m: t.getMonth(), d: t.getDate() };
}

function nextDay(day: LocalDay): LocalDay {
  const u = new Date(Date.UTC(day.y, day.m, day.d + 1));
  return { y: u.getUTCFullYear(), m: u.getUTCMonth(), d: u.getUTCDate() };
}

const iso = (day: LocalDay) => `${day.y}-${String(day.m + 1).padStart(2, "0")}-${String(day.d).padStart(2, "0")}`;

/** The working window of a local day as instants, or null when it is not a working day. */
function windowOn(day: LocalDay, cal: BusinessCalendar): [number, number] | null {
  const weekday = (new Date(Date.UTC(day.y, day.m, day.d)).getUTCDay() + 6) % 7;
  if (!cal.workdays.includes(weekday) || cal.holidays.has(iso(day))) return null;
  const at = (minute: number) => new TZDate(day.y, day.m, day.d, Math.floor(minute / 60), minute % 60, 0, cal.timezone).getTime();
  return [at(cal.startMinute), at(cal.endMinute)];
}

/** The instant `hours` business hours after `from` (a start outside working time counts from the next window). */
export function addBusinessHours(from: Date, hours: number, cal: BusinessCalendar): Date {
  assertBusinessCalendar(cal);
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`Business hours must be a number ≥ 0, got ${hours}`);
  let left = hours * HOUR_MS;
  let cursor = from.getTime();
  let day = localDayOf(cursor, cal.timezone);
  for (let i = 0; i < MAX_DAYS; i++, day = nextDay(day)) {
    const w = windowOn(day, cal);
    if (!w) continue;
    const start = Math.max(w[0], cursor);
    if (start >= w[1]) continue;
    if (left === 0) return new Date(start === cursor ? cursor : start);
    if (start + left <= w[1]) return new Date(start + left);
    left -= w[1] - start;
    cursor = w[1];
  }
  throw new RangeError("No working time within ten years: check the business calendar");
}

/** Business hours from `from` to `to`; negative when `to` is earlier (e.g. how far past a deadline). */
export function businessHoursBetween(from: Date, to: Date, cal: BusinessCalendar): number {
  assertBusinessCalendar(cal);
  const a = from.getTime();
  const b = to.getTime();
  if (b < a) return -businessHoursBetween(to, from, cal);
  let total = 0;
  let day = localDayOf(a, cal.timezone);
  const lastDay = iso(localDayOf(b, cal.timezone));
  for (;; day = nextDay(day)) {
    const w = windowOn(day, cal);
    if (w) total += Math.max(0, Math.min(w[1], b) - Math.max(w[0], a));
    if (iso(day) >= lastDay) break;
  }
  return total / HOUR_MS;
}

/** When a request submitted at `submittedAt` with this urgency is due. */
export function approvalDeadline(submittedAt: Date, urgency: CampaignPriority, cal: BusinessCalendar, hoursByUrgency: Record<CampaignPriority, number> = DEFAULT_DEADLINE_HOURS): Date {
  return addBusinessHours(submittedAt, hoursByUrgency[urgency], cal);
}
