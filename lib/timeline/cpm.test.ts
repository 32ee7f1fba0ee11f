import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criticalPathMethod, type CpmInput } from "./cpm";
import { CycleError, type Edge } from "./graph";

const e = (from: string, to: string): Edge => ({ from, to });

/** Random DAGs with durations 0..10; ids shuffled so the input order is not topological. */
const anyProject = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc.record({
    nodes: fc
      .tuple(
        fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: n, maxLength: n }),
      )
      .map(([order, durations]) => order.map((i) => ({ id: `t${i}`, duration: durations[i]! }))),
    edges: fc
      .array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n })
      .map((pairs) => pairs.filter(([a, b]) => a !== b).map(([a, b]) => e(`t${Math.min(a, b)}`, `t${Math.max(a, b)}`))),
  }),
);

/** Longest path by plain recursion: the reference the fast passes must match. */
function longestPath({ nodes, edges }: CpmInput): number {
  const dur = new Map(nodes.map((n) => [n.id, n.duration]));
  const memo = new Map<string, number>();
  const finish = (id: string): number => {
    if (!memo.has(id)) {
      const preds = edges.filter((x) => x.to === id).map((x) => finish(x.from));
      memo.set(id, Math.max(0, ...preds) + dur.get(id)!);
    }
    return memo.get(id)!;
  };
  return Math.max(0, ...nodes.map((n) => finish(n.id)));
}

const isEdge = (edges: readonly Edge[], from: string, to: string) => edges.some((x) => x.from === from && x.to === to);

describe("criticalPathMethod: worked example", () => {
  // brief 3 → copy 2 → qa 2 and brief → design 4 → qa: design is on the critical path, copy has 2 days of slack
  const project: CpmInput = {
    nodes: [
      { id: "qa", duration: 2 },
      { id: "copy", duration: 2 },
      { id: "brief", duration: 3 },
      { id: "design", duration: 4 },
    ],
    edges: [e("brief", "copy"), e("brief", "design"), e("copy", "qa"), e("design", "qa")],
  };

  it("computes earliest and latest start and finish, slack and criticality", () => {
    const r = criticalPathMethod(project);
    expect(r.duration).toBe(9);
    expect(Object.fromEntries(r.nodes)).toEqual({
      brief: { es: 0, ef: 3, ls: 0, lf: 3, slack: 0, critical: true },
      copy: { es: 3, ef: 5, ls: 5, lf: 7, slack: 2, critical: false },
      design: { es: 3, ef: 7, ls: 3, lf: 7, slack: 0, critical: true },
      qa: { es: 7, ef: 9, ls: 7, lf: 9, slack: 0, critical: true },
    });
    expect(r.criticalPath).toEqual(["brief", "design", "qa"]);
    expect(r.order).toEqual(["brief", "copy", "design", "qa"]);
  });

  it("gives every item negative slack on the longest chain when the deadline is too early", () => {
    const r = criticalPathMethod({ ...project, deadline: 7 });
    expect(r.nodes.get("design")).toMatchObject({ ls: 1, lf: 5, slack: -2, critical: true });
    expect(r.nodes.get("copy")).toMatchObject({ slack: 0, critical: true });
    expect(r.duration).toBe(9);
  });

  it("leaves nothing critical when the deadline is later than the project, but still names the longest chain", () => {
    const r = criticalPathMethod({ ...project, deadline: 12 });
    expect([...r.nodes.values()].some((t) => t.critical)).toBe(false);
    expect(r.nodes.get("design")!.slack).toBe(3);
    expect(r.criticalPath).toEqual(["brief", "design", "qa"]);
  });

  it("handles an empty project", () => {
    expect(criticalPathMethod({ nodes: [], edges: [] })).toEqual({ duration: 0, nodes: new Map(), criticalPath: [], order: [] });
  });

  it("treats a zero-duration checkpoint as taking no time", () => {
    const r = criticalPathMethod({
      nodes: [
        { id: "sign-off", duration: 0 },
        { id: "build", duration: 5 },
        { id: "ship", duration: 1 },
      ],
      edges: [e("build", "sign-off"), e("sign-off", "ship")],
    });
    expect(r.nodes.get("sign-off")).toMatchObject({ es: 5, ef: 5, slack: 0, critical: true });
    expect(r.criticalPath).toEqual(["build", "sign-off", "ship"]);
    expect(r.duration).toBe(6);
  });

  it("runs independent items in parallel", () => {
    const r = criticalPathMethod({ nodes: [{ id: "a", duration: 2 }, { id: "b", duration: 5 }], edges: [] });
    expect(r.duration).toBe(5);
    expect(r.nodes.get("a")).toMatchObject({ es: 0, slack: 3 });
    expect(r.criticalPath).toEqual(["b"]);
  });
});

describe("criticalPathMethod: bad input", () => {
  it("throws a CycleError naming the cycle", () => {
    expect(() =>
      criticalPathMethod({ nodes: [{ id: "a", duration: 1 }, { id: "b", duration: 1 }], edges: [e("a", "b"), e("b", "a")] }),
    ).toThrow(new CycleError(["a", "b", "a"]));
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects the duration %s", (duration) => {
    expect(() => criticalPathMethod({ nodes: [{ id: "a", duration }], edges: [] })).toThrow(/Duration of "a" must be a whole number/);
  });

  it("rejects a fractional deadline and an edge to an unknown item", () => {
    expect(() => criticalPathMethod({ nodes: [{ id: "a", duration: 1 }], edges: [], deadline: 2.5 })).toThrow(RangeError);
    expect(() => criticalPathMethod({ nodes: [{ id: "a", duration: 1 }], edges: [e("a", "z")] })).toThrow(/unknown id "z"/);
  });
});

describe("criticalPathMethod: properties on random DAGs", () => {
  it("makes the project as long as the longest chain, and the critical path that long", () => {
    fc.assert(
      fc.property(anyProject, (p) => {
        const r = criticalPathMethod(p);
        const dur = new Map(p.nodes.map((n) => [n.id, n.duration]));
        expect(r.duration).toBe(longestPath(p));
        expect(r.criticalPath.reduce((sum, id) => sum + dur.get(id)!, 0)).toBe(r.duration);
      }),
    );
  });

  it("never gives negative slack without a deadline, and some item has none", () => {
    fc.assert(
      fc.property(anyProject, (p) => {
        const slacks = [...criticalPathMethod(p).nodes.values()].map((t) => t.slack);
        expect(Math.min(...slacks)).toBe(0);
      }),
    );
  });

  it("builds the critical path from real dependencies between critical items", () => {
    fc.assert(
      fc.property(anyProject, (p) => {
        const r = criticalPathMethod(p);
        expect(r.criticalPath.length).toBeGreaterThan(0);
        expect(r.nodes.get(r.criticalPath[0]!)!.es).toBe(0);
        expect(r.nodes.get(r.criticalPath.at(-1)!)!.ef).toBe(r.duration);
        for (const id of r.criticalPath) expect(r.nodes.get(id)!.critical).toBe(true);
        for (let k = 0; k + 1 < r.criticalPath.length; k++) {
          expect(isEdge(p.edges, r.criticalPath[k]!, r.criticalPath[k + 1]!)).toBe(true);
          expect(r.nodes.get(r.criticalPath[k + 1]!)!.es).toBe(r.nodes.get(r.criticalPath[k]!)!.ef);
        }
      }),
    );
  });

  it("starts nothing before its predecessors finish and finishes nothing after its successors must start", () => {
    fc.assert(
      fc.property(anyProject, fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }), (p, deadline) => {
        const r = criticalPathMethod({ ...p, deadline });
        const dur = new Map(p.nodes.map((n) => [n.id, n.duration]));
        for (const { from, to } of p.edges) {
          expect(r.nodes.get(to)!.es).toBeGreaterThanOrEqual(r.nodes.get(from)!.ef);
          expect(r.nodes.get(from)!.lf).toBeLessThanOrEqual(r.nodes.get(to)!.ls);
        }
        for (const [id, t] of r.nodes) {
          expect(t.ef - t.es).toBe(dur.get(id));
          expect(t.lf - t.ls).toBe(dur.get(id));
          expect(t.lf).toBeLessThanOrEqual(deadline ?? r.duration);
          expect(t.slack).toBe(t.ls - t.es);
          expect(t.critical).toBe(t.slack <= 0);
        }
        expect(new Set(r.order).size).toBe(p.nodes.length);
      }),
    );
  });

  it("gives a minimum slack of deadline − duration, shared by the whole critical path", () => {
    fc.assert(
      fc.property(anyProject, fc.integer({ min: -30, max: 30 }), (p, offset) => {
        const base = criticalPathMethod(p).duration;
        const deadline = Math.max(0, base + offset);
        const r = criticalPathMethod({ ...p, deadline });
        const slacks = [...r.nodes.values()].map((t) => t.slack);
        expect(Math.min(...slacks)).toBe(deadline - base);
        for (const id of r.criticalPath) expect(r.nodes.get(id)!.slack).toBe(deadline - base);
        if (deadline < base) for (const id of r.criticalPath) expect(r.nodes.get(id)!.critical).toBe(true);
      }),
    );
  });
});

describe("criticalPathMethod: scale", () => {
  it("handles 10,000 items and 20,000 dependencies, including a chain 10,000 deep", () => {
    const n = 10_000;
    const nodes = Array.from({ length: n }, (_, i) => ({ id: `task-${i}`, duration: (i % 7) + 1 }));
    const edges: Edge[] = [];
    for (let i = 1; i < n; i++) edges.push(e(`task-${i - 1}`, `task-${i}`));
    for (let i = 0; edges.length < 2 * n; i++) edges.push(e(`task-${i % (n - 50)}`, `task-${(i % (n - 50)) + 7 + (i % 43)}`));
    const r = criticalPathMethod({ nodes: [...nodes].reverse(), edges });
    expect(r.criticalPath).toHaveLength(n);
    expect(r.duration).toBe(nodes.reduce((s, x) => s + x.duration, 0));
  });
});
