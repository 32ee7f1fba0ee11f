/**
 * A realistic CampaignSchedule built without a database: a product launch planned forward with
 * buffers, CPM figures against the launch date, tasks chained inside each milestone. For
 * component and geometry tests; `delays` pushes milestones late to produce negative slack.
 */
import { addWorkingDays, workingDayDiff, type WorkCalendar } from "@/lib/timeline/calendar";
import type { CampaignSchedule, ScheduleItem } from "@/lib/timeline/schedule-view";
import type { TaskStatus } from "@/db/schema/values";

type Spec = { key: string; name: string; days: number; buffer: number; dependsOn: string[]; isLaunch?: boolean };

const MILESTONES: Spec[] = [
  { key: "brief", name: "Launch brief", days: 3, buffer: 1, dependsOn: [] },
  { key: "messaging", name: "Messaging & positioning", days: 5, buffer: 1, dependsOn: ["brief"] },
  { key: "creative", name: "Creative production", days: 10, buffer: 2, dependsOn: ["messaging"] },
  { key: "landing", name: "Landing page", days: 5, buffer: 1, dependsOn: ["messaging"] },
  { key: "qa", name: "Final QA", days: 3, buffer: 1, dependsOn: ["creative", "landing"] },
  { key: "launch", name: "Launch day", days: 1, buffer: 0, dependsOn: ["qa"], isLaunch: true },
  { key: "retro", name: "Retrospective", days: 2, buffer: 0, dependsOn: ["launch"] },
];
const STATUSES: TaskStatus[] = ["done", "in_progress", "todo", "blocked", "in_review", "todo"];
const PEOPLE = ["Dana Lee", "Sam Ortiz", null, "Priya Nair"];

export const FIXTURE_HOLIDAY = { date: "2027-02-15", name: "Presidents' Day" };

export function scheduleFixture(opts: { start?: string; today?: string; tasksPerMilestone?: number; delays?: Record<string, number> } = {}): CampaignSchedule {
  const cal: WorkCalendar = { holidays: new Set([FIXTURE_HOLIDAY.date]) };
  const start = opts.start ?? "2027-02-01";
  const perMilestone = opts.tasksPerMilestone ?? 3;
  const place = (delays: Record<string, number>, fixedLaunch?: string) => {
    const placed = new Map<string, { start: string; end: string }>();
    // forward pass: after every predecessor's end and buffer; the launch holds when it is fixed
    for (const m of MILESTONES) {
      let s = start;
      for (const d of m.dependsOn) {
        const p = placed.get(d)!;
        const after = addWorkingDays(p.end, MILESTONES.find((x) => x.key === d)!.buffer + 1, cal);
        if (after > s) s = after;
      }
      s = m.isLaunch && fixedLaunch ? fixedLaunch : addWorkingDays(s, delays[m.key] ?? 0, cal);
      placed.set(m.key, { start: s, end: addWorkingDays(s, m.days - 1, cal) });
    }
    return placed;
  };
  const launchDate = place({}).get("launch")!.start;
  const placed = place(opts.delays ?? {}, launchDate);
  // backward pass from the launch; items after it may finish when they finish
  const latest = new Map<string, { ls: string; lf: string }>();
  for (const m of [...MILESTONES].reverse()) {
    const succs = MILESTONES.filter((x) => x.dependsOn.includes(m.key));
    const lf = m.isLaunch || succs.length === 0
      ? (m.isLaunch ? launchDate : placed.get(m.key)!.end)
      : succs.map((x) => addWorkingDays(latest.get(x.key)!.ls, -(m.buffer + 1), cal)).sort()[0]!;
    latest.set(m.key, { lf, ls: addWorkingDays(lf, -(m.days - 1), cal) });
  }

  const items: ScheduleItem[] = [];
  for (const m of MILESTONES) {
    const p = placed.get(m.key)!;
    const l = latest.get(m.key)!;
    const slack = workingDayDiff(p.start, l.ls, cal);
    items.push({
      id: m.key, kind: "milestone", name: m.name, milestoneId: null, start: p.start, end: p.end, durationDays: m.days, bufferDays: m.buffer,
      isLaunch: Boolean(m.isLaunch), status: null, assigneeName: null, version: null, dependsOn: m.dependsOn,
      cpm: { earliestStart: p.start, earliestFinish: p.end, latestStart: l.ls, latestFinish: l.lf, slackDays: slack, critical: slack <= 0 },
    });
    const taskDays = Math.max(1, Math.floor(m.days / perMilestone));
    for (let k = 0; k < perMilestone; k++) {
      const s = addWorkingDays(p.start, Math.min(m.days - 1, k * taskDays), cal);
      const e = addWorkingDays(s, taskDays - 1, cal);
      const taskSlack = slack + workingDayDiff(e, p.end, cal);
      items.push({
        id: `${m.key}-t${k}`, kind: "task", name: `${m.name}: step ${k + 1}`, milestoneId: m.key, start: s, end: e, durationDays: taskDays, bufferDays: 0,
        isLaunch: false, status: STATUSES[(k + m.days) % STATUSES.length]!, assigneeName: PEOPLE[k % PEOPLE.length]!, version: 1,
        dependsOn: k > 0 ? [`${m.key}-t${k - 1}`] : [],
        cpm: {
          earliestStart: s, earliestFinish: e, latestStart: addWorkingDays(s, taskSlack, cal), latestFinish: addWorkingDays(e, taskSlack, cal),
          slackDays: taskSlack, critical: taskSlack <= 0,
        },
      });
    }
  }
  const critical = items.filter((i) => i.kind === "milestone" && i.cpm.critical).map((i) => i.id);
  const ends = items.map((i) => (i.bufferDays ? addWorkingDays(i.end, i.bufferDays, cal) : i.end)).sort();
  return {
    campaignId: "00000000-0000-4000-8000-000000000001",
    campaignVersion: 3,
    launchDate,
    today: opts.today ?? "2027-02-10",
    holidays: [FIXTURE_HOLIDAY],
    items,
    criticalPath: critical,
    undatedTasks: [{ id: "undated-1", title: "Book the photographer" }],
    negativeSlack: items.filter((i) => i.cpm.slackDays < 0).sort((a, b) => a.cpm.slackDays - b.cpm.slackDays).map((i) => ({ id: i.id, name: i.name, slackDays: i.cpm.slackDays })),
    range: { start: items.map((i) => i.start).sort()[0]!, end: ends[ends.length - 1]! },
    canReschedule: true,
  };
}
