/**
 * A campaign's schedule with the Critical Path Method over milestones and tasks (DESIGN §3
 * "Timeline"). Pure: the caller (campaign-schedule.ts) fetches, this computes.
 *
 * The model, in working-day slots (axis.ts):
 * - Nodes: milestones (duration = durationDays) and dated tasks (start to due, both included; a
 *   task with only a due date is one day ending on it, with only a start date one day on it).
 *   Undated tasks are listed apart; cancelled tasks are not scheduled work and are left out.
 *   Dependencies through a left-out task are kept: its predecessors precede its successors.
 * - Edges: milestone dependencies, task dependencies, and a task's milestone context: its
 *   milestone's predecessors precede it, and it precedes its milestone's successors.
 * - Nothing starts before it is planned to: the earliest start is the planned start, or later
 *   when predecessors finish later. Slack is then how far an item can slip from where it is
 *   planned (its buffers included) before the launch moves.
 * - Deadline: the launch. The launch milestone must start on the launch day (launchDay in
 *   plan.ts), so what comes before it must finish by then; milestones unrelated to the launch
 *   must too, as in placement.ts. Tasks outside milestones that are due before the launch day
 *   must finish by the launch day. Without a launch milestone, the launch is a checkpoint at the
 *   end of the launch day. What follows the launch is measured against the end of the campaign's
 *   work. Without a launch date, everything is measured against the end of the work.
 * - Critical: slack ≤ 0. Negative slack: the item cannot make it as planned.
 */
import { WorkingDayAxis } from "./axis";
import { toWorkingDay, type WorkCalendar } from "./calendar";
import { criticalPathMethod, type CpmNode, type CpmResult } from "./cpm";
import { CycleError, type Edge } from "./graph";
import { launchDay } from "./plan";
import type { CampaignSchedule, CpmFigures, ScheduleItem } from "./schedule-view";
import type { TaskStatus } from "@/db/schema/values";

export type SourceMilestone = {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  durationDays: number;
  bufferDays: number;
  isLaunch: boolean;
  position: number;
  /** ids of milestones that must finish first */
  dependsOn: readonly string[];
};

export type SourceTask = {
  id: string;
  title: string;
  milestoneId: string | null;
  status: TaskStatus;
  assigneeName: string | null;
  version: number;
  startDate: string | null;
  dueDate: string | null;
  position: number;
  /** ids of tasks that must finish first */
  dependsOn: readonly string[];
};

export type ScheduleSource = {
  campaignId: string;
  campaignVersion: number;
  launchDate: string | null;
  today: string;
  calendar: WorkCalendar;
  holidays: readonly { date: string; name: string }[];
  milestones: readonly SourceMilestone[];
  tasks: readonly SourceTask[];
  canReschedule: boolean;
};

// ids of helper nodes: never a UUID, so they cannot clash with an item
const RELEASE = "\u0000release:";
const GATE = "\u0000launch-gate";
const SPACER = "\u0000deadline";

/** Holidays shown this many calendar days either side of the schedule's range. */
const HOLIDAY_MARGIN_DAYS = 62;

type Node = {
  id: string;
  kind: "milestone" | "task";
  name: string;
  milestoneId: string | null;
  start: string;
  end: string;
  /** slots: planned start, and duration */
  slot: number;
  duration: number;
  bufferDays: number;
  /** must finish before the launch (before the launch milestone starts, or by the launch day) */
  beforeLaunch: boolean;
  source: SourceMilestone | SourceTask;
};

export function buildCampaignSchedule(src: ScheduleSource): CampaignSchedule {
  const cal = src.calendar;
  const launchMilestone = src.milestones.find((m) => m.isLaunch) ?? null;
  const launchDayDate = src.launchDate ? launchDay(src.launchDate, cal) : null;

  const scheduled = src.tasks.filter((t) => t.status !== "cancelled");
  const dated = scheduled.filter((t) => t.startDate !== null || t.dueDate !== null);
  const undatedTasks = scheduled.filter((t) => t.startDate === null && t.dueDate === null).map((t) => ({ id: t.id, title: t.title }));

  const anchorDate = launchDayDate ?? firstDate(src.milestones, dated) ?? toWorkingDay(src.today, cal, "next");
  const axis = new WorkingDayAxis(toWorkingDay(anchorDate, cal, "next"), cal);

  const milestoneIds = new Set(src.milestones.map((m) => m.id));
  const afterLaunch = launchMilestone ? reachable(src.milestones, launchMilestone.id) : new Set<string>();
  const launchDaySlot = launchDayDate ? axis.slotOf(launchDayDate, "next") : null;

  const nodes: Node[] = [];
  for (const m of src.milestones) {
    const slot = axis.slotOf(m.startDate, "next");
    nodes.push({
      id: m.id, kind: "milestone", name: m.name, milestoneId: null, start: m.startDate, end: m.endDate,
      slot, duration: m.durationDays, bufferDays: m.bufferDays,
      beforeLaunch: launchMilestone ? !afterLaunch.has(m.id) : launchDaySlot !== null && axis.slotOf(m.endDate, "previous") < launchDaySlot,
      source: m,
    });
  }
  for (const t of dated) {
    const start = t.startDate ?? t.dueDate!;
    const end = t.dueDate ?? t.startDate!;
    // a task with one date is that day; a task whose dates fall on non-working days still takes one
    const last = t.dueDate ? axis.slotOf(end, "previous") : axis.slotOf(start, "next");
    const first = t.startDate && t.dueDate ? Math.min(axis.slotOf(start, "next"), last) : last;
    const ms = t.milestoneId && milestoneIds.has(t.milestoneId) ? t.milestoneId : null;
    nodes.push({
      id: t.id, kind: "task", name: t.title, milestoneId: ms, start, end,
      slot: first, duration: Math.max(1, last - first + 1), bufferDays: 0,
      beforeLaunch: ms
        ? launchMilestone ? !afterLaunch.has(ms) && ms !== launchMilestone.id : nodes.find((n) => n.id === ms)!.beforeLaunch
        : launchDaySlot !== null && last < launchDaySlot,
      source: t,
    });
  }

  const cpm = runCpm(nodes, src, launchMilestone?.id ?? null, launchDaySlot);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const figures = new Map<string, CpmFigures>();
  for (const n of nodes) {
    const t = cpm.result.nodes.get(n.id)!;
    const at = (s: number) => axis.date(cpm.origin + s);
    const endOf = (start: number, finish: number) => at(finish > start ? finish - 1 : start);
    figures.set(n.id, {
      earliestStart: at(t.es), earliestFinish: endOf(t.es, t.ef),
      latestStart: at(t.ls), latestFinish: endOf(t.ls, t.lf),
      slackDays: t.slack, critical: t.critical,
    });
  }

  const items = orderItems(nodes).map((n): ScheduleItem => {
    const isTask = n.kind === "task";
    const s = n.source;
    return {
      id: n.id, kind: n.kind, name: n.name, milestoneId: n.milestoneId, start: n.start, end: n.end,
      durationDays: isTask ? n.duration : (s as SourceMilestone).durationDays,
      bufferDays: n.bufferDays,
      isLaunch: !isTask && (s as SourceMilestone).isLaunch,
      status: isTask ? (s as SourceTask).status : null,
      assigneeName: isTask ? (s as SourceTask).assigneeName : null,
      version: isTask ? (s as SourceTask).version : null,
      dependsOn: s.dependsOn.filter((d) => byId.get(d)?.kind === n.kind),
      cpm: figures.get(n.id)!,
    };
  });

  const negativeSlack = items
    .filter((i) => i.cpm.slackDays < 0)
    .sort((a, b) => a.cpm.slackDays - b.cpm.slackDays)
    .map((i) => ({ id: i.id, name: i.name, slackDays: i.cpm.slackDays }));

  const range = rangeOf(nodes, axis);
  return {
    campaignId: src.campaignId,
    campaignVersion: src.campaignVersion,
    launchDate: src.launchDate,
    today: src.today,
    holidays: holidaysIn(src.holidays, range, src.launchDate),
    items,
    criticalPath: criticalChain(nodes, cpm.result, cpm.edges),
    undatedTasks,
    negativeSlack,
    range,
    canReschedule: src.canReschedule,
  };
}

type CpmRun = { result: CpmResult; origin: number; edges: Edge[] };

/** Builds the graph and runs CPM; context edges that close a cycle (a task dependency against the milestone order) are dropped. */
function runCpm(nodes: Node[], src: ScheduleSource, launchId: string | null, launchDaySlot: number | null): CpmRun {
  const present = new Set(nodes.map((n) => n.id));
  const itemEdges = [...milestoneEdges(src.milestones), ...taskEdges(src.tasks, present)];
  // context edges carry the task they belong to, so they can be dropped when they close a cycle
  const context = contextEdges(nodes, src.milestones);
  const dropped = new Set<string>();
  for (;;) {
    try {
      return solve(nodes, itemEdges, context.filter((e) => !dropped.has(e.task)), launchId, launchDaySlot);
    } catch (e) {
      if (!(e instanceof CycleError)) throw e;
      const culprits = e.cycle.filter((id) => context.some((c) => c.task === id) && !dropped.has(id));
      if (culprits.length === 0) throw e;
      culprits.forEach((id) => dropped.add(id));
    }
  }
}

function solve(nodes: Node[], itemEdges: Edge[], context: (Edge & { task: string })[], launchId: string | null, launchDaySlot: number | null): CpmRun {
  const origin = Math.min(...nodes.map((n) => n.slot), launchDaySlot ?? Infinity);
  const cpmNodes: CpmNode[] = nodes.map((n) => ({ id: n.id, duration: n.duration }));
  const edges: Edge[] = [...itemEdges, ...context.map(({ from, to }) => ({ from, to }))];
  // the planned start as a release date: a helper node as long as the wait from the origin
  const releases = new Set<number>();
  const releaseEdges: Edge[] = [];
  for (const n of nodes) {
    const wait = n.slot - origin;
    if (wait === 0) continue;
    releases.add(wait);
    releaseEdges.push({ from: RELEASE + wait, to: n.id });
  }
  for (const wait of releases) cpmNodes.push({ id: RELEASE + wait, duration: wait });

  if (launchDaySlot === null || nodes.length === 0) {
    // real predecessors first: the chain walk prefers them over a release
    return { result: criticalPathMethod({ nodes: cpmNodes, edges: [...edges, ...releaseEdges] }), origin, edges };
  }

  // what must happen before the launch gets a latest finish at the launch
  let gate = launchId;
  if (gate === null) {
    gate = GATE;
    cpmNodes.push({ id: GATE, duration: 0 });
  }
  for (const n of nodes) if (n.beforeLaunch && n.id !== gate) edges.push({ from: n.id, to: gate });

  // without a launch milestone, work is due by the end of the launch day
  const gateStart = gate === GATE ? launchDaySlot + 1 - origin : launchDaySlot - origin;
  const gateDuration = gate === GATE ? 0 : nodes.find((n) => n.id === gate)!.duration;
  const all = [...edges, ...releaseEdges];
  // the end of the work, as planned, for what follows the launch
  const free = criticalPathMethod({ nodes: cpmNodes, edges: all });
  const deadline = Math.max(free.duration, gateStart + gateDuration);
  // a spacer after the gate pins the gate's latest start to the launch
  cpmNodes.push({ id: SPACER, duration: deadline - gateStart - gateDuration });
  const result = criticalPathMethod({ nodes: cpmNodes, edges: [...all, { from: gate, to: SPACER }], deadline });
  return { result, origin, edges };
}

function milestoneEdges(ms: readonly SourceMilestone[]): Edge[] {
  const ids = new Set(ms.map((m) => m.id));
  return ms.flatMap((m) => m.dependsOn.filter((d) => ids.has(d)).map((d) => ({ from: d, to: m.id })));
}

/** Task dependencies among scheduled tasks; a left-out task's predecessors are linked to its successors. */
function taskEdges(tasks: readonly SourceTask[], present: ReadonlySet<string>): Edge[] {
  const known = new Set(tasks.map((t) => t.id));
  const preds = new Map<string, Set<string>>();
  const succs = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    if (from === to) return;
    (succs.get(from) ?? succs.set(from, new Set()).get(from)!).add(to);
    (preds.get(to) ?? preds.set(to, new Set()).get(to)!).add(from);
  };
  for (const t of tasks) for (const d of t.dependsOn) if (known.has(d)) link(d, t.id);
  for (const t of tasks) {
    if (present.has(t.id)) continue;
    const p = [...(preds.get(t.id) ?? [])];
    const s = [...(succs.get(t.id) ?? [])];
    for (const a of p) succs.get(a)!.delete(t.id);
    for (const b of s) preds.get(b)!.delete(t.id);
    for (const a of p) for (const b of s) link(a, b);
    preds.delete(t.id);
    succs.delete(t.id);
  }
  const edges: Edge[] = [];
  for (const [from, tos] of succs) for (const to of tos) edges.push({ from, to });
  return edges;
}

function contextEdges(nodes: Node[], ms: readonly SourceMilestone[]): (Edge & { task: string })[] {
  const preds = new Map(ms.map((m) => [m.id, m.dependsOn]));
  const succs = new Map<string, string[]>();
  for (const m of ms) for (const d of m.dependsOn) succs.set(d, [...(succs.get(d) ?? []), m.id]);
  const edges: (Edge & { task: string })[] = [];
  for (const n of nodes) {
    if (n.kind !== "task" || !n.milestoneId) continue;
    for (const p of preds.get(n.milestoneId) ?? []) edges.push({ from: p, to: n.id, task: n.id });
    for (const s of succs.get(n.milestoneId) ?? []) edges.push({ from: n.id, to: s, task: n.id });
  }
  return edges;
}

/** Milestones that depend on `from`, directly or transitively (not `from` itself). */
function reachable(ms: readonly SourceMilestone[], from: string): Set<string> {
  const succs = new Map<string, string[]>();
  for (const m of ms) for (const d of m.dependsOn) succs.set(d, [...(succs.get(d) ?? []), m.id]);
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    for (const s of succs.get(stack.pop()!) ?? []) {
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(s);
    }
  }
  seen.delete(from);
  return seen;
}

/**
 * The chain that drives the finish: from the item with the least slack that nothing follows
 * (the latest finishing one on a tie), back through the predecessor with the least slack (the
 * latest finishing one on a tie). Its items are critical when their slack is ≤ 0; with buffers
 * in the plan the chain before the launch has slack, and says how much.
 */
function criticalChain(nodes: Node[], cpm: CpmResult, edges: Edge[]): string[] {
  if (nodes.length === 0) return [];
  const preds = new Map<string, string[]>();
  const hasSucc = new Set<string>();
  for (const e of edges) {
    if (e.to.startsWith("\u0000")) continue;
    (preds.get(e.to) ?? preds.set(e.to, []).get(e.to)!).push(e.from);
    hasSucc.add(e.from);
  }
  const t = (id: string) => cpm.nodes.get(id)!;
  const better = (a: string, b: string) => t(a).slack < t(b).slack || (t(a).slack === t(b).slack && t(a).ef > t(b).ef);
  let v: string | undefined;
  for (const n of nodes) if (!hasSucc.has(n.id) && (v === undefined || better(n.id, v))) v = n.id;
  const chain: string[] = [];
  const seen = new Set<string>();
  while (v !== undefined && !seen.has(v)) {
    chain.push(v);
    seen.add(v);
    let next: string | undefined;
    for (const p of preds.get(v) ?? []) if (next === undefined || better(p, next)) next = p;
    v = next;
  }
  return chain.reverse();
}

/** Milestones in date order, each followed by its tasks; then tasks outside milestones. */
function orderItems(nodes: Node[]): Node[] {
  const byDate = (a: Node, b: Node) =>
    a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.source.position - b.source.position || a.id.localeCompare(b.id);
  const milestones = nodes.filter((n) => n.kind === "milestone").sort(byDate);
  const tasks = nodes.filter((n) => n.kind === "task").sort(byDate);
  const out: Node[] = [];
  for (const m of milestones) out.push(m, ...tasks.filter((t) => t.milestoneId === m.id));
  out.push(...tasks.filter((t) => t.milestoneId === null));
  return out;
}

function rangeOf(nodes: Node[], axis: WorkingDayAxis): { start: string; end: string } | null {
  if (nodes.length === 0) return null;
  let start = nodes[0]!.start;
  let end = nodes[0]!.end;
  for (const n of nodes) {
    if (n.start < start) start = n.start;
    const last = n.bufferDays > 0 ? axis.date(axis.slotOf(n.end, "previous") + n.bufferDays) : n.end;
    if (last > end) end = last;
  }
  return { start, end };
}

function holidaysIn(holidays: ScheduleSource["holidays"], range: { start: string; end: string } | null, launchDate: string | null) {
  const from = [range?.start, launchDate].filter((d): d is string => Boolean(d)).sort()[0];
  const to = [range?.end, launchDate].filter((d): d is string => Boolean(d)).sort().at(-1);
  if (!from || !to) return [];
  const lo = shiftDays(from, -HOLIDAY_MARGIN_DAYS);
  const hi = shiftDays(to, HOLIDAY_MARGIN_DAYS);
  return holidays.filter((h) => h.date >= lo && h.date <= hi).sort((a, b) => a.date.localeCompare(b.date));
}

const shiftDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function firstDate(ms: readonly SourceMilestone[], tasks: readonly SourceTask[]): string | null {
  const dates = [...ms.map((m) => m.startDate), ...tasks.map((t) => t.startDate ?? t.dueDate!)];
  return dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : null;
}
