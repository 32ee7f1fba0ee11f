/**
 * The shape of a scheduled campaign plan, shared by schedule.ts (which produces one) and
 * slip.ts (which previews changes to one).
 *
 * Dates are "YYYY-MM-DD" working days with inclusive ends: a milestone of D ≥ 1 working days
 * runs from `start` to `end` = addWorkingDays(start, D − 1). A milestone of 0 days is a
 * checkpoint: start = end, and dependants may start that same day. Its buffer is the
 * `bufferDays` working days right after `end`, before any dependant may start.
 */
import { isWorkingDay, previousWorkingDay, type WorkCalendar } from "./calendar";
import type { TimelinePriority } from "./buffer";

export type PlanMilestone = {
  key: string;
  /** used in messages when present; the key otherwise */
  name?: string;
  start: string;
  /** inclusive */
  end: string;
  durationDays: number;
  bufferDays: number;
  dependsOn: readonly string[];
};

export type Plan = {
  milestones: readonly PlanMilestone[];
  /** the milestone that happens on the launch date */
  launchKey: string;
  /** the campaign's launch date (may be a non-working day; see launchDay) */
  launchDate: string;
  priority: TimelinePriority;
  calendar: WorkCalendar;
};

/** Something a person should see before confirming a plan; `slackDays` < 0 says by how much it misses. */
export type PlanIssue = {
  key: string;
  kind: "starts_in_past" | "starts_before_predecessor_ends" | "ends_after_launch";
  /** the predecessor that ends too late, for starts_before_predecessor_ends */
  predecessor?: string;
  /** negative: working days it would need to move later to fit */
  slackDays: number;
  message: string;
};

/**
 * The day the launch milestone starts: the launch date, or the last working day before it when
 * the launch date is not a working day (everything must be ready by then).
 */
export function launchDay(launchDate: string, cal: WorkCalendar): string {
  return isWorkingDay(launchDate, cal) ? launchDate : previousWorkingDay(launchDate, cal);
}

export function assertDuration(key: string, durationDays: number): void {
  if (!Number.isInteger(durationDays) || durationDays < 0) {
    throw new RangeError(`Duration of milestone ${JSON.stringify(key)} must be a whole number of working days ≥ 0, got ${durationDays}`);
  }
}

export const labelOf = (m: { key: string; name?: string }) => m.name ?? m.key;

const days = (n: number) => `${n} working day${n === 1 ? "" : "s"}`;

export const pastStartIssue = (m: { key: string; name?: string }, start: string, slackDays: number): PlanIssue => ({
  key: m.key,
  kind: "starts_in_past",
  slackDays,
  message: `${labelOf(m)} would start on ${start}, ${days(-slackDays)} in the past`,
});

export const predecessorIssue = (m: { key: string; name?: string }, p: { key: string; name?: string }, slackDays: number): PlanIssue => ({
  key: m.key,
  kind: "starts_before_predecessor_ends",
  predecessor: p.key,
  slackDays,
  message: `${labelOf(m)} would start before ${labelOf(p)} ends (${days(-slackDays)} of overlap)`,
});

export const afterLaunchIssue = (m: { key: string; name?: string }, launch: { key: string; name?: string }, slackDays: number): PlanIssue => ({
  key: m.key,
  kind: "ends_after_launch",
  slackDays,
  message: `${labelOf(m)} would finish ${days(-slackDays)} too late for ${labelOf(launch)}`,
});
