import { describe, expect, it } from "vitest";
import type { Plan } from "./plan";
import { scheduleMilestones } from "./schedule";
import { previewBoth, previewChange, type SlipPreview } from "./slip";
import { LAUNCH_MONDAY, launchCalendar, productLaunch } from "./testing/fixtures";

// brief 01-27..01-29 | messaging 02-02..02-08 | creative 02-10..02-23 (+2) | landing 02-26..03-04
// qa 03-08..03-10 (+1: Thu 11th; Fri 12th is a holiday) | launch Mon 03-15 | retro 03-17..03-18
const base: Plan = scheduleMilestones({ milestones: productLaunch, launchKey: "launch", launchDate: LAUNCH_MONDAY, priority: "high", calendar: launchCalendar }).plan;

const moves = (p: SlipPreview) => Object.fromEntries(p.moved.map((m) => [m.key, `${m.to.start}..${m.to.end}`]));
const at = (p: SlipPreview, key: string) => p.plan.milestones.find((m) => m.key === key)!;

describe("a slipping milestone", () => {
  it("is absorbed by its own buffer when the slip is small: the launch date holds", () => {
    const { absorb, keepBuffers } = previewBoth(base, { kind: "milestone_end", key: "creative", end: "2027-02-25" });
    expect(moves(absorb)).toEqual({ creative: "2027-02-12..2027-02-25" });
    expect(absorb.launchDate).toBe(LAUNCH_MONDAY);
    expect(absorb.buffersConsumed).toEqual([{ key: "creative", name: "Creative", bufferDays: 2, remainingDays: 0 }]);
    expect(absorb.conflicts).toEqual([]);
    // keeping buffers shifts everything downstream by the full two days
    expect(moves(keepBuffers)).toEqual({
      creative: "2027-02-12..2027-02-25",
      landing: "2027-03-02..2027-03-08",
      qa: "2027-03-10..2027-03-15",
      launch: "2027-03-17..2027-03-17",
      retro: "2027-03-19..2027-03-22",
    });
    expect(keepBuffers.launchDate).toBe("2027-03-17");
    expect(keepBuffers.buffersConsumed).toEqual([]);
  });

  it("consumes the next dependant's buffer once its own is spent", () => {
    const absorb = previewChange(base, { kind: "milestone_end", key: "creative", end: "2027-02-26" }, "absorb");
    expect(moves(absorb)).toEqual({ creative: "2027-02-15..2027-02-26", landing: "2027-03-01..2027-03-05" });
    expect(absorb.moved.find((m) => m.key === "landing")).toEqual({
      key: "landing",
      name: "Landing page",
      from: { start: "2027-02-26", end: "2027-03-04" },
      to: { start: "2027-03-01", end: "2027-03-05" },
      shiftDays: 1,
      endShiftDays: 1,
    });
    expect(absorb.launchDate).toBe(LAUNCH_MONDAY);
  });

  it("moves the launch only by what the buffers on the way cannot absorb", () => {
    // five days late: creative's 2 buffer days, landing's 1 and qa's 1 absorb four; the launch moves one day
    const { absorb, keepBuffers } = previewBoth(base, { kind: "milestone_end", key: "creative", end: "2027-03-02" });
    expect(moves(absorb)).toEqual({
      creative: "2027-02-17..2027-03-02",
      landing: "2027-03-03..2027-03-09",
      qa: "2027-03-10..2027-03-15",
      launch: "2027-03-16..2027-03-16",
    });
    expect(absorb.launchDate).toBe("2027-03-16");
    expect(at(absorb, "retro")).toMatchObject({ start: "2027-03-17", end: "2027-03-18" });
    expect(absorb.buffersConsumed.map((b) => b.key)).toEqual(["creative", "landing", "qa", "launch"]);
    expect(keepBuffers.launchDate).toBe("2027-03-22");
    expect(keepBuffers.moved.map((m) => m.shiftDays)).toEqual([5, 5, 5, 5, 5]);
  });

  it("reads a non-working end date as the working day before it", () => {
    // Saturday 27th: creative ends Friday 26th
    const absorb = previewChange(base, { kind: "milestone_end", key: "creative", end: "2027-02-27" }, "absorb");
    expect(at(absorb, "creative")).toMatchObject({ start: "2027-02-15", end: "2027-02-26" });
  });

  it("moves nothing else when a milestone finishes early, in either mode", () => {
    const { absorb, keepBuffers } = previewBoth(base, { kind: "milestone_end", key: "creative", end: "2027-02-22" });
    expect(moves(absorb)).toEqual({ creative: "2027-02-09..2027-02-22" });
    expect(moves(keepBuffers)).toEqual({ creative: "2027-02-09..2027-02-22" });
    expect(absorb.conflicts).toEqual([]);
  });

  it("reports a milestone moved before its predecessor ends instead of moving the predecessor", () => {
    const { absorb, keepBuffers } = previewBoth(base, { kind: "milestone_end", key: "qa", end: "2027-03-05" });
    for (const p of [absorb, keepBuffers]) {
      expect(moves(p)).toEqual({ qa: "2027-03-03..2027-03-05" });
      expect(p.conflicts).toEqual([
        {
          key: "qa",
          kind: "starts_before_predecessor_ends",
          predecessor: "landing",
          slackDays: -2,
          message: "QA would start before Landing page ends (2 working days of overlap)",
        },
      ]);
    }
  });

  it("moves the launch when the launch milestone itself is moved, and what follows it", () => {
    const p = previewChange(base, { kind: "milestone_end", key: "launch", end: "2027-03-16" }, "absorb");
    expect(p.launchDate).toBe("2027-03-16");
    expect(moves(p)).toEqual({ launch: "2027-03-16..2027-03-16" });
    expect(previewChange(base, { kind: "milestone_end", key: "launch", end: "2027-03-18" }, "absorb").moved.map((m) => m.key)).toEqual(["launch", "retro"]);
  });

  it("reports a milestone the launch does not depend on that would now finish after the launch starts", () => {
    const withPress = scheduleMilestones({
      milestones: [...productLaunch, { key: "press", name: "Press", durationDays: 2, dependsOn: ["messaging"] }],
      launchKey: "launch",
      launchDate: LAUNCH_MONDAY,
      priority: "high",
      calendar: launchCalendar,
    }).plan;
    expect(withPress.milestones.find((m) => m.key === "press")).toMatchObject({ start: "2027-03-09", end: "2027-03-10" });
    for (const p of Object.values(previewBoth(withPress, { kind: "milestone_end", key: "press", end: "2027-03-15" }))) {
      expect(p.launchDate).toBe(LAUNCH_MONDAY);
      expect(p.conflicts).toEqual([{ key: "press", kind: "ends_after_launch", slackDays: -1, message: "Press would finish 1 working day too late for Launch day" }]);
    }
  });

  it("reports moved milestones that would start in the past, and only those", () => {
    // brief already started on 01-27 (not reported); messaging moved to 01-28..02-03 overlaps brief and starts in the past
    const p = previewChange(base, { kind: "milestone_end", key: "messaging", end: "2027-02-03" }, "absorb", { today: "2027-02-01" });
    expect(p.conflicts.map((c) => [c.key, c.kind, c.slackDays])).toEqual([
      ["messaging", "starts_before_predecessor_ends", -2],
      ["messaging", "starts_in_past", -2],
    ]);
  });
});

describe("a changed duration", () => {
  it("grows the buffer with the duration and keeps the launch when the buffers can take it", () => {
    // 10 → 14 days: buffer 15 % of 14 rounds up to 3; four days late, absorbed by creative, landing and qa buffers
    const { absorb, keepBuffers } = previewBoth(base, { kind: "duration", key: "creative", durationDays: 14 });
    expect(at(absorb, "creative")).toMatchObject({ start: "2027-02-10", end: "2027-03-01", durationDays: 14, bufferDays: 3 });
    expect(moves(absorb)).toEqual({ creative: "2027-02-10..2027-03-01", landing: "2027-03-02..2027-03-08", qa: "2027-03-09..2027-03-11" });
    expect(absorb.launchDate).toBe(LAUNCH_MONDAY);
    // keeping buffers: four more days plus one more buffer day
    expect(keepBuffers.launchDate).toBe("2027-03-22");
    expect(keepBuffers.moved.map((m) => [m.key, m.shiftDays, m.endShiftDays])).toEqual([
      ["creative", 0, 4],
      ["landing", 5, 5],
      ["qa", 5, 5],
      ["launch", 5, 5],
      ["retro", 5, 5],
    ]);
  });

  it("leaves dependants in place when a milestone gets shorter", () => {
    const { absorb, keepBuffers } = previewBoth(base, { kind: "duration", key: "creative", durationDays: 8 });
    for (const p of [absorb, keepBuffers]) expect(moves(p)).toEqual({ creative: "2027-02-10..2027-02-19" });
  });

  it("rejects a negative or fractional duration", () => {
    expect(() => previewChange(base, { kind: "duration", key: "qa", durationDays: -2 }, "absorb")).toThrow(/whole number of working days/);
    expect(() => previewChange(base, { kind: "duration", key: "qa", durationDays: 2.5 }, "absorb")).toThrow(/whole number of working days/);
  });
});

describe("a new launch date", () => {
  it("re-plans everything backwards when keeping buffers, and only moves what must move when absorbing", () => {
    const { absorb, keepBuffers } = previewBoth(base, { kind: "launch_date", date: "2027-03-22" });
    const fresh = scheduleMilestones({ milestones: productLaunch, launchKey: "launch", launchDate: "2027-03-22", priority: "high", calendar: launchCalendar });
    expect(keepBuffers.plan.milestones.map((m) => [m.start, m.end])).toEqual(fresh.milestones.map((m) => [m.start, m.end]));
    expect(keepBuffers.launchDate).toBe("2027-03-22");
    // absorbing: earlier milestones keep their dates; the retrospective follows the launch
    expect(moves(absorb)).toEqual({ launch: "2027-03-22..2027-03-22", retro: "2027-03-23..2027-03-24" });
    expect(absorb.launchDate).toBe("2027-03-22");
  });

  it("pulls predecessors earlier only as far as the buffers cannot absorb when absorbing an earlier launch", () => {
    const absorb = previewChange(base, { kind: "launch_date", date: "2027-03-10" }, "absorb");
    expect(moves(absorb)).toEqual({ qa: "2027-03-05..2027-03-09", launch: "2027-03-10..2027-03-10" });
    expect(absorb.conflicts).toEqual([]);
  });

  it("reports milestones an earlier launch pushes into the past, without compressing them", () => {
    const keep = previewChange(base, { kind: "launch_date", date: "2027-03-10" }, "keep_buffers", { today: "2027-01-27" });
    expect(at(keep, "brief")).toMatchObject({ start: "2027-01-25", end: "2027-01-27" });
    expect(keep.conflicts).toEqual([{ key: "brief", kind: "starts_in_past", slackDays: -2, message: "Launch brief would start on 2027-01-25, 2 working days in the past" }]);
  });

  it("places the launch on the working day before a non-working launch date, keeping the date asked for", () => {
    const p = previewChange(base, { kind: "launch_date", date: "2027-03-21" }, "keep_buffers");
    expect(at(p, "launch")).toMatchObject({ start: "2027-03-19", end: "2027-03-19" });
    expect(p.launchDate).toBe("2027-03-21");
    expect(p.plan.launchDate).toBe("2027-03-21");
  });

  it("rejects a malformed date", () => {
    expect(() => previewChange(base, { kind: "launch_date", date: "2027-03-32" }, "absorb")).toThrow(/Invalid date/);
  });
});

describe("previews", () => {
  it("never change the plan they are given", () => {
    const snapshot = JSON.stringify(base.milestones);
    previewBoth(base, { kind: "milestone_end", key: "creative", end: "2027-03-02" });
    previewBoth(base, { kind: "duration", key: "creative", durationDays: 20 });
    previewBoth(base, { kind: "launch_date", date: "2027-04-01" });
    expect(JSON.stringify(base.milestones)).toBe(snapshot);
  });

  it("show both modes side by side", () => {
    const both = previewBoth(base, { kind: "milestone_end", key: "creative", end: "2027-03-02" });
    expect([both.absorb.mode, both.keepBuffers.mode]).toEqual(["absorb", "keep_buffers"]);
  });

  it("reject an unknown milestone and a plan whose milestone ends before it starts", () => {
    expect(() => previewChange(base, { kind: "duration", key: "webinar", durationDays: 2 }, "absorb")).toThrow('Milestone "webinar" is not in the plan');
    const broken: Plan = { ...base, milestones: base.milestones.map((m) => (m.key === "qa" ? { ...m, end: "2027-03-01" } : m)) };
    expect(() => previewChange(broken, { kind: "duration", key: "brief", durationDays: 2 }, "absorb")).toThrow(/"qa" ends \(2027-03-01\) before it starts/);
  });

  it("keep stored dates of milestones that do not move, even when a holiday was added inside them since", () => {
    const laterHoliday: Plan = { ...base, calendar: { holidays: new Set([...launchCalendar.holidays, "2027-02-15"]) } };
    const p = previewChange(laterHoliday, { kind: "milestone_end", key: "landing", end: "2027-03-05" }, "absorb");
    expect(at(p, "creative")).toMatchObject({ start: "2027-02-10", end: "2027-02-23" });
    expect(moves(p)).toEqual({ landing: "2027-03-01..2027-03-05" });
  });
});
