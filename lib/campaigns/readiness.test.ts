import { describe, expect, it } from "vitest";
import { computeReadiness, READINESS_WEIGHTS, type ApprovalProgress, type ReadinessInput } from "./readiness";

const complete: ReadinessInput = {
  startDate: "2027-01-04",
  launchDate: "2027-02-01",
  endDate: "2027-03-01",
  budgetCents: 100_000,
  goals: { leads: 100 },
  channels: ["email"],
};

const empty: ReadinessInput = { startDate: null, launchDate: null, endDate: null, budgetCents: null, goals: {}, channels: [] };

const plan = (input: ReadinessInput) => computeReadiness(input).components.find((c) => c.key === "plan")!;

describe("computeReadiness", () => {
  it("has weights that sum to 100", () => {
    expect(Object.values(READINESS_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("reports every weighted component, each with the weight from READINESS_WEIGHTS", () => {
    const r = computeReadiness(complete);
    expect(r.components.map((c) => c.key).sort()).toEqual(Object.keys(READINESS_WEIGHTS).sort());
    for (const c of r.components) expect(c.weight).toBe(READINESS_WEIGHTS[c.key]);
  });

  it("marks components without data as unavailable and leaves them out of the score", () => {
    const r = computeReadiness(complete);
    const unavailable = r.components.filter((c) => c.ratio === null);
    expect(unavailable.map((c) => c.key).sort()).toEqual(["approvals", "assignments", "milestones", "tasks"]);
    for (const c of unavailable) expect(c.detail).toMatch(/^Not measured/);
    expect(r.availableWeight).toBe(READINESS_WEIGHTS.plan);
  });

  it("scores 100 for a complete plan", () => {
    const r = computeReadiness(complete);
    expect(r.score).toBe(100);
    expect(plan(complete).ratio).toBe(1);
    expect(plan(complete).detail).toBe("Dates, budget, goals and channels are filled");
  });

  it("scores 0 for an empty plan and lists everything missing", () => {
    expect(computeReadiness(empty).score).toBe(0);
    expect(plan(empty).ratio).toBe(0);
    expect(plan(empty).detail).toBe("0 of 4 filled; missing dates, budget, goals, channels");
  });

  it("scores 50 for a half-filled plan and names the missing half", () => {
    const half = { ...complete, budgetCents: null, channels: [] };
    expect(computeReadiness(half).score).toBe(50);
    expect(plan(half).detail).toBe("2 of 4 filled; missing budget, channels");
  });

  it("needs all three dates for the dates item", () => {
    expect(plan({ ...complete, endDate: null }).detail).toContain("missing dates");
    expect(computeReadiness({ ...complete, startDate: null }).score).toBe(75);
  });

  it("counts a zero budget as filled but zero or absent goals as missing", () => {
    expect(plan({ ...complete, budgetCents: 0 }).ratio).toBe(1);
    expect(plan({ ...complete, goals: { leads: 0, clicks: undefined } }).detail).toContain("missing goals");
  });

  it("always returns a whole score between 0 and 100", () => {
    const fields: (keyof ReadinessInput)[] = ["startDate", "budgetCents", "goals", "channels"];
    for (let mask = 0; mask < 16; mask++) {
      const input = { ...complete };
      fields.forEach((f, i) => {
        if (mask & (1 << i)) (input as Record<string, unknown>)[f] = empty[f];
      });
      const { score } = computeReadiness(input);
      expect(Number.isInteger(score)).toBe(true);
      expect(score).toBe(100 - 25 * fields.filter((_, i) => mask & (1 << i)).length);
    }
  });
});

describe("work components", () => {
  const progress = {
    tasks: { count: 4, totalHours: 10, doneHours: 8, open: 2, openAssigned: 1 },
    milestones: { total: 4, onSchedule: 3 },
  };
  const find = (key: string) => computeReadiness({ ...complete, progress }).components.find((c) => c.key === key)!;

  it("weights task completion by estimate, not by count", () => {
    expect(find("tasks").ratio).toBe(0.8);
    expect(find("tasks").detail).toBe("8 h of 10 h estimated work done (2 of 4 tasks)");
  });

  it("measures assignment coverage over open tasks only", () => {
    expect(find("assignments").ratio).toBe(0.5);
    expect(find("assignments").detail).toBe("1 of 2 open tasks have an assignee");
    const allDone = computeReadiness({ ...complete, progress: { ...progress, tasks: { ...progress.tasks, open: 0, openAssigned: 0 } } });
    expect(allDone.components.find((c) => c.key === "assignments")!.ratio).toBe(1);
  });

  it("does not count open tasks held by assignees over capacity as covered, and names them", () => {
    const tasks = { count: 6, totalHours: 10, doneHours: 2, open: 4, openAssigned: 4, overCapacity: { openTasks: 3, names: ["Olga Overbooked"] } };
    const c = computeReadiness({ ...complete, progress: { ...progress, tasks } }).components.find((x) => x.key === "assignments")!;
    expect(c.ratio).toBe(0.25);
    expect(c.detail).toBe("4 of 4 open tasks have an assignee; 3 of them are with people over capacity (Olga Overbooked) and do not count");
  });

  it("counts milestones past their end with open work as off schedule", () => {
    expect(find("milestones").ratio).toBe(0.75);
    expect(find("milestones").detail).toBe("1 of 4 milestones past their end with work still open");
  });

  it("scores over the measurable weight: tasks 40·0.8 + assignments 15·0.5 + milestones 10·0.75 + plan 10", () => {
    const r = computeReadiness({ ...complete, progress });
    expect(r.availableWeight).toBe(75);
    expect(r.score).toBe(Math.round(((32 + 7.5 + 7.5 + 10) / 75) * 100));
  });

  it("leaves work components unmeasured for a campaign without tasks or milestones", () => {
    const r = computeReadiness({ ...complete, progress: { tasks: { count: 0, totalHours: 0, doneHours: 0, open: 0, openAssigned: 0 }, milestones: { total: 0, onSchedule: 0 } } });
    expect(r.components.filter((c) => c.ratio === null).map((c) => c.key).sort()).toEqual(["approvals", "assignments", "milestones", "tasks"]);
  });
});

describe("approval progress in readiness", () => {
  const withApprovals = (approvals: ApprovalProgress) =>
    computeReadiness({ ...complete, progress: { tasks: { count: 1, totalHours: 1, doneHours: 1, open: 0, openAssigned: 0 }, milestones: { total: 0, onSchedule: 0 }, approvals } })
      .components.find((x) => x.key === "approvals")!;

  it("is none before submission, all for campaigns approved by hand, and stages approved of planned in a workflow", () => {
    expect(withApprovals({ kind: "none" })).toMatchObject({ ratio: 0, detail: "Not submitted for approval yet" });
    expect(withApprovals({ kind: "by_hand" })).toMatchObject({ ratio: 1 });
    expect(withApprovals({ kind: "workflow", total: 4, approved: 1, approvedStages: ["Content"], waiting: "waiting for Compliance" }))
      .toMatchObject({ ratio: 0.25, weight: 25, detail: "1 of 4 stages approved (Content); waiting for Compliance" });
  });
});
