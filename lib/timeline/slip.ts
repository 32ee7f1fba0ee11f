/**
 * Previewing a change to a scheduled plan (DESIGN §3 "Timeline"): a new launch date, a
 * milestone moved to a new end date, or a new duration. Nothing is ever compressed: what no
 * longer fits is reported in `conflicts` for the person to resolve before confirming.
 *
 * Modes:
 * - "absorb": minimal movement. A milestone moves only when it must — a dependant cannot
 *   start before its predecessor ends; the launch milestone sits on the launch date — and the
 *   gaps between milestones (their buffers) are consumed first. A slip therefore moves the
 *   launch only once the buffers on the way are spent.
 * - "keep_buffers": a later finish shifts every transitive dependant by the full slip (end plus
 *   buffer), so buffers are kept and the launch moves with them; a new launch date reschedules
 *   the whole plan backwards like schedule.ts.
 *
 * A milestone that finishes earlier than before never pulls others earlier, in either mode; a
 * milestone moved earlier than its predecessors allow is a conflict, not a reason to move them.
 * `milestone_end` moves the milestone (its length is kept; a non-working end date means the
 * working day before it); to make it longer or shorter in place, change its duration.
 * A new launch date pulls the launch milestone's predecessors earlier as needed (absorb) or
 * re-plans everything (keep_buffers); in absorb mode a later launch leaves earlier milestones
 * where they are and only pushes what follows the launch.
 */
import { WorkingDayAxis } from "./axis";
import { bufferDays } from "./buffer";
import { assertDate, assertWorkCalendar, toWorkingDay } from "./calendar";
import { reachableFrom } from "./graph";
import { milestoneGraph, placeAroundLaunch, type MilestoneGraph } from "./placement";
import { assertDuration, launchDay, type Plan, type PlanIssue, type PlanMilestone } from "./plan";
import { consumedBuffers, findConflicts, type BufferUse, type Slots } from "./slip-report";

export type PlanChange =
  | { kind: "launch_date"; date: string }
  | { kind: "milestone_end"; key: string; end: string }
  | { kind: "duration"; key: string; durationDays: number };

export type SlipMode = "absorb" | "keep_buffers";

export type SlipOptions = {
  /** when given, moved milestones that would start before this date are conflicts */
  today?: string;
};

export type MovedMilestone = {
  key: string;
  name?: string;
  from: { start: string; end: string };
  to: { start: string; end: string };
  /** working days the start moved (negative: earlier) */
  shiftDays: number;
  /** working days the end moved; differs from shiftDays when the duration changed */
  endShiftDays: number;
};

export type SlipPreview = {
  mode: SlipMode;
  /** the plan after the change, milestones in the input order */
  plan: Plan;
  moved: MovedMilestone[];
  /** the campaign's launch date after the change (= plan.launchDate) */
  launchDate: string;
  conflicts: PlanIssue[];
  /** milestones whose buffer is now partly or wholly used up */
  buffersConsumed: BufferUse[];
};

export type { BufferUse } from "./slip-report";

export function previewChange(plan: Plan, change: PlanChange, mode: SlipMode, options: SlipOptions = {}): SlipPreview {
  assertWorkCalendar(plan.calendar);
  assertDate(plan.launchDate);
  if (options.today !== undefined) assertDate(options.today);
  plan.milestones.forEach((m) => assertDuration(m.key, m.durationDays));
  const mg = milestoneGraph(plan.milestones, plan.launchKey);
  const ms = plan.milestones;
  const axis = new WorkingDayAxis(toWorkingDay(ms[mg.launch]!.start, plan.calendar, "next"), plan.calendar);

  const before = readSlots(ms, axis);
  const after: Slots = { start: [...before.start], finish: [...before.finish], buffer: [...before.buffer] };
  const durations = ms.map((m) => m.durationDays);
  let launchDate = plan.launchDate;

  if (change.kind === "launch_date") {
    assertDate(change.date);
    launchDate = change.date;
    const slot = axis.slotOf(launchDay(change.date, plan.calendar), "next");
    if (mode === "keep_buffers") {
      const placed = placeAroundLaunch(mg, slot, durations, after.buffer);
      after.start = placed.start;
      after.finish = placed.finish;
    } else {
      absorbLaunchMove(mg, after, slot);
    }
  } else {
    const i = indexOf(mg, change.key);
    const span = before.finish[i]! - before.start[i]!;
    if (change.kind === "milestone_end") {
      const last = axis.slotOf(change.end, "previous");
      after.finish[i] = span > 0 ? last + 1 : last;
      after.start[i] = after.finish[i]! - span;
    } else {
      assertDuration(change.key, change.durationDays);
      durations[i] = change.durationDays;
      after.finish[i] = after.start[i]! + change.durationDays;
      after.buffer[i] = bufferDays(change.durationDays, plan.priority);
    }
    if (mode === "absorb") pushDependants(mg, after, i);
    else shiftDependants(mg, after, i, after.finish[i]! + after.buffer[i]! - (before.finish[i]! + before.buffer[i]!));
  }

  const movedIdx = ms.map((_, i) => after.start[i] !== before.start[i] || after.finish[i] !== before.finish[i]);
  const milestones: PlanMilestone[] = ms.map((m, i) => {
    const next = { ...m, durationDays: durations[i]!, bufferDays: after.buffer[i]! };
    if (!movedIdx[i]) return next;
    const s = after.start[i]!;
    return { ...next, start: axis.date(s), end: axis.date(after.finish[i]! > s ? after.finish[i]! - 1 : s) };
  });
  const launchIdx = mg.launch;
  if (change.kind !== "launch_date" && movedIdx[launchIdx]) launchDate = milestones[launchIdx]!.start;

  const moved: MovedMilestone[] = [];
  ms.forEach((m, i) => {
    if (!movedIdx[i]) return;
    const to = milestones[i]!;
    moved.push({
      key: m.key,
      ...(m.name !== undefined && { name: m.name }),
      from: { start: m.start, end: m.end },
      to: { start: to.start, end: to.end },
      shiftDays: after.start[i]! - before.start[i]!,
      endShiftDays: after.finish[i]! - before.finish[i]!,
    });
  });

  const todaySlot = options.today === undefined ? undefined : axis.slotOf(options.today, "next");
  return {
    mode,
    plan: { ...plan, milestones, launchDate },
    moved,
    launchDate,
    conflicts: findConflicts(mg, milestones, after, movedIdx, todaySlot),
    buffersConsumed: consumedBuffers(mg, milestones, before, after),
  };
}

/** Both modes' outcomes of one change, for a side-by-side preview. */
export function previewBoth(plan: Plan, change: PlanChange, options: SlipOptions = {}): { absorb: SlipPreview; keepBuffers: SlipPreview } {
  return { absorb: previewChange(plan, change, "absorb", options), keepBuffers: previewChange(plan, change, "keep_buffers", options) };
}

function indexOf(mg: MilestoneGraph, key: string): number {
  const i = mg.graph.index.get(key);
  if (i === undefined) throw new Error(`Milestone ${JSON.stringify(key)} is not in the plan`);
  return i;
}

/** Stored dates as slots: a non-working start rounds to the next working day, a non-working end to the previous one. */
function readSlots(ms: readonly PlanMilestone[], axis: WorkingDayAxis): Slots {
  const start: number[] = [];
  const finish: number[] = [];
  ms.forEach((m) => {
    const s = axis.slotOf(m.start, "next");
    const last = axis.slotOf(m.end, "previous");
    // ISO dates compare as strings once both are known to be valid
    if (m.end < m.start) throw new RangeError(`Milestone ${JSON.stringify(m.key)} ends (${m.end}) before it starts (${m.start})`);
    start.push(s);
    // a milestone of some duration keeps at least one day, even if its only day became a holiday
    finish.push(m.durationDays > 0 ? Math.max(s + 1, last + 1) : s);
  });
  return { start, finish, buffer: ms.map((m) => m.bufferDays) };
}

/** Absorb: shift the launch, pull earlier milestones back only as far as they must go, push later ones only as needed. */
function absorbLaunchMove(mg: MilestoneGraph, x: Slots, slot: number): void {
  const { graph: g, order, launch, afterLaunch } = mg;
  const span = x.finish[launch]! - x.start[launch]!;
  x.start[launch] = slot;
  x.finish[launch] = slot + span;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!;
    if (i === launch || afterLaunch[i]) continue;
    let latest = slot;
    for (let j = g.succStart[i]!, end = g.succStart[i + 1]!; j < end; j++) {
      const c = g.succ[j]!;
      if (!afterLaunch[c]) latest = Math.min(latest, x.start[c]!);
    }
    if (x.finish[i]! > latest) moveTo(x, i, latest - (x.finish[i]! - x.start[i]!));
  }
  pushDependants(mg, x, launch);
}

/** Absorb: every transitive dependant of `from` starts no earlier than all its predecessors end (buffers may be used up). */
function pushDependants(mg: MilestoneGraph, x: Slots, from: number): void {
  const { graph: g, order } = mg;
  const affected = reachableFrom(g, from, "successors");
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (!affected[i]) continue;
    let earliest = x.start[i]!;
    for (let j = g.predStart[i]!, end = g.predStart[i + 1]!; j < end; j++) earliest = Math.max(earliest, x.finish[g.pred[j]!]!);
    if (earliest > x.start[i]!) moveTo(x, i, earliest);
  }
}

/** Keep buffers: every transitive dependant of `from` moves by `delta` working days when it is a slip (> 0). */
function shiftDependants(mg: MilestoneGraph, x: Slots, from: number, delta: number): void {
  if (delta <= 0) return;
  const affected = reachableFrom(mg.graph, from, "successors");
  for (let i = 0; i < affected.length; i++) if (affected[i]) moveTo(x, i, x.start[i]! + delta);
}

function moveTo(x: Slots, i: number, start: number): void {
  x.finish[i] = start + (x.finish[i]! - x.start[i]!);
  x.start[i] = start;
}
