import { describe, expect, it } from "vitest";
import { previousWorkingDay } from "./calendar";
import { CycleError } from "./graph";
import type { PlanMilestone } from "./plan";
import { scheduleMilestones, type ScheduleInput, type TemplateMilestone } from "./schedule";
import { HOLIDAY_FRIDAY, LAUNCH_MONDAY, launchCalendar, priorities, productLaunch } from "./testing/fixtures";

const input = (over: Partial<ScheduleInput> = {}): ScheduleInput => ({
  milestones: productLaunch,
  launchKey: "launch",
  launchDate: LAUNCH_MONDAY,
  priority: "high",
  calendar: launchCalendar,
  ...over,
});

const dates = (ms: readonly PlanMilestone[]) => Object.fromEntries(ms.map((m) => [m.key, [m.start, m.end, m.bufferDays]]));


describe("scheduleMilestones: a product launch", () => {
  it("uses a fixture whose holiday is the Friday before the launch Monday", () => {
    expect(previousWorkingDay(LAUNCH_MONDAY, { holidays: new Set() })).toBe(HOLIDAY_FRIDAY);
  });

  it("schedules backwards from a Monday launch, skipping the weekend and the Friday holiday, with 15 % buffer at high priority", () => {
    const r = scheduleMilestones(input());
    expect(dates(r.milestones)).toEqual({
      brief: ["2027-01-27", "2027-01-29", 1],
      messaging: ["2027-02-02", "2027-02-08", 1],
      creative: ["2027-02-10", "2027-02-23", 2],
      landing: ["2027-02-26", "2027-03-04", 1],
      // buffer day Thursday 11th, Friday 12th is a holiday, launch Monday 15th
      qa: ["2027-03-08", "2027-03-10", 1],
      launch: ["2027-03-15", "2027-03-15", 1],
      // after launch day and its one buffer day
      retro: ["2027-03-17", "2027-03-18", 1],
    });
    expect(r.launchDay).toBe(LAUNCH_MONDAY);
    expect(r.warnings).toEqual([]);
  });

  it("returns a plan ready for previewing changes, keeping names and dependencies", () => {
    const r = scheduleMilestones(input());
    expect(r.plan).toMatchObject({ launchKey: "launch", launchDate: LAUNCH_MONDAY, priority: "high", calendar: launchCalendar });
    expect(r.plan.milestones).toBe(r.milestones);
    expect(r.milestones[1]).toMatchObject({ key: "messaging", name: "Messaging", dependsOn: ["brief"], durationDays: 5 });
  });

  it("places the launch on the working day before a non-working launch date, and says so", () => {
    // Sunday 14th (the US DST change); Friday 12th is a holiday, so launch day is Thursday 11th
    const r = scheduleMilestones(input({ launchDate: "2027-03-14" }));
    expect(r.launchDay).toBe("2027-03-11");
    expect(r.milestones.find((m) => m.key === "launch")).toMatchObject({ start: "2027-03-11", end: "2027-03-11" });
    expect(r.milestones.find((m) => m.key === "qa")).toMatchObject({ start: "2027-03-05", end: "2027-03-09" });
    expect(r.plan.launchDate).toBe("2027-03-14");
    expect(r.warnings).toEqual([
      { kind: "launch_not_working_day", key: "launch", message: "2027-03-14 is not a working day: Launch day is placed on 2027-03-11, the working day before" },
    ]);
  });

  it("warns about milestones that would start in the past, without compressing them", () => {
    const r = scheduleMilestones(input({ today: "2027-02-03" }));
    expect(r.warnings.map((w) => [w.key, w.kind, "slackDays" in w ? w.slackDays : null])).toEqual([
      ["brief", "starts_in_past", -5],
      ["messaging", "starts_in_past", -1],
    ]);
    expect(r.warnings[0]!.message).toBe("Launch brief would start on 2027-01-27, 5 working days in the past");
    expect(r.milestones[0]).toMatchObject({ start: "2027-01-27", end: "2027-01-29" });
  });

  it("counts a start on a weekend `today` from the next working day", () => {
    // today Saturday 2027-02-06 counts as Monday the 8th: messaging (2nd) is 4 working days in the past
    const r = scheduleMilestones(input({ today: "2027-02-06" }));
    expect(r.warnings.find((w) => w.key === "messaging")).toMatchObject({ slackDays: -4 });
  });

  it.each(priorities)("gives each milestone its buffer at %s priority", (priority) => {
    const r = scheduleMilestones(input({ priority }));
    const expected = { low: 1, medium: 1, high: 2, critical: 3 }[priority];
    expect(r.milestones.find((m) => m.key === "creative")!.bufferDays).toBe(expected);
  });

  it("lets parallel tracks each finish, plus buffer, before the milestone that joins them", () => {
    const r = scheduleMilestones(
      input({
        priority: "critical",
        milestones: [
          { key: "web", durationDays: 4, dependsOn: [] },
          { key: "email", durationDays: 2, dependsOn: [] },
          { key: "qa", durationDays: 2, dependsOn: ["web", "email"] },
          { key: "launch", durationDays: 1, dependsOn: ["qa"] },
        ],
      }),
    );
    // 25 % rounds up to one buffer day each; qa's buffer day is Thursday 11th (Friday 12th is a holiday)
    expect(dates(r.milestones)).toEqual({
      web: ["2027-03-02", "2027-03-05", 1],
      email: ["2027-03-04", "2027-03-05", 1],
      qa: ["2027-03-09", "2027-03-10", 1],
      launch: ["2027-03-15", "2027-03-15", 1],
    });
  });

  it("finishes milestones unrelated to the launch before it, and places what follows the launch as soon as possible", () => {
    const r = scheduleMilestones(
      input({
        milestones: [
          { key: "press", durationDays: 2, dependsOn: [] },
          { key: "launch", durationDays: 1, dependsOn: [] },
          { key: "report", durationDays: 1, dependsOn: ["launch", "press"] },
        ],
      }),
    );
    expect(dates(r.milestones)).toEqual({
      press: ["2027-03-09", "2027-03-10", 1],
      launch: ["2027-03-15", "2027-03-15", 1],
      report: ["2027-03-17", "2027-03-17", 1],
    });
  });

  it("extends a launch milestone of several days after the launch date", () => {
    const r = scheduleMilestones(input({ milestones: [{ key: "launch", durationDays: 3, dependsOn: [] }] }));
    expect(r.milestones[0]).toMatchObject({ start: "2027-03-15", end: "2027-03-17", bufferDays: 1 });
  });

  it("schedules a zero-day checkpoint on the day its dependant starts, with no buffer", () => {
    const r = scheduleMilestones(
      input({
        milestones: [
          { key: "go", durationDays: 0, dependsOn: [] },
          { key: "launch", durationDays: 1, dependsOn: ["go"] },
          { key: "retro", durationDays: 1, dependsOn: ["launch", "go"] },
        ],
      }),
    );
    expect(dates(r.milestones)).toEqual({ go: ["2027-03-15", "2027-03-15", 0], launch: ["2027-03-15", "2027-03-15", 1], retro: ["2027-03-17", "2027-03-17", 1] });
  });

  it("keeps the milestones in the input order", () => {
    const shuffled = [...productLaunch].reverse();
    expect(scheduleMilestones(input({ milestones: shuffled })).milestones.map((m) => m.key)).toEqual(shuffled.map((m) => m.key));
  });
});

describe("scheduleMilestones: bad templates", () => {
  const one = (over: Partial<TemplateMilestone>): TemplateMilestone[] => [{ key: "launch", durationDays: 1, dependsOn: [], ...over }];

  it("rejects a dependency cycle, naming it", () => {
    const milestones = [
      { key: "a", durationDays: 1, dependsOn: ["b"] },
      { key: "b", durationDays: 1, dependsOn: ["a"] },
      { key: "launch", durationDays: 1, dependsOn: ["a"] },
    ];
    expect(() => scheduleMilestones(input({ milestones }))).toThrow(CycleError);
    expect(() => scheduleMilestones(input({ milestones }))).toThrow("Dependency cycle: a → b → a");
  });

  it("rejects unknown dependencies, duplicate keys and a missing launch milestone", () => {
    expect(() => scheduleMilestones(input({ milestones: one({ dependsOn: ["qa"] }) }))).toThrow('Milestone "launch" depends on unknown milestone "qa"');
    expect(() => scheduleMilestones(input({ milestones: [...one({}), ...one({})] }))).toThrow('Duplicate milestone key "launch"');
    expect(() => scheduleMilestones(input({ launchKey: "go-live" }))).toThrow('Launch milestone "go-live" is not one of the milestones');
  });

  it.each([-1, 1.5, Number.NaN])("rejects the duration %s", (durationDays) => {
    expect(() => scheduleMilestones(input({ milestones: one({ durationDays }) }))).toThrow(/must be a whole number of working days/);
  });

  it("rejects malformed launch, today and holiday dates", () => {
    expect(() => scheduleMilestones(input({ launchDate: "2027-02-30" }))).toThrow(/Invalid date/);
    expect(() => scheduleMilestones(input({ today: "tomorrow" }))).toThrow(/Invalid date/);
    expect(() => scheduleMilestones(input({ calendar: { holidays: new Set(["2027-3-12"]) } }))).toThrow(/Invalid date/);
  });
});
