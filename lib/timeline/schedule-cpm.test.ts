import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkingDays, type WorkCalendar } from "./calendar";
import { scheduleMilestones } from "./schedule";
import { buildCampaignSchedule, type ScheduleSource, type SourceMilestone, type SourceTask } from "./schedule-cpm";
import { anyLaunchDate, anyTemplate, HOLIDAY_FRIDAY, LAUNCH_MONDAY, launchCalendar, productLaunch } from "./testing/fixtures";

// brief 01-27..01-29 | messaging 02-02..02-08 | creative 02-10..02-23 (+2) | landing 02-26..03-04
// qa 03-08..03-10 (+1: Thu 11th; Fri 12th is a holiday) | launch Mon 03-15 | retro 03-17..03-18
const plan = scheduleMilestones({ milestones: productLaunch, launchKey: "launch", launchDate: LAUNCH_MONDAY, priority: "high", calendar: launchCalendar });

const milestones: SourceMilestone[] = plan.milestones.map((m, i) => ({
  id: m.key, name: m.name!, startDate: m.start, endDate: m.end, durationDays: m.durationDays, bufferDays: m.bufferDays,
  isLaunch: m.key === "launch", position: i, dependsOn: m.dependsOn,
}));

const task = (id: string, over: Partial<SourceTask> = {}): SourceTask => ({
  id, title: id, milestoneId: null, status: "todo", assigneeName: null, version: 1, startDate: null, dueDate: null, position: 0, dependsOn: [], ...over,
});

const source = (over: Partial<ScheduleSource> = {}): ScheduleSource => ({
  campaignId: "c1", campaignVersion: 3, launchDate: LAUNCH_MONDAY, today: "2027-01-04", calendar: launchCalendar,
  holidays: [{ date: HOLIDAY_FRIDAY, name: "Spring holiday" }, { date: "2026-01-01", name: "New year" }],
  milestones, tasks: [], canReschedule: true, ...over,
});

const slack = (s: ReturnType<typeof buildCampaignSchedule>) => Object.fromEntries(s.items.map((i) => [i.id, i.cpm.slackDays]));
const item = (s: ReturnType<typeof buildCampaignSchedule>, id: string) => s.items.find((i) => i.id === id)!;

describe("buildCampaignSchedule", () => {
  it("measures slack against the launch: buffers before it are slack, the launch and what follows are critical", () => {
    const s = buildCampaignSchedule(source());
    expect(slack(s)).toEqual({ brief: 6, messaging: 5, creative: 4, landing: 2, qa: 1, launch: 0, retro: 0 });
    expect(item(s, "launch").cpm).toEqual({
      earliestStart: "2027-03-15", earliestFinish: "2027-03-15", latestStart: "2027-03-15", latestFinish: "2027-03-15", slackDays: 0, critical: true,
    });
    // QA can finish as late as the working day before the launch (the 12th is a holiday)
    expect(item(s, "qa").cpm).toMatchObject({ earliestStart: "2027-03-08", earliestFinish: "2027-03-10", latestStart: "2027-03-09", latestFinish: "2027-03-11", critical: false });
    expect(s.criticalPath).toEqual(["brief", "messaging", "creative", "landing", "qa", "launch", "retro"]);
    expect(s.negativeSlack).toEqual([]);
    expect(s.range).toEqual({ start: "2027-01-27", end: "2027-03-19" });
    expect(s.holidays).toEqual([{ date: HOLIDAY_FRIDAY, name: "Spring holiday" }]);
    expect(s).toMatchObject({ campaignId: "c1", campaignVersion: 3, launchDate: LAUNCH_MONDAY, canReschedule: true, undatedTasks: [] });
  });

  it("gives negative slack, worst first, to what cannot make the launch, and to the launch chain after it", () => {
    // a QA task running past the launch: the launch cannot start on time
    const s = buildCampaignSchedule(source({
      tasks: [task("late-qa", { milestoneId: "qa", startDate: "2027-03-08", dueDate: "2027-03-16" }), task("ok", { milestoneId: "qa", startDate: "2027-03-08", dueDate: "2027-03-09" })],
    }));
    expect(item(s, "late-qa").cpm.slackDays).toBe(-2);
    expect(item(s, "launch").cpm).toMatchObject({ slackDays: -2, earliestStart: "2027-03-17", latestStart: "2027-03-15", critical: true });
    expect(item(s, "ok").cpm.slackDays).toBe(2);
    // six working days long, it must start by the 4th, when landing is still under way
    expect(item(s, "landing").cpm.slackDays).toBe(-1);
    expect(s.negativeSlack).toEqual([
      { id: "late-qa", name: "late-qa", slackDays: -2 }, { id: "launch", name: "Launch day", slackDays: -2 }, { id: "landing", name: "Landing page", slackDays: -1 },
    ]);
    expect(s.criticalPath).toEqual(["brief", "messaging", "creative", "landing", "late-qa", "launch", "retro"]);
  });

  it("lists milestones in date order each followed by its tasks, then tasks outside milestones; undated and cancelled tasks are not drawn", () => {
    const s = buildCampaignSchedule(source({
      tasks: [
        task("loose", { dueDate: "2027-03-01", title: "Loose end" }),
        task("copy", { milestoneId: "messaging", startDate: "2027-02-02", dueDate: "2027-02-05", assigneeName: "Nora", version: 4 }),
        task("undated", { milestoneId: "messaging", title: "Someday" }),
        task("gone", { milestoneId: "messaging", status: "cancelled", startDate: "2027-02-02", dueDate: "2027-02-03" }),
        task("review", { milestoneId: "messaging", startDate: "2027-02-08", dueDate: "2027-02-08", dependsOn: ["copy", "undated", "gone"] }),
      ],
    }));
    expect(s.items.map((i) => i.id)).toEqual(["brief", "messaging", "copy", "review", "creative", "landing", "qa", "launch", "retro", "loose"]);
    expect(s.undatedTasks).toEqual([{ id: "undated", title: "Someday" }]);
    expect(item(s, "copy")).toMatchObject({ kind: "task", milestoneId: "messaging", durationDays: 4, bufferDays: 0, status: "todo", assigneeName: "Nora", version: 4, isLaunch: false });
    expect(item(s, "review").dependsOn).toEqual(["copy"]);
    expect(item(s, "messaging")).toMatchObject({ kind: "milestone", dependsOn: ["brief"], status: null, version: null, bufferDays: 1 });
    // a due-only task is one day; outside milestones and due before the launch, it must finish by the launch day
    expect(item(s, "loose")).toMatchObject({ start: "2027-03-01", end: "2027-03-01", durationDays: 1, milestoneId: null });
    expect(item(s, "loose").cpm).toMatchObject({ earliestStart: "2027-03-01", latestFinish: "2027-03-11" });
  });

  it("keeps dependencies through an undated task: its predecessor still precedes its successor", () => {
    const s = buildCampaignSchedule(source({
      milestones: [], launchDate: null,
      tasks: [
        task("a", { startDate: "2027-03-01", dueDate: "2027-03-05" }),
        task("b", { dependsOn: ["a"] }),
        task("c", { startDate: "2027-03-01", dueDate: "2027-03-01", dependsOn: ["b"] }),
      ],
    }));
    // c is planned on a's first day but cannot start before a ends
    expect(item(s, "c").cpm).toMatchObject({ earliestStart: "2027-03-08", slackDays: 0, critical: true });
    expect(s.criticalPath).toEqual(["a", "c"]);
  });

  it("without a launch date measures slack against the end of the work", () => {
    const s = buildCampaignSchedule(source({
      milestones: [], launchDate: null,
      tasks: [task("long", { startDate: "2027-03-01", dueDate: "2027-03-10" }), task("short", { startDate: "2027-03-01", dueDate: "2027-03-02" })],
    }));
    expect(slack(s)).toEqual({ long: 0, short: 6 });
    expect(s.criticalPath).toEqual(["long"]);
  });

  it("without milestones, work due before the launch day must finish by the end of it; later work is not held to it", () => {
    const s = buildCampaignSchedule(source({
      milestones: [], launchDate: "2027-03-03",
      tasks: [
        task("prep", { startDate: "2027-03-01", dueDate: "2027-03-02" }),
        task("blocked", { startDate: "2027-03-01", dueDate: "2027-03-02", dependsOn: ["slow"] }),
        task("slow", { startDate: "2027-02-25", dueDate: "2027-03-03" }),
        task("after", { startDate: "2027-03-08", dueDate: "2027-03-09" }),
      ],
    }));
    expect(item(s, "prep").cpm).toMatchObject({ slackDays: 1, latestFinish: "2027-03-03" });
    // blocked waits for slow (until the 3rd) and then needs two days: two days too late
    expect(item(s, "blocked").cpm).toMatchObject({ earliestStart: "2027-03-04", earliestFinish: "2027-03-05", latestFinish: "2027-03-03", slackDays: -2, critical: true });
    expect(item(s, "after").cpm.slackDays).toBe(0);
    expect(s.negativeSlack).toEqual([{ id: "slow", name: "slow", slackDays: -2 }, { id: "blocked", name: "blocked", slackDays: -2 }]);
    expect(s.criticalPath).toEqual(["slow", "blocked"]);
  });

  it("drops a task's milestone context when a task dependency contradicts the milestone order, instead of failing", () => {
    // early (in brief) depends on late (in creative), while brief precedes creative through messaging
    const s = buildCampaignSchedule(source({
      tasks: [
        task("late", { milestoneId: "creative", startDate: "2027-02-10", dueDate: "2027-02-11" }),
        task("early", { milestoneId: "brief", startDate: "2027-01-27", dueDate: "2027-01-27", dependsOn: ["late"] }),
      ],
    }));
    expect(item(s, "early").cpm.earliestStart).toBe("2027-02-12");
    expect(s.items).toHaveLength(9);
  });

  it("is empty but well-formed for a campaign without milestones or dated tasks", () => {
    const s = buildCampaignSchedule(source({ milestones: [], tasks: [task("x")] }));
    expect(s).toMatchObject({ items: [], criticalPath: [], negativeSlack: [], range: null, undatedTasks: [{ id: "x", title: "x" }] });
  });

  it("schedules 1,000 tasks chained inside six milestones (timing is measured by npm run bench, not here)", () => {
    const tasks: SourceTask[] = [];
    for (let i = 0; i < 1000; i++) {
      const m = milestones[i % 6]!;
      tasks.push(task(`t${i}`, { milestoneId: m.id, startDate: m.startDate, dueDate: m.endDate, dependsOn: i % 6 > 0 && i % 2 === 0 ? [`t${i - 1}`] : [] }));
    }
    const s = buildCampaignSchedule(source({ tasks }));
    expect(s.items).toHaveLength(1007);
    expect(s.negativeSlack).toEqual([]);
  });
});

describe("buildCampaignSchedule properties", () => {
  const cal: WorkCalendar = launchCalendar;
  it("a freshly generated plan with tasks inside their milestones has no negative slack, and the launch milestone is critical", () => {
    fc.assert(
      fc.property(anyTemplate, anyLaunchDate, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 30 }), (tpl, launchDate, taskSpecs) => {
        const launchKey = tpl.milestones[tpl.launchIndex]!.key;
        const p = scheduleMilestones({ milestones: tpl.milestones, launchKey, launchDate, priority: "medium", calendar: cal });
        const ms: SourceMilestone[] = p.milestones.map((m, i) => ({
          id: m.key, name: m.key, startDate: m.start, endDate: m.end, durationDays: m.durationDays, bufferDays: m.bufferDays,
          isLaunch: m.key === launchKey, position: i, dependsOn: m.dependsOn,
        }));
        const tasks = taskSpecs.flatMap(([mi, a, b], k): SourceTask[] => {
          const m = p.milestones[mi % p.milestones.length]!;
          if (m.durationDays === 0) return [];
          const from = a % m.durationDays;
          const to = from + (b % (m.durationDays - from));
          return [task(`t${k}`, { milestoneId: m.key, startDate: addWorkingDays(m.start, from, cal), dueDate: addWorkingDays(m.start, to, cal) })];
        });
        const s = buildCampaignSchedule(source({ milestones: ms, tasks, launchDate, calendar: cal }));
        expect(s.negativeSlack).toEqual([]);
        const launch = s.items.find((i) => i.isLaunch)!;
        expect(launch.cpm.slackDays).toBe(0);
        expect(launch.cpm.earliestStart).toBe(launch.start);
        for (const i of s.items) {
          expect(i.cpm.critical).toBe(i.cpm.slackDays <= 0);
          // nothing starts before it is planned to
          expect(i.cpm.earliestStart >= i.start).toBe(true);
          expect(i.cpm.latestStart >= i.cpm.earliestStart).toBe(true);
        }
        expect(new Set(s.criticalPath).size).toBe(s.criticalPath.length);
      }),
      { numRuns: 150 },
    );
  });
});
