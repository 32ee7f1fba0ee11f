/**
 * CPM benchmark (issue 3): critical path over 10,000 tasks with 20,000 dependencies, target < 50 ms.
 *
 *   npx tsx lib/timeline/bench/cpm-bench.ts
 *   npx tsx lib/timeline/bench/cpm-bench.ts --tasks 10000 --deps 20000 --runs 50 --seed 42
 *
 * Two graph shapes from a fixed seed: "random" (each dependency joins two random tasks, earlier
 * rank → later rank) and "deep" (each task depends on one of the few before it, so the critical
 * path runs thousands of tasks long). Ids are shuffled so the input is not already in order.
 * Each case runs 10 warm-up calls, then --runs timed calls; p50/p95/max in milliseconds.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { criticalPathMethod, type CpmNode } from "../cpm";
import { findCycle, topologicalOrder, wouldCreateCycle, type Edge } from "../graph";

const { values: args } = parseArgs({
  options: {
    tasks: { type: "string", default: "10000" },
    deps: { type: "string", default: "20000" },
    runs: { type: "string", default: "50" },
    seed: { type: "string", default: "42" },
  },
});
const TASKS = Number(args.tasks);
const DEPS = Number(args.deps);
const RUNS = Number(args.runs);
const TARGET_MS = 50;
if (![TASKS, DEPS, RUNS].every((n) => Number.isInteger(n) && n > 0) || RUNS < 30 || TASKS < 2) {
  console.error("Usage: npx tsx lib/timeline/bench/cpm-bench.ts [--tasks 10000] [--deps 20000] [--runs ≥30] [--seed 42]");
  process.exit(2);
}

/** mulberry32: small, fast and deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Graph = { nodes: CpmNode[]; edges: Edge[]; ids: string[] };

function buildGraph(shape: "random" | "deep", seed: number): Graph {
  const rand = rng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const ids = Array.from({ length: TASKS }, (_, i) => `task-${String(i).padStart(5, "0")}`);
  const seen = new Set<number>();
  const edges: Edge[] = [];
  while (edges.length < DEPS) {
    let a: number;
    let b: number;
    if (shape === "random") {
      a = int(TASKS);
      b = int(TASKS);
    } else {
      b = 1 + int(TASKS - 1);
      a = Math.max(0, b - 1 - int(4));
    }
    if (a === b) continue;
    const [from, to] = a < b ? [a, b] : [b, a];
    if (seen.has(from * TASKS + to)) continue;
    seen.add(from * TASKS + to);
    edges.push({ from: ids[from]!, to: ids[to]! });
  }
  // shuffle the node list so it is not already topologically sorted
  const order = [...ids];
  for (let i = order.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return { nodes: order.map((id) => ({ id, duration: 1 + int(10) })), edges, ids: order };
}

function time(fn: () => unknown): { p50: number; p95: number; max: number } {
  for (let i = 0; i < 10; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((x, y) => x - y);
  const pick = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!;
  return { p50: pick(0.5), p95: pick(0.95), max: samples[samples.length - 1]! };
}

const rows: Record<string, string | number>[] = [];
let failed = false;
for (const shape of ["random", "deep"] as const) {
  const g = buildGraph(shape, Number(args.seed));
  const cpm = criticalPathMethod(g);
  // a dependency from the last task of the critical path back to its first closes a long cycle
  const back: Edge = { from: cpm.criticalPath.at(-1)!, to: cpm.criticalPath[0]! };
  const cyclic = [...g.edges, back];
  const cases: [string, () => unknown, boolean][] = [
    ["criticalPathMethod", () => criticalPathMethod(g), true],
    ["topologicalOrder", () => topologicalOrder(g.ids, g.edges), false],
    ["findCycle (acyclic)", () => findCycle(g.ids, g.edges), false],
    ["findCycle (one cycle)", () => findCycle(g.ids, cyclic), false],
    ["wouldCreateCycle", () => wouldCreateCycle(g.ids, g.edges, back), false],
  ];
  for (const [name, fn, gated] of cases) {
    const t = time(fn);
    const pass = t.p95 < TARGET_MS;
    if (gated && !pass) failed = true;
    rows.push({
      graph: shape,
      case: name,
      "p50 ms": t.p50.toFixed(2),
      "p95 ms": t.p95.toFixed(2),
      "max ms": t.max.toFixed(2),
      [`< ${TARGET_MS} ms`]: pass ? "yes" : "NO",
    });
  }
  console.log(
    `${shape}: ${TASKS.toLocaleString("en")} tasks, ${g.edges.length.toLocaleString("en")} dependencies; project ${cpm.duration} working days, ` +
      `critical path ${cpm.criticalPath.length} tasks, ${[...cpm.nodes.values()].filter((t) => t.critical).length} critical; cycle closed by the back edge: ${findCycle(g.ids, cyclic)!.length - 1} tasks`,
  );
}
console.log(`\n${RUNS} timed runs per case after 10 warm-up runs; node ${process.version}\n`);
console.table(rows);
if (failed) {
  console.error(`\nCPM p95 is over the ${TARGET_MS} ms target`);
  process.exit(1);
}
