/**
 * Milestones around a launch, in working-day slots (see axis.ts).
 *
 * Every milestone falls in one of three groups relative to the launch milestone L:
 * - after launch: depends on L, directly or transitively (e.g. the retrospective);
 * - L itself;
 * - before launch: everything else — what L depends on and milestones unrelated to L, which
 *   must still finish before the launch.
 *
 * Placement rules (durations are never compressed; buffer sits right after its milestone):
 * - L starts on the launch slot.
 * - Before-launch milestones are placed As Late As Possible: each finishes, plus its buffer,
 *   before the earliest start among its before-launch dependants and L.
 * - After-launch milestones are placed As Soon As Possible: each starts once every
 *   predecessor has finished and its buffer has passed.
 */
import { CycleError, findCycleIndexed, indexGraph, kahnOrder, reachableFrom, type Edge, type IndexedGraph } from "./graph";

export type MilestoneLinks = { key: string; dependsOn: readonly string[] };

export type MilestoneGraph = {
  graph: IndexedGraph;
  /** positions in dependency order */
  order: Int32Array;
  launch: number;
  /** 1 for milestones that depend on the launch, directly or transitively */
  afterLaunch: Uint8Array;
};

/** Compiles milestone dependencies; throws on a duplicate key, an unknown dependency, a missing launch key or a cycle. */
export function milestoneGraph(milestones: readonly MilestoneLinks[], launchKey: string): MilestoneGraph {
  const keys = new Set<string>();
  for (const m of milestones) {
    if (keys.has(m.key)) throw new Error(`Duplicate milestone key ${JSON.stringify(m.key)}`);
    keys.add(m.key);
  }
  const edges: Edge[] = [];
  for (const m of milestones) {
    for (const dep of m.dependsOn) {
      if (!keys.has(dep)) throw new Error(`Milestone ${JSON.stringify(m.key)} depends on unknown milestone ${JSON.stringify(dep)}`);
      edges.push({ from: dep, to: m.key });
    }
  }
  const graph = indexGraph(
    milestones.map((m) => m.key),
    edges,
  );
  const launch = graph.index.get(launchKey);
  if (launch === undefined) throw new Error(`Launch milestone ${JSON.stringify(launchKey)} is not one of the milestones`);
  const order = kahnOrder(graph);
  if (!order) throw new CycleError(findCycleIndexed(graph)!.map((i) => graph.ids[i]!));
  return { graph, order, launch, afterLaunch: reachableFrom(graph, launch, "successors") };
}

/** Slot placement: milestone i occupies [start[i], finish[i]), finish = start + duration. */
export type Placement = { start: number[]; finish: number[] };

/** Places every milestone around the launch slot by the rules above. */
export function placeAroundLaunch(mg: MilestoneGraph, launchSlot: number, duration: ArrayLike<number>, buffer: ArrayLike<number>): Placement {
  const { graph: g, order, launch, afterLaunch } = mg;
  const n = g.ids.length;
  const start = new Array<number>(n).fill(0);
  const finish = new Array<number>(n).fill(0);
  start[launch] = launchSlot;
  finish[launch] = launchSlot + duration[launch]!;

  for (let k = n - 1; k >= 0; k--) {
    const i = order[k]!;
    if (i === launch || afterLaunch[i]) continue;
    // dependants come later in the order, so before-launch ones are already placed
    let latest = launchSlot;
    for (let j = g.succStart[i]!, end = g.succStart[i + 1]!; j < end; j++) {
      const c = g.succ[j]!;
      if (!afterLaunch[c] && start[c]! < latest) latest = start[c]!;
    }
    finish[i] = latest - buffer[i]!;
    start[i] = finish[i]! - duration[i]!;
  }

  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    if (!afterLaunch[i]) continue;
    let earliest = -Infinity;
    for (let j = g.predStart[i]!, end = g.predStart[i + 1]!; j < end; j++) {
      const p = g.pred[j]!;
      earliest = Math.max(earliest, finish[p]! + buffer[p]!);
    }
    start[i] = earliest;
    finish[i] = earliest + duration[i]!;
  }
  return { start, finish };
}
