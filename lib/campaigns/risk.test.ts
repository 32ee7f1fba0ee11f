import { describe, expect, it } from "vitest";
import { computeRisk, type RiskInput } from "./risk";

const calm: RiskInput = {
  status: "planning", today: "2027-01-04", launchDate: "2027-06-01",
  overdue: { count: 0, titles: [] }, openTasks: 20, negativeSlack: [], readinessScore: 10,
};

const factor = (r: ReturnType<typeof computeRisk>, key: string) => r.factors.find((f) => f.key === key)!;

describe("computeRisk", () => {
  it("is low with what was checked when nothing is wrong, and lists what is not measured yet", () => {
    const r = computeRisk(calm);
    expect(r.level).toBe("low");
    expect(r.reasons).toEqual(["No overdue tasks, nothing on the critical path misses the launch, and readiness is on track."]);
    expect(factor(r, "readiness").detail).toContain("too early to call");
    expect(r.factors.filter((f) => f.level === null).map((f) => f.key)).toEqual(["approvals", "capacity"]);
  });

  it("rates overdue tasks medium for one or two and high from three, naming the first few", () => {
    expect(computeRisk({ ...calm, overdue: { count: 1, titles: ["Write copy"] } })).toMatchObject({ level: "medium", reasons: ['1 task is overdue: "Write copy"'] });
    const r = computeRisk({ ...calm, overdue: { count: 5, titles: ["A", "B", "C"] } });
    expect(r).toMatchObject({ level: "high", reasons: ['5 tasks are overdue: "A", "B", "C" and 2 more'] });
  });

  it("rates overdue tasks high when they are a fifth of the open work", () => {
    expect(computeRisk({ ...calm, openTasks: 8, overdue: { count: 2, titles: ["A", "B"] } }).level).toBe("high");
  });

  it("rates negative slack by how far the worst item misses the launch", () => {
    const medium = computeRisk({ ...calm, negativeSlack: [{ name: "QA", slackDays: -2 }, { name: "Send", slackDays: -1 }] });
    expect(medium).toMatchObject({ level: "medium", reasons: ["2 items cannot make the launch as planned: QA (2 working days short), Send (1 working day short)"] });
    expect(computeRisk({ ...calm, negativeSlack: [{ name: "QA", slackDays: -3 }] }).level).toBe("high");
  });

  it.each([
    ["2027-03-01", 70, "medium"], ["2027-03-01", 50, "high"], ["2027-03-01", 85, "low"],
    ["2027-01-20", 55, "medium"], ["2027-01-20", 30, "high"], ["2027-01-20", 60, "low"],
    ["2027-02-20", 30, "medium"], ["2027-02-20", 10, "high"], ["2027-02-20", 40, "low"],
    ["2027-03-10", 0, "low"],
  ] as const)("readiness with the launch on %s and score %i is %s risk", (launchDate, readinessScore, level) => {
    expect(computeRisk({ ...calm, today: launchDate === "2027-03-10" ? "2027-01-04" : shift(launchDate), launchDate, readinessScore }).level).toBe(level);
  });

  it("does not measure readiness without a launch date, nor once the campaign is live", () => {
    expect(factor(computeRisk({ ...calm, launchDate: null }), "readiness")).toMatchObject({ level: null, detail: "Not measured: the campaign has no launch date" });
    expect(computeRisk({ ...calm, status: "live", today: "2027-03-01", readinessScore: 0 }).level).toBe("low");
  });

  it("says when the launch date has passed", () => {
    const r = computeRisk({ ...calm, launchDate: "2027-03-01", today: "2027-03-03", readinessScore: 50 });
    expect(r).toMatchObject({ level: "high", reasons: ["Readiness is 50 with the launch date passed 2 days ago (expected at least 80)"] });
  });

  it("takes the highest level and orders reasons most serious first", () => {
    const r = computeRisk({ ...calm, overdue: { count: 1, titles: ["A"] }, negativeSlack: [{ name: "QA", slackDays: -4 }] });
    expect(r.level).toBe("high");
    expect(r.reasons[0]).toContain("QA");
    expect(r.reasons[1]).toContain("overdue");
  });

  it("rates assignees over capacity medium for one or two and high from three or at 150 %", () => {
    const person = (name: string, utilisation: number | null, workloadHours = 48) => ({
      name, weeksOver: 1, peak: { weekStart: "2027-01-11", workloadHours, capacityHours: 40, utilisation },
    });
    const none = computeRisk({ ...calm, overCapacity: [] });
    expect(factor(none, "capacity")).toMatchObject({ level: "low", detail: "No assignee is over capacity before the launch" });
    expect(none.reasons).toEqual(["No overdue tasks, nothing on the critical path misses the launch, readiness is on track, and no assignee is over capacity."]);
    const one = computeRisk({ ...calm, overCapacity: [person("Leo Chen", 1.2)] });
    expect(one).toMatchObject({ level: "medium", reasons: ["1 assignee is over capacity before the launch: Leo Chen (120 % in the week of 11 Jan: 48 of 40 h)"] });
    expect(computeRisk({ ...calm, overCapacity: [person("A", 1.6, 64)] }).level).toBe("high");
    expect(computeRisk({ ...calm, overCapacity: [person("A", null, 8)] }).reasons[0]).toContain("A (no capacity in the week of 11 Jan: 8 of 40 h)");
    const many = computeRisk({ ...calm, overCapacity: ["A", "B", "C", "D"].map((n) => person(n, 1.1)) });
    expect(many.level).toBe("high");
    expect(many.reasons[0]).toMatch(/^4 assignees are over capacity before the launch: A .*, B .*, C .* and 1 more$/);
    expect(factor(computeRisk({ ...calm, overCapacity: null }), "capacity").level).toBeNull();
  });

  it("carries no delivery risk for completed and cancelled campaigns", () => {
    expect(computeRisk({ ...calm, status: "completed", overdue: { count: 9, titles: ["A"] } })).toMatchObject({ level: "low", reasons: ["The campaign is completed: there is no delivery risk left."] });
  });
});

// today such that the launch is 5 (≤ 7), 16 (8–30) or 47 (31–60) days away, by the row under test
function shift(launchDate: string) {
  const days = { "2027-03-01": 5, "2027-01-20": 16, "2027-02-20": 47 }[launchDate]!;
  return new Date(Date.parse(`${launchDate}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

describe("computeRisk: approvals past their deadline", () => {
  const due = new Date("2027-01-03T12:00:00Z");
  it("is low with none, medium with one, high with an escalated one or two", () => {
    expect(factor(computeRisk({ ...calm, overdueApprovals: [] }), "approvals").level).toBe("low");
    const one = computeRisk({ ...calm, overdueApprovals: [{ stage: "Compliance", deadline: due, escalated: false }] });
    expect(one.level).toBe("medium");
    expect(factor(one, "approvals").detail).toBe("1 approval is past the deadline: Compliance (due 2027-01-03 12:00 UTC)");
    expect(computeRisk({ ...calm, overdueApprovals: [{ stage: "Final", deadline: due, escalated: true }] }).level).toBe("high");
    const two = [{ stage: "Content", deadline: due, escalated: false }, { stage: "Final", deadline: due, escalated: false }];
    expect(computeRisk({ ...calm, overdueApprovals: two }).level).toBe("high");
  });
});
