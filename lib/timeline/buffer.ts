/**
 * Schedule buffer by priority (DESIGN §3 "Timeline"): the percentages live here and nowhere else.
 * A milestone's buffer is extra working days placed right after it, before its dependants start.
 */

export type TimelinePriority = "low" | "medium" | "high" | "critical";

export const BUFFER_PERCENT: Readonly<Record<TimelinePriority, number>> = {
  critical: 25,
  high: 15,
  medium: 10,
  low: 5,
};

/** Whole working days of buffer after a milestone of `durationDays` working days. */
export function bufferDays(durationDays: number, priority: TimelinePriority): number {
  if (!Number.isInteger(durationDays) || durationDays < 0) {
    throw new RangeError(`A duration must be a whole number of working days ≥ 0, got ${durationDays}`);
  }
  const pct = BUFFER_PERCENT[priority];
  if (pct === undefined) throw new RangeError(`Unknown priority ${JSON.stringify(priority)}`);
  // rounds up: a half day still blocks a person (integer maths, so 20 × 15 is exactly 3)
  return Math.ceil((durationDays * pct) / 100);
}
