/**
 * What a previewed change leaves behind (see slip.ts): conflicts a person must resolve, and
 * buffers that were used up to absorb it.
 */
import { reachableFrom } from "./graph";
import type { MilestoneGraph } from "./placement";
import { afterLaunchIssue, pastStartIssue, predecessorIssue, type PlanIssue, type PlanMilestone } from "./plan";

/** Slot state of a plan: milestone i occupies [start[i], finish[i]) followed by buffer[i] slots. */
export type Slots = { start: number[]; finish: number[]; buffer: number[] };

export type BufferUse = {
  key: string;
  name?: string;
  bufferDays: number;
  /** working days left between the milestone's end and its earliest dependant (or the launch) */
  remainingDays: number;
};

/**
 * Negative slack in a plan: a milestone starting before one of its predecessors ends; a
 * milestone the launch does not depend on finishing after the launch starts; and, when
 * `todaySlot` is given, a moved milestone starting before today.
 */
export function findConflicts(mg: MilestoneGraph, ms: readonly PlanMilestone[], x: Slots, moved: readonly boolean[], todaySlot?: number): PlanIssue[] {
  const { graph: g, launch, afterLaunch } = mg;
  // milestones the launch depends on are already checked edge by edge along their chain
  const feedsLaunch = reachableFrom(g, launch, "predecessors");
  const issues: PlanIssue[] = [];
  for (let i = 0; i < ms.length; i++) {
    for (let j = g.predStart[i]!, end = g.predStart[i + 1]!; j < end; j++) {
      const p = g.pred[j]!;
      const slack = x.start[i]! - x.finish[p]!;
      if (slack < 0) issues.push(predecessorIssue(ms[i]!, ms[p]!, slack));
    }
    if (i !== launch && !afterLaunch[i] && !feedsLaunch[i]) {
      const slack = x.start[launch]! - x.finish[i]!;
      if (slack < 0) issues.push(afterLaunchIssue(ms[i]!, ms[launch]!, slack));
    }
    if (todaySlot !== undefined && moved[i]) {
      const slack = x.start[i]! - todaySlot;
      if (slack < 0) issues.push(pastStartIssue(ms[i]!, ms[i]!.start, slack));
    }
  }
  return issues;
}

/** Milestones whose gap to their earliest dependant shrank below their buffer. */
export function consumedBuffers(mg: MilestoneGraph, ms: readonly PlanMilestone[], before: Slots, after: Slots): BufferUse[] {
  const used: BufferUse[] = [];
  for (let i = 0; i < ms.length; i++) {
    const buffer = after.buffer[i]!;
    const was = gap(mg, before, i);
    const now = gap(mg, after, i);
    if (buffer > 0 && now < buffer && now < was) {
      const m = ms[i]!;
      used.push({ key: m.key, ...(m.name !== undefined && { name: m.name }), bufferDays: buffer, remainingDays: Math.max(0, now) });
    }
  }
  return used;
}

/** Working days between the end of milestone i and the earliest start among its dependants (and the launch, for milestones before it). */
function gap(mg: MilestoneGraph, x: Slots, i: number): number {
  const { graph: g, launch, afterLaunch } = mg;
  let limit = i !== launch && !afterLaunch[i] ? x.start[launch]! : Infinity;
  for (let j = g.succStart[i]!, end = g.succStart[i + 1]!; j < end; j++) limit = Math.min(limit, x.start[g.succ[j]!]!);
  return limit - x.finish[i]!;
}
