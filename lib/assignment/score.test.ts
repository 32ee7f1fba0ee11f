import { describe, expect, it } from "vitest";
import { defaultWeeklyHours } from "@/db/schema/team";
import { autoAssign, suggest } from "./greedy";
import type { AssignTask, CandidateMember } from "./model";
import { SCORE_WEIGHTS } from "./score";

const clock = { now: new Date("2020-12-01T10:00:00Z") }; // a Tuesday

function member(id: string, over: Partial<CandidateMember> = {}): CandidateMember {
  return {
    id, name: `Person ${id}`,
    calendar: { weeklyHours: defaultWeeklyHours, timeOff: [], holidays: new Set(), timezone: "UTC" },
    skills: {}, onTime: { onTime: 0, done: 0 }, estimateAccuracy: null, campaignIds: [], work: [], ...over,
  };
}

function task(id: string, over: Partial<AssignTask> = {}): AssignTask {
  return {
    id, title: `Task ${id}`, campaignId: "c1", priority: "medium", status: "todo", requiredSkills: [], estimateHours: 8,
    remainingHours: null, loggedHours: 0, startDate: null, dueDate: "2020-12-11", version: 1, assigneeId: null, ...over,
  };
}

describe("scoring", () => {
  it("weights add up to 100", () => {
    expect(Object.values(SCORE_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("explains the choice in words a person can check", () => {
    const s = suggest(
      task("t1", { requiredSkills: ["copywriting", "design"], estimateHours: 10 }),
      [
        member("a", { skills: { copywriting: 4, design: 3 }, onTime: { onTime: 9, done: 10 }, campaignIds: ["c1"], work: [{ taskId: "x", hours: 40, startDate: null, dueDate: "2020-12-11" }] }),
        member("b", { skills: { copywriting: 2 } }),
      ],
      clock,
    );
    expect(s.best!.memberId).toBe("a");
    expect(s.best!.reasons).toEqual([
      "Has copywriting 4/5 and design 3/5",
      "32 h free before Fri 11 Dec",
      "Utilisation after: 69 %",
      "On time 9 of 10 in 90 days",
      "Already on this campaign",
    ]);
    expect(s.runnerUp!.memberId).toBe("b");
    expect(s.runnerUp!.reasons[0]).toBe("Not chosen: covers 1 of 2 required skills; others cover 2");
  });

  it("scales the hours by a member's estimate accuracy", () => {
    const s = suggest(task("t1", { estimateHours: 10 }), [member("a", { estimateAccuracy: 1.5 })], clock);
    expect(s.best!.reasons).toContain("Usually takes 1.5× the estimate: counted as 15 h");
  });

  it("says why nobody can take a task when everyone is away", () => {
    const away = { weeklyHours: defaultWeeklyHours, timeOff: [{ startDate: "2020-11-30", endDate: "2020-12-31" }], holidays: new Set<string>(), timezone: "UTC" };
    const plan = autoAssign([task("t1")], [member("a", { calendar: away })], clock);
    expect(plan.proposals).toHaveLength(0);
    expect(plan.unassignable[0]).toMatchObject({ taskId: "t1", why: expect.stringContaining("Nobody is available") });
    expect(plan.unassignable[0]!.excluded[0]!.why).toBe("On time off for the whole window (Tue 1 Dec – Fri 11 Dec)");
  });
});

describe("greedy auto-assignment", () => {
  it("spreads work so nobody is overloaded while someone else is free", () => {
    const tasks = ["t1", "t2", "t3", "t4"].map((id) => task(id, { estimateHours: 30 }));
    const plan = autoAssign(tasks, [member("a"), member("b")], clock);
    const counts = plan.proposals.reduce<Record<string, number>>((c, p) => ({ ...c, [p.member.id]: (c[p.member.id] ?? 0) + 1 }), {});
    expect(counts).toEqual({ a: 2, b: 2 });
  });

  it("takes earlier due dates first and critical before low on the same day", () => {
    const plan = autoAssign(
      [task("late", { dueDate: "2020-12-20" }), task("undated", { dueDate: null }), task("low", { priority: "low" }), task("crit", { priority: "critical" })],
      [member("a")],
      clock,
    );
    expect(plan.proposals.map((p) => p.taskId)).toEqual(["crit", "low", "late", "undated"]);
  });
});
