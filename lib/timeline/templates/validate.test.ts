import { describe, expect, it } from "vitest";
import { campaignTypes } from "@/db/schema/values";
import { productLaunch, shippedTemplates, type TimelineTemplateData } from "./data";
import { templateSpan } from "./span";
import { findCycles, templateProblems } from "./validate";

function brokenCopy(change: (t: TimelineTemplateData) => void): TimelineTemplateData {
  const copy = structuredClone(productLaunch);
  change(copy);
  return copy;
}

const milestone = (t: TimelineTemplateData, key: string) => t.milestones.find((m) => m.key === key)!;

/** Keys reachable by following dependencies (predecessors) or dependants (successors). */
function reachable(t: TimelineTemplateData, from: string, direction: "predecessors" | "successors") {
  const next = (key: string) => direction === "predecessors"
    ? milestone(t, key).dependsOn
    : t.milestones.filter((m) => m.dependsOn.includes(key)).map((m) => m.key);
  const seen = new Set<string>();
  const stack = [...next(from)];
  while (stack.length) {
    const k = stack.pop()!;
    if (!seen.has(k)) { seen.add(k); stack.push(...next(k)); }
  }
  return seen;
}

describe("shipped templates", () => {
  it.each(campaignTypes)("the %s template has no problems", (type) => {
    const t = shippedTemplates[type];
    expect(t.campaignType).toBe(type);
    expect(templateProblems(t)).toEqual([]);
  });

  it.each(campaignTypes)("the %s template has 6–10 milestones with 2–5 tasks each, all leading to or following launch", (type) => {
    const t = shippedTemplates[type];
    expect(t.milestones.length).toBeGreaterThanOrEqual(6);
    expect(t.milestones.length).toBeLessThanOrEqual(10);
    for (const m of t.milestones) {
      const n = t.tasks.filter((task) => task.milestoneKey === m.key).length;
      expect(n, m.key).toBeGreaterThanOrEqual(2);
      expect(n, m.key).toBeLessThanOrEqual(5);
    }
    const launch = t.milestones.find((m) => m.isLaunch)!;
    const before = reachable(t, launch.key, "predecessors");
    const after = reachable(t, launch.key, "successors");
    expect(after.size).toBeGreaterThanOrEqual(1);
    for (const m of t.milestones) if (m !== launch) expect(before.has(m.key) || after.has(m.key), m.key).toBe(true);
    // parallel branches: some milestone waits for more than one other
    expect(t.milestones.some((m) => m.dependsOn.length > 1)).toBe(true);
  });

  it("gives a product launch 8–12 weeks and an email campaign 3–4 weeks of working days", () => {
    const launch = templateSpan(shippedTemplates.product_launch.milestones);
    expect(launch.totalDays).toBeGreaterThanOrEqual(40);
    expect(launch.totalDays).toBeLessThanOrEqual(60);
    const email = templateSpan(shippedTemplates.email.milestones);
    expect(email.totalDays).toBeGreaterThanOrEqual(15);
    expect(email.totalDays).toBeLessThanOrEqual(20);
  });
});

describe("templateProblems", () => {
  it("reports a template without a launch milestone", () => {
    const t = brokenCopy((t) => { milestone(t, "launch").isLaunch = false; });
    expect(templateProblems(t)).toEqual(["There is no launch milestone; exactly one is needed."]);
  });

  it("reports more than one launch milestone, naming them", () => {
    const t = brokenCopy((t) => { Object.assign(milestone(t, "qa"), { isLaunch: true, durationDays: 1 }); });
    expect(templateProblems(t)).toEqual(["There are 2 launch milestones (qa, launch); exactly one is allowed."]);
  });

  it("reports a launch milestone longer than one day", () => {
    const t = brokenCopy((t) => { milestone(t, "launch").durationDays = 2; });
    expect(templateProblems(t)).toEqual(['Launch milestone "launch" lasts 2 days; it must last 1.']);
  });

  it("reports a duplicate milestone key", () => {
    const t = brokenCopy((t) => { t.milestones.push({ ...milestone(t, "press"), name: "Press again" }); });
    expect(templateProblems(t)).toEqual(['Milestone key "press" is used more than once.']);
  });

  it("reports a dependency on a milestone that does not exist", () => {
    const t = brokenCopy((t) => { milestone(t, "qa").dependsOn.push("legal_review"); });
    expect(templateProblems(t)).toEqual(['Milestone "qa" depends on "legal_review", which does not exist.']);
  });

  it("reports a milestone that depends on itself", () => {
    const t = brokenCopy((t) => { milestone(t, "creative").dependsOn.push("creative"); });
    expect(templateProblems(t)).toEqual(['Milestone "creative" depends on itself.']);
  });

  it("names a cycle in the order work would flow", () => {
    // brief → messaging → creative already; making brief wait for creative closes the loop
    const t = brokenCopy((t) => { milestone(t, "brief").dependsOn.push("creative"); });
    expect(templateProblems(t)).toEqual(["Dependencies form a cycle: brief → messaging → creative → brief."]);
  });

  it("names a two-milestone cycle", () => {
    const t = brokenCopy((t) => { milestone(t, "brief").dependsOn.push("messaging"); });
    expect(templateProblems(t)).toEqual(["Dependencies form a cycle: brief → messaging → brief."]);
  });

  it("reports a task under a milestone that does not exist", () => {
    const t = brokenCopy((t) => { t.tasks[0]!.milestoneKey = "kickoff"; });
    expect(templateProblems(t)).toEqual(['Task "Write the launch brief" belongs to milestone "kickoff", which does not exist.']);
  });

  it.each([0, -2, Number.NaN])("reports an estimate of %s hours", (hours) => {
    const t = brokenCopy((t) => { t.tasks[0]!.estimateHours = hours; });
    expect(templateProblems(t)).toEqual([`Task "Write the launch brief" has an estimate of ${hours} hours; it must be more than 0.`]);
  });

  it("reports a skill outside the vocabulary", () => {
    const t = brokenCopy((t) => { (t.tasks[0]!.requiredSkills as string[]).push("juggling"); });
    expect(templateProblems(t)).toEqual(['Task "Write the launch brief" requires "juggling", which is not a known skill.']);
  });

  it.each([0, 2.5, -1])("reports a duration of %s days", (days) => {
    const t = brokenCopy((t) => { milestone(t, "messaging").durationDays = days; });
    expect(templateProblems(t)).toEqual([`Milestone "messaging" has a duration of ${days}; it must be a whole number of working days, at least 1.`]);
  });

  it("reports every problem at once", () => {
    const t = brokenCopy((t) => {
      milestone(t, "launch").isLaunch = false;
      milestone(t, "qa").dependsOn.push("qa");
      t.tasks[1]!.estimateHours = 0;
    });
    expect(templateProblems(t)).toHaveLength(3);
  });
});

describe("findCycles", () => {
  it("finds none in a DAG with parallel branches", () => {
    expect(findCycles([
      { key: "a", dependsOn: [] }, { key: "b", dependsOn: ["a"] }, { key: "c", dependsOn: ["a"] }, { key: "d", dependsOn: ["b", "c"] },
    ])).toEqual([]);
  });

  it("finds separate cycles separately", () => {
    expect(findCycles([
      { key: "a", dependsOn: ["b"] }, { key: "b", dependsOn: ["a"] }, { key: "c", dependsOn: ["d"] }, { key: "d", dependsOn: ["c"] },
    ])).toEqual([["a", "b", "a"], ["c", "d", "c"]]);
  });
});
