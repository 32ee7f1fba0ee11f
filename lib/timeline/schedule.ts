/**
 * Backward scheduling of a campaign's milestones from its template (DESIGN §3 "Timeline").
 *
 * - The launch milestone starts on the launch date; when that is not a working day, on the last
 *   working day before it (launchDay in plan.ts), with a warning. A launch milestone longer than
 *   one day extends after the launch date.
 * - What the launch depends on, and milestones unrelated to it, are placed As Late As Possible:
 *   each finishes, plus its buffer, before its earliest dependant (or the launch) starts.
 * - Milestones that depend on the launch are placed As Soon As Possible after their
 *   predecessors end plus those predecessors' buffers.
 * - Buffer per priority (buffer.ts) sits right after its milestone, in working days.
 * - Durations are never compressed: a plan that cannot fit before the launch starts in the
 *   past, and says so in `warnings` when `today` is given.
 */
import { WorkingDayAxis } from "./axis";
import { bufferDays, type TimelinePriority } from "./buffer";
import { assertDate, assertWorkCalendar, type WorkCalendar } from "./calendar";
import { milestoneGraph, placeAroundLaunch } from "./placement";
import { assertDuration, launchDay, pastStartIssue, type Plan, type PlanIssue, type PlanMilestone } from "./plan";

export type TemplateMilestone = {
  key: string;
  name?: string;
  /** working days, whole number ≥ 0 */
  durationDays: number;
  dependsOn: readonly string[];
};

export type ScheduleInput = {
  milestones: readonly TemplateMilestone[];
  launchKey: string;
  launchDate: string;
  priority: TimelinePriority;
  calendar: WorkCalendar;
  /** when given, milestones that would start before this date are reported */
  today?: string;
};

export type ScheduleWarning =
  | PlanIssue
  | { kind: "launch_not_working_day"; key: string; message: string };

export type ScheduleResult = {
  /** ready to store, and to hand to slip.ts as-is */
  plan: Plan;
  /** in the order of the input milestones */
  milestones: PlanMilestone[];
  /** the launch milestone's start: the launch date, or the working day before a non-working one */
  launchDay: string;
  warnings: ScheduleWarning[];
};

export function scheduleMilestones(input: ScheduleInput): ScheduleResult {
  const { milestones, launchKey, launchDate, priority, calendar } = input;
  assertDate(launchDate);
  if (input.today !== undefined) assertDate(input.today);
  assertWorkCalendar(calendar);
  milestones.forEach((m) => assertDuration(m.key, m.durationDays));
  const mg = milestoneGraph(milestones, launchKey);

  const day = launchDay(launchDate, calendar);
  const axis = new WorkingDayAxis(day, calendar);
  const durations = milestones.map((m) => m.durationDays);
  const buffers = milestones.map((m) => bufferDays(m.durationDays, priority));
  const { start, finish } = placeAroundLaunch(mg, 0, durations, buffers);

  const scheduled: PlanMilestone[] = milestones.map((m, i) => {
    const s = start[i]!;
    return {
      key: m.key,
      ...(m.name !== undefined && { name: m.name }),
      start: axis.date(s),
      end: axis.date(m.durationDays > 0 ? finish[i]! - 1 : s),
      durationDays: m.durationDays,
      bufferDays: buffers[i]!,
      dependsOn: [...m.dependsOn],
    };
  });

  const warnings: ScheduleWarning[] = [];
  const launch = milestones[mg.launch]!;
  if (day !== launchDate) {
    warnings.push({
      kind: "launch_not_working_day",
      key: launch.key,
      message: `${launchDate} is not a working day: ${launch.name ?? launch.key} is placed on ${day}, the working day before`,
    });
  }
  if (input.today !== undefined) {
    const todaySlot = axis.slotOf(input.today, "next");
    scheduled.forEach((m, i) => {
      const slack = start[i]! - todaySlot;
      if (slack < 0) warnings.push(pastStartIssue(m, m.start, slack));
    });
  }

  return {
    plan: { milestones: scheduled, launchKey, launchDate, priority, calendar },
    milestones: scheduled,
    launchDay: day,
    warnings,
  };
}
