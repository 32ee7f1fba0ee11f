/**
 * Dependency graphs over string ids (milestones, tasks). An edge { from, to } means `to` cannot
 * start until `from` finishes. Everything runs in O(V + E) on compact arrays (CSR adjacency), with
 * ties broken by input order so results are deterministic.
 */

export type Edge = { from: string; to: string };

/** A dependency cycle, named in edge direction with the first id repeated at the end: [a, b, c, a]. */
export class CycleError extends Error {
  readonly cycle: string[];
  constructor(cycle: string[], label: (id: string) => string = (id) => id) {
    super(`Dependency cycle: ${cycle.map(label).join(" → ")}`);
    this.name = "CycleError";
    this.cycle = cycle;
  }
}

/** A graph compiled to positions 0..n-1 (the order of `ids`), successors and predecessors in CSR form. */
export type IndexedGraph = {
  ids: readonly string[];
  index: ReadonlyMap<string, number>;
  /** successors of i: succ[succStart[i] .. succStart[i + 1]) */
  succStart: Int32Array;
  succ: Int32Array;
  /** predecessors of i: pred[predStart[i] .. predStart[i + 1]) */
  predStart: Int32Array;
  pred: Int32Array;
};

/** Compiles ids and edges; throws on a duplicate id or an edge naming an unknown id. */
export function indexGraph(ids: readonly string[], edges: readonly Edge[]): IndexedGraph {
  const n = ids.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    index.set(ids[i]!, i);
    if (index.size === i) throw new Error(`Duplicate id ${JSON.stringify(ids[i])} in the dependency graph`);
  }
  const m = edges.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const outDeg = new Int32Array(n + 1);
  const inDeg = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const edge = edges[e]!;
    const f = index.get(edge.from);
    const t = index.get(edge.to);
    if (f === undefined || t === undefined) {
      const unknown = f === undefined ? edge.from : edge.to;
      throw new Error(`Dependency ${JSON.stringify(edge.from)} → ${JSON.stringify(edge.to)} refers to unknown id ${JSON.stringify(unknown)}`);
    }
    from[e] = f;
    to[e] = t;
    outDeg[f + 1]!++;
    inDeg[t + 1]!++;
  }
  for (let i = 0; i < n; i++) {
    outDeg[i + 1]! += outDeg[i]!;
    inDeg[i + 1]! += inDeg[i]!;
  }
  const succ = new Int32Array(m);
  const pred = new Int32Array(m);
  const sFill = outDeg.slice(0, n);
  const pFill = inDeg.slice(0, n);
  for (let e = 0; e < m; e++) {
    succ[sFill[from[e]!]!++] = to[e]!;
    pred[pFill[to[e]!]!++] = from[e]!;
  }
  return { ids, index, succStart: outDeg, succ, predStart: inDeg, pred };
}

/** Kahn's algorithm on positions; null when the graph has a cycle. Sources are taken in input order. */
export function kahnOrder(g: IndexedGraph): Int32Array | null {
  const n = g.ids.length;
  const remaining = new Int32Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    remaining[i] = g.predStart[i + 1]! - g.predStart[i]!;
    if (remaining[i] === 0) queue[tail++] = i;
  }
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    for (let k = g.succStart[u]!, end = g.succStart[u + 1]!; k < end; k++) {
      const v = g.succ[k]!;
      if (--remaining[v]! === 0) queue[tail++] = v;
    }
  }
  return tail === n ? queue : null;
}

/** Some cycle as positions [v, …, u, v] (iterative DFS, so deep graphs cannot overflow the stack), or null. */
export function findCycleIndexed(g: IndexedGraph): number[] | null {
  const n = g.ids.length;
  const state = new Uint8Array(n); // 0 unvisited, 1 on the DFS path, 2 finished
  const next = new Int32Array(n); // per node: the next successor slot to explore
  const stack = new Int32Array(n);
  const depth = new Int32Array(n); // position of a node on the current path
  for (let root = 0; root < n; root++) {
    if (state[root] !== 0) continue;
    let top = 0;
    stack[0] = root;
    depth[root] = 0;
    state[root] = 1;
    next[root] = g.succStart[root]!;
    while (top >= 0) {
      const u = stack[top]!;
      if (next[u]! < g.succStart[u + 1]!) {
        const v = g.succ[next[u]!++]!;
        if (state[v] === 1) {
          const cycle = Array.from(stack.subarray(depth[v]!, top + 1));
          cycle.push(v);
          return cycle;
        }
        if (state[v] === 0) {
          state[v] = 1;
          next[v] = g.succStart[v]!;
          stack[++top] = v;
          depth[v] = top;
        }
      } else {
        state[u] = 2;
        top--;
      }
    }
  }
  return null;
}

/** Positions reachable from `start` (excluded unless on a cycle through it), following successors or predecessors. */
export function reachableFrom(g: IndexedGraph, start: number, direction: "successors" | "predecessors"): Uint8Array {
  const [startArr, adj] = direction === "successors" ? [g.succStart, g.succ] : [g.predStart, g.pred];
  const seen = new Uint8Array(g.ids.length);
  const queue = new Int32Array(g.ids.length);
  let tail = 0;
  queue[tail++] = start;
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    for (let k = startArr[u]!, end = startArr[u + 1]!; k < end; k++) {
      const v = adj[k]!;
      if (!seen[v]) {
        seen[v] = 1;
        queue[tail++] = v;
      }
    }
  }
  return seen;
}

/** Ids in an order where every edge goes forward (Kahn). Throws CycleError naming a cycle otherwise. */
export function topologicalOrder(ids: readonly string[], edges: readonly Edge[]): string[] {
  const g = indexGraph(ids, edges);
  const order = kahnOrder(g);
  if (!order) throw new CycleError(findCycleIndexed(g)!.map((i) => g.ids[i]!));
  return Array.from(order, (i) => g.ids[i]!);
}

/** A cycle as ids in edge direction with the first repeated at the end ([a, b, c, a]), or null for a DAG. */
export function findCycle(ids: readonly string[], edges: readonly Edge[]): string[] | null {
  const g = indexGraph(ids, edges);
  const cycle = findCycleIndexed(g);
  return cycle && cycle.map((i) => g.ids[i]!);
}

/**
 * The cycle that adding `newEdge` would close, as [from, to, …, from] along the shortest existing
 * path back from `to` to `from`; null when the edge is safe. A self-dependency gives [a, a].
 * Cycles already in `edges` that do not pass through the new edge are not this function's concern.
 */
export function wouldCreateCycle(ids: readonly string[], edges: readonly Edge[], newEdge: Edge): string[] | null {
  const g = indexGraph(ids, edges);
  const from = g.index.get(newEdge.from);
  const to = g.index.get(newEdge.to);
  if (from === undefined || to === undefined) {
    const unknown = from === undefined ? newEdge.from : newEdge.to;
    throw new Error(`Dependency ${JSON.stringify(newEdge.from)} → ${JSON.stringify(newEdge.to)} refers to unknown id ${JSON.stringify(unknown)}`);
  }
  if (from === to) return [newEdge.from, newEdge.from];
  // breadth-first from `to`: the shortest way back to `from` names the smallest cycle
  const parent = new Int32Array(g.ids.length).fill(-1);
  const queue = new Int32Array(g.ids.length);
  let tail = 0;
  queue[tail++] = to;
  parent[to] = to;
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    for (let k = g.succStart[u]!, end = g.succStart[u + 1]!; k < end; k++) {
      const v = g.succ[k]!;
      if (parent[v] !== -1) continue;
      parent[v] = u;
      if (v === from) {
        const path: string[] = [];
        for (let x = from; x !== to; x = parent[x]!) path.push(g.ids[x]!);
        path.push(g.ids[to]!);
        path.reverse(); // to … from
        return [newEdge.from, ...path];
      }
      queue[tail++] = v;
    }
  }
  return null;
}
