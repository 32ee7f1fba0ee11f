import { describe, expect, it } from "vitest";
import { barGeometry, buildRows, calendarOf, connectorPath, connectors, criticalIds, dependantsStartingEarly, dragWorkingDays, makeScale, parseZoom, resizedEnd, shiftDates, snapDays, xAfter, xOf, type BarGeometry } from "./geometry";
import { FIXTURE_HOLIDAY, scheduleFixture } from "./schedule-fixture";

const cal = calendarOf([FIXTURE_HOLIDAY]);

describe("scale", () => {
  it("pads the plan to whole weeks from a Monday in week zoom and maps dates to x", () => {
    const s = scheduleFixture();
    const scale = makeScale(s, "week");
    expect(xOf(scale, "2027-01-25")).toBe(0); // the Monday a week before the plan's first Monday
    expect(scale.dayWidth).toBe(28);
    expect(scale.days % 7).toBe(0);
    expect(xAfter(scale, "2027-01-25")).toBe(28);
    expect(xOf(scale, s.range!.end)).toBeLessThan(scale.width);
  });

  it("pads to whole months in month zoom", () => {
    const scale = makeScale(scheduleFixture(), "month");
    expect(xOf(scale, "2027-02-01")).toBe(0);
    expect(xAfter(scale, "2027-03-31")).toBe(scale.width);
  });

  it("adds empty days on the right so a short plan fills the chart", () => {
    const scale = makeScale(scheduleFixture(), "month", 2000);
    expect(xOf(scale, "2027-02-01")).toBe(0);
    expect(scale.width).toBeGreaterThanOrEqual(2000);
    expect(scale.width).toBeLessThan(2000 + 9);
  });

  it("includes today when it is near the plan and leaves it out when far away", () => {
    const near = makeScale(scheduleFixture({ today: "2027-01-04" }), "month");
    expect(xOf(near, "2027-01-01")).toBe(0);
    const far = makeScale(scheduleFixture({ today: "2025-01-04" }), "month");
    expect(xOf(far, "2027-02-01")).toBe(0);
  });

  it("reads an unknown zoom as week", () => {
    expect(parseZoom("month")).toBe("month");
    expect(parseZoom(undefined)).toBe("week");
    expect(parseZoom(["month"])).toBe("week");
  });
});

describe("bars", () => {
  const scale = makeScale(scheduleFixture(), "week");

  it("spans inclusive end dates and draws the buffer in working days after the end", () => {
    // Thu 11 – Fri 12 Feb, buffer 1 working day: Mon 15 is a holiday, so the buffer covers Sat..Tue
    const g = barGeometry({ start: "2027-02-11", end: "2027-02-12", bufferDays: 1, cpm: { slackDays: 0, latestFinish: "2027-02-12" } as never }, scale, cal);
    expect(g.x).toBe(xOf(scale, "2027-02-11"));
    expect(g.width).toBe(2 * 28);
    expect(g.bufferX).toBe(g.x + g.width);
    expect(g.bufferWidth).toBe(4 * 28);
    expect(g.slackWidth).toBe(0);
  });

  it("shows slack up to the latest finish, after the buffer", () => {
    const g = barGeometry({ start: "2027-02-01", end: "2027-02-03", bufferDays: 0, cpm: { slackDays: 2, latestFinish: "2027-02-05" } as never }, scale, cal);
    expect(g.slackX).toBe(g.x + g.width);
    expect(g.slackWidth).toBe(2 * 28);
  });
});

describe("rows", () => {
  it("puts each milestone's tasks beneath it and hides them when collapsed", () => {
    const s = scheduleFixture({ tasksPerMilestone: 2 });
    const rows = buildRows(s.items, new Set());
    expect(rows.map((r) => r.key).slice(0, 4)).toEqual(["brief", "brief-t0", "brief-t1", "messaging"]);
    expect(rows).toHaveLength(7 * 3);
    const collapsed = buildRows(s.items, new Set(["brief"]));
    expect(collapsed.map((r) => r.key).slice(0, 2)).toEqual(["brief", "messaging"]);
    expect(collapsed[0]).toMatchObject({ kind: "milestone", taskCount: 2 });
  });

  it("groups tasks outside milestones at the end", () => {
    const s = scheduleFixture({ tasksPerMilestone: 1 });
    const loose = { ...s.items[1]!, id: "loose", milestoneId: null };
    const rows = buildRows([...s.items, loose], new Set());
    expect(rows.slice(-2).map((r) => r.kind)).toEqual(["group", "task"]);
  });
});

describe("connectors", () => {
  it("runs right, down, right when the dependant starts after the source ends", () => {
    expect(connectorPath({ x: 100, y: 18 }, { x: 140, y: 54 })).toBe("M 100 18 H 108 V 54 H 140");
  });

  it("turns back between the rows when the dependant starts before the source ends", () => {
    expect(connectorPath({ x: 100, y: 18 }, { x: 90, y: 90 }, 36)).toBe("M 100 18 H 108 V 72 H 82 V 90 H 90");
  });

  it("joins shown rows only, leaving milestones after their buffer and flagging critical links", () => {
    const s = scheduleFixture({ tasksPerMilestone: 0 });
    const scale = makeScale(s, "week");
    const rows = buildRows(s.items, new Set());
    const bars = new Map<string, BarGeometry>(s.items.map((i) => [i.id, barGeometry(i, scale, cal)]));
    const lines = connectors(rows, bars, criticalIds(s));
    expect(lines.map((c) => c.key)).toContain("brief->messaging");
    const brief = bars.get("brief")!;
    expect(lines.find((c) => c.key === "brief->messaging")!.d.startsWith(`M ${brief.bufferX + brief.bufferWidth} 18`)).toBe(true);
    expect(lines.find((c) => c.key === "brief->messaging")!.critical).toBe(true);
    expect(lines.find((c) => c.key === "messaging->landing")!.critical).toBe(false);
    expect(connectors(rows.filter((r) => r.key !== "brief"), bars, criticalIds(s)).map((c) => c.key)).not.toContain("brief->messaging");
  });
});

describe("dragging", () => {
  it("snaps pixels to whole days", () => {
    expect(snapDays(41, 28)).toBe(1);
    expect(snapDays(-13, 28)).toBe(0);
    expect(snapDays(-15, 28)).toBe(-1);
  });

  it("counts working days, rounding a weekend landing back towards the start", () => {
    expect(dragWorkingDays("2027-02-03", 1, cal)).toBe(1); // Wed → Thu
    expect(dragWorkingDays("2027-02-05", 1, cal)).toBe(0); // Fri → Sat rounds back to Fri
    expect(dragWorkingDays("2027-02-05", 3, cal)).toBe(1); // Fri → Mon
    expect(dragWorkingDays("2027-02-12", 4, cal)).toBe(1); // Fri → Tue: Mon 15 is a holiday
    expect(dragWorkingDays("2027-02-08", -1, cal)).toBe(0); // Mon → Sun rounds forward to Mon
    expect(dragWorkingDays("2027-02-08", -3, cal)).toBe(-1); // Mon → Fri
  });

  it("moves start and end by working days, skipping the holiday", () => {
    expect(shiftDates({ start: "2027-02-11", end: "2027-02-12" }, 1, cal)).toEqual({ start: "2027-02-12", end: "2027-02-16" });
    expect(shiftDates({ start: "2027-02-16", end: "2027-02-16" }, -1, cal)).toEqual({ start: "2027-02-12", end: "2027-02-12" });
  });

  it("resizes the end in working days and never below one day", () => {
    expect(resizedEnd({ start: "2027-02-01", end: "2027-02-03" }, 2, cal)).toEqual({ end: "2027-02-05", durationDays: 5 });
    expect(resizedEnd({ start: "2027-02-01", end: "2027-02-03" }, -9, cal)).toEqual({ end: "2027-02-01", durationDays: 1 });
  });

  it("finds dependants that would start before a moved task finishes", () => {
    const s = scheduleFixture({ tasksPerMilestone: 3 });
    const t0 = s.items.find((i) => i.id === "creative-t0")!;
    const t1 = s.items.find((i) => i.id === "creative-t1")!;
    expect(dependantsStartingEarly(s.items, t0.id, t0.end)).toEqual([]);
    expect(dependantsStartingEarly(s.items, t0.id, t1.start).map((i) => i.id)).toEqual(["creative-t1"]);
  });
});

describe("critical items", () => {
  it("are the driving chain, even with slack, and anything without slack", () => {
    const s = { ...scheduleFixture(), criticalPath: ["landing"] };
    const ids = criticalIds(s);
    expect(ids.has("landing")).toBe(true);
    expect(s.items.find((i) => i.id === "landing")!.cpm.slackDays).toBeGreaterThan(0);
    expect(ids.has("creative")).toBe(true);
    expect(ids.has("landing-t0")).toBe(false);
  });
});

describe("fixture", () => {
  it("is critical along the longest chain and reports negative slack when a milestone is late", () => {
    const s = scheduleFixture();
    expect(s.criticalPath).toEqual(["brief", "messaging", "creative", "qa", "launch", "retro"]);
    expect(s.negativeSlack).toEqual([]);
    const late = scheduleFixture({ delays: { creative: 2 } });
    expect(late.negativeSlack.map((n) => n.id)).toEqual(expect.arrayContaining(["creative", "qa"]));
    expect(late.items.find((i) => i.id === "launch")!.start).toBe(s.launchDate);
  });
});
