import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CycleError, findCycle, reachableFrom, indexGraph, topologicalOrder, wouldCreateCycle, type Edge } from "./graph";

const e = (from: string, to: string): Edge => ({ from, to });

/** Random directed graphs (cycles allowed) over ids n0..n(k-1). */
const anyGraph = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.record({
    ids: fc.constant(Array.from({ length: n }, (_, i) => `n${i}`)),
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)).map(([a, b]) => e(`n${a}`, `n${b}`)), { maxLength: 3 * n }),
  }),
);

/** Random DAGs: edges go from a lower to a higher rank, ids shuffled so input order is not topological. */
const anyDag = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.record({
    ids: fc.shuffledSubarray(Array.from({ length: n }, (_, i) => `n${i}`), { minLength: n, maxLength: n }),
    edges: fc
      .array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n })
      .map((pairs) => pairs.filter(([a, b]) => a !== b).map(([a, b]) => e(`n${Math.min(a, b)}`, `n${Math.max(a, b)}`))),
  }),
);

function expectValidCycle(cycle: string[], edges: readonly Edge[]) {
  expect(cycle.length).toBeGreaterThanOrEqual(2);
  expect(cycle[0]).toBe(cycle[cycle.length - 1]);
  expect(new Set(cycle.slice(0, -1)).size).toBe(cycle.length - 1);
  for (let k = 0; k + 1 < cycle.length; k++) {
    expect(edges.some((x) => x.from === cycle[k] && x.to === cycle[k + 1])).toBe(true);
  }
}

describe("topologicalOrder", () => {
  it("puts every dependency before its dependant", () => {
    const order = topologicalOrder(["qa", "brief", "copy", "design"], [e("brief", "copy"), e("brief", "design"), e("copy", "qa"), e("design", "qa")]);
    expect(order).toEqual(["brief", "copy", "design", "qa"]);
  });

  it("keeps the input order among independent items", () => {
    expect(topologicalOrder(["c", "a", "b"], [])).toEqual(["c", "a", "b"]);
  });

  it("orders any DAG so that every edge goes forward", () => {
    fc.assert(
      fc.property(anyDag, ({ ids, edges }) => {
        const order = topologicalOrder(ids, edges);
        const pos = new Map(order.map((id, i) => [id, i]));
        expect([...order].sort()).toEqual([...ids].sort());
        for (const x of edges) expect(pos.get(x.from)!).toBeLessThan(pos.get(x.to)!);
      }),
    );
  });

  it("throws a CycleError naming the cycle", () => {
    const err = (() => {
      try {
        topologicalOrder(["a", "b", "c", "d"], [e("d", "a"), e("a", "b"), e("b", "c"), e("c", "a")]);
      } catch (x) {
        return x;
      }
    })();
    expect(err).toBeInstanceOf(CycleError);
    expect((err as CycleError).cycle).toEqual(["a", "b", "c", "a"]);
    expect((err as CycleError).message).toBe("Dependency cycle: a → b → c → a");
  });

  it("rejects an edge that names an unknown id, and duplicate ids", () => {
    expect(() => topologicalOrder(["a"], [e("a", "ghost")])).toThrow('Dependency "a" → "ghost" refers to unknown id "ghost"');
    expect(() => topologicalOrder(["a", "a"], [])).toThrow(/Duplicate id "a"/);
  });

  it("handles a 50,000-long chain without overflowing the stack", () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `t${i}`);
    const edges = ids.slice(1).map((id, i) => e(ids[i]!, id));
    expect(topologicalOrder([...ids].reverse(), edges)[0]).toBe("t0");
    expect(findCycle(ids, edges)).toBeNull();
    expect(findCycle(ids, [...edges, e("t49999", "t0")])).toHaveLength(50_001);
  });
});

describe("findCycle", () => {
  it("returns null for a DAG", () => {
    expect(findCycle(["a", "b", "c"], [e("a", "b"), e("a", "c"), e("b", "c")])).toBeNull();
  });

  it("names a self-dependency as [a, a]", () => {
    expect(findCycle(["a", "b"], [e("a", "b"), e("b", "b")])).toEqual(["b", "b"]);
  });

  it("names a two-item cycle in edge direction", () => {
    expect(findCycle(["x", "y"], [e("y", "x"), e("x", "y")])).toEqual(["x", "y", "x"]);
  });

  it("finds a cycle exactly when there is no topological order, and the cycle is made of real edges", () => {
    fc.assert(
      fc.property(anyGraph, ({ ids, edges }) => {
        const cycle = findCycle(ids, edges);
        let sorted = true;
        try {
          topologicalOrder(ids, edges);
        } catch (x) {
          expect(x).toBeInstanceOf(CycleError);
          expectValidCycle((x as CycleError).cycle, edges);
          sorted = false;
        }
        expect(cycle === null).toBe(sorted);
        if (cycle) expectValidCycle(cycle, edges);
      }),
    );
  });

  it("lets the caller label the ids in the message", () => {
    const names: Record<string, string> = { a: "Write copy", b: "Review copy" };
    expect(new CycleError(["a", "b", "a"], (id) => names[id] ?? id).message).toBe("Dependency cycle: Write copy → Review copy → Write copy");
  });
});

describe("wouldCreateCycle", () => {
  const ids = ["brief", "copy", "design", "qa"];
  const edges = [e("brief", "copy"), e("copy", "design"), e("design", "qa")];

  it("names the cycle a new dependency would close, starting with the new edge", () => {
    expect(wouldCreateCycle(ids, edges, e("qa", "brief"))).toEqual(["qa", "brief", "copy", "design", "qa"]);
    expect(wouldCreateCycle(ids, edges, e("design", "copy"))).toEqual(["design", "copy", "design"]);
  });

  it("names the shortest way round when there are several", () => {
    expect(wouldCreateCycle(ids, [...edges, e("brief", "qa")], e("qa", "brief"))).toEqual(["qa", "brief", "qa"]);
  });

  it("accepts a dependency that keeps the graph acyclic, even a redundant one", () => {
    expect(wouldCreateCycle(ids, edges, e("brief", "qa"))).toBeNull();
    expect(wouldCreateCycle(ids, edges, e("brief", "copy"))).toBeNull();
  });

  it("rejects a dependency on itself", () => {
    expect(wouldCreateCycle(ids, edges, e("qa", "qa"))).toEqual(["qa", "qa"]);
  });

  it("rejects a new edge naming an unknown id", () => {
    expect(() => wouldCreateCycle(ids, edges, e("qa", "launch"))).toThrow(/unknown id "launch"/);
  });

  it("leaves the caller's edges untouched", () => {
    const copy = edges.map((x) => ({ ...x }));
    wouldCreateCycle(ids, edges, e("qa", "brief"));
    expect(edges).toEqual(copy);
  });

  it("agrees with findCycle on the graph with the new edge added", () => {
    fc.assert(
      fc.property(anyDag, fc.nat(), fc.nat(), ({ ids, edges }, a, b) => {
        const extra = e(ids[a % ids.length]!, ids[b % ids.length]!);
        const cycle = wouldCreateCycle(ids, edges, extra);
        const all = [...edges, extra];
        expect(cycle === null).toBe(findCycle(ids, all) === null);
        if (cycle) {
          expectValidCycle(cycle, all);
          expect([cycle[0], cycle[1]]).toEqual([extra.from, extra.to]);
        }
      }),
    );
  });
});

describe("reachableFrom", () => {
  it("marks everything downstream or upstream of an item, not the item itself", () => {
    const g = indexGraph(["a", "b", "c", "d"], [e("a", "b"), e("b", "c")]);
    expect(Array.from(reachableFrom(g, 0, "successors"))).toEqual([0, 1, 1, 0]);
    expect(Array.from(reachableFrom(g, 2, "predecessors"))).toEqual([1, 1, 0, 0]);
  });
});
