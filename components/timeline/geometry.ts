/**
 * Pure geometry of the Gantt chart: dates ↔ x, rows, bar rectangles, connector paths and what a
 * drag means in working days. No React, no DOM: unit-tested in geometry.test.ts.
 *
 * x is measured in pixels from the left edge of the chart area (after the names column); a day
 * occupies [x, x + dayWidth), so an inclusive end date ends at x(end) + dayWidth.
 */
import { addWorkingDays, dayNumber, fromDayNumber, toWorkingDay, workingDayDiff, workingDaysBetween, type WorkCalendar } from "@/lib/timeline/calendar";
import type { CampaignSchedule, ScheduleItem } from "@/lib/timeline/schedule-view";

export type Zoom = "week" | "month";
export const DAY_WIDTH: Record<Zoom, number> = { week: 28, month: 9 };
export const ROW_HEIGHT = 36;
export const NAME_WIDTH = 272;
/** today is included in the axis only when it is this close to the plan, so it never squeezes the bars */
const TODAY_REACH_DAYS = 120;

export function parseZoom(value: unknown): Zoom {
  return value === "month" ? "month" : "week";
}

export type Scale = { startDay: number; days: number; dayWidth: number; width: number };

/** The shown range: the plan (with buffers), the launch and, when near, today, padded to whole weeks or months. */
export function makeScale(schedule: Pick<CampaignSchedule, "range" | "launchDate" | "today">, zoom: Zoom, minWidth = 0): Scale {
  const anchors = [schedule.range?.start, schedule.range?.end, schedule.launchDate].filter((d): d is string => Boolean(d)).map(dayNumber);
  if (anchors.length === 0) anchors.push(dayNumber(schedule.today));
  let lo = Math.min(...anchors);
  let hi = Math.max(...anchors);
  const today = dayNumber(schedule.today);
  if (today >= lo - TODAY_REACH_DAYS && today <= hi + TODAY_REACH_DAYS) {
    lo = Math.min(lo, today);
    hi = Math.max(hi, today);
  }
  if (zoom === "week") {
    // Monday of the week before, Sunday of the week after
    lo = lo - ((weekdayOfDay(lo) + 6) % 7) - 7;
    hi = hi + ((7 - weekdayOfDay(hi)) % 7) + 7;
  } else {
    lo = dayNumber(`${fromDayNumber(lo).slice(0, 7)}-01`);
    hi = dayNumber(endOfMonth(fromDayNumber(hi)));
  }
  const dayWidth = DAY_WIDTH[zoom];
  // a short plan still fills the chart: more empty days on the right
  const days = Math.max(hi - lo + 1, Math.ceil(minWidth / dayWidth));
  return { startDay: lo, days, dayWidth, width: days * dayWidth };
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday) */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function endOfMonth(date: string): string {
  const [y, m] = date.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  return fromDayNumber(dayNumber(next) - 1);
}

export const xOf = (scale: Scale, date: string) => (dayNumber(date) - scale.startDay) * scale.dayWidth;
/** x just after the inclusive end date */
export const xAfter = (scale: Scale, date: string) => xOf(scale, date) + scale.dayWidth;

export function calendarOf(holidays: readonly { date: string }[]): WorkCalendar {
  return { holidays: new Set(holidays.map((h) => h.date)) };
}

export type BarGeometry = {
  x: number;
  width: number;
  /** the hatched buffer after the bar; width 0 when none */
  bufferX: number;
  bufferWidth: number;
  /** the slack whisker up to the latest finish; width 0 when none */
  slackX: number;
  slackWidth: number;
};

export function barGeometry(item: Pick<ScheduleItem, "start" | "end" | "bufferDays" | "cpm">, scale: Scale, cal: WorkCalendar): BarGeometry {
  const x = xOf(scale, item.start);
  const width = Math.max(xAfter(scale, item.end) - x, scale.dayWidth);
  const bufferX = x + width;
  const bufferWidth = item.bufferDays > 0 ? xAfter(scale, addWorkingDays(item.end, item.bufferDays, cal)) - bufferX : 0;
  const slackX = bufferX + bufferWidth;
  const slackWidth = item.cpm.slackDays > 0 ? Math.max(0, xAfter(scale, item.cpm.latestFinish) - slackX) : 0;
  return { x, width, bufferX, bufferWidth, slackX, slackWidth };
}

export type GanttRow =
  | { key: string; kind: "milestone"; item: ScheduleItem; taskCount: number }
  | { key: string; kind: "task"; item: ScheduleItem; nested: boolean }
  | { key: string; kind: "group"; label: string; taskCount: number };

/** Milestones in the schedule's order, each followed by its tasks unless collapsed; then tasks outside milestones. */
export function buildRows(items: readonly ScheduleItem[], collapsed: ReadonlySet<string>): GanttRow[] {
  const tasksOf = new Map<string | null, ScheduleItem[]>();
  const milestoneIds = new Set(items.filter((i) => i.kind === "milestone").map((i) => i.id));
  for (const item of items) {
    if (item.kind !== "task") continue;
    const key = item.milestoneId && milestoneIds.has(item.milestoneId) ? item.milestoneId : null;
    tasksOf.set(key, [...(tasksOf.get(key) ?? []), item]);
  }
  const rows: GanttRow[] = [];
  for (const m of items) {
    if (m.kind !== "milestone") continue;
    const tasks = tasksOf.get(m.id) ?? [];
    rows.push({ key: m.id, kind: "milestone", item: m, taskCount: tasks.length });
    if (!collapsed.has(m.id)) for (const t of tasks) rows.push({ key: t.id, kind: "task", item: t, nested: true });
  }
  const loose = tasksOf.get(null) ?? [];
  if (loose.length) {
    rows.push({ key: "group:loose", kind: "group", label: "Tasks outside milestones", taskCount: loose.length });
    for (const t of loose) rows.push({ key: t.id, kind: "task", item: t, nested: false });
  }
  return rows;
}

/**
 * A finish-to-start elbow from (x1, y1) to (x2, y2): out to the right, down (or up) to the
 * target row, in from the left. When the target starts before the source ends, the line turns
 * back between the rows instead of running through the bars.
 */
export function connectorPath(from: { x: number; y: number }, to: { x: number; y: number }, rowHeight = ROW_HEIGHT, gap = 8): string {
  const out = from.x + gap;
  if (to.x - gap >= out) return `M ${from.x} ${from.y} H ${out} V ${to.y} H ${to.x}`;
  const between = to.y > from.y ? to.y - rowHeight / 2 : to.y + rowHeight / 2;
  return `M ${from.x} ${from.y} H ${out} V ${between} H ${to.x - gap} V ${to.y} H ${to.x}`;
}

export type Connector = { key: string; d: string; critical: boolean };

/**
 * The items drawn as critical: the chain that drives the finish (`criticalPath`, which may still
 * have slack when the plan has buffers) and anything with no slack left.
 */
export function criticalIds(schedule: Pick<CampaignSchedule, "criticalPath" | "items">): Set<string> {
  return new Set([...schedule.criticalPath, ...schedule.items.filter((i) => i.cpm.critical).map((i) => i.id)]);
}

/** Connectors between dependent items whose rows are shown; they leave a milestone after its buffer. */
export function connectors(rows: readonly GanttRow[], bars: ReadonlyMap<string, BarGeometry>, critical: ReadonlySet<string>, rowHeight = ROW_HEIGHT): Connector[] {
  const rowOf = new Map<string, number>();
  rows.forEach((r, i) => {
    if (r.kind !== "group") rowOf.set(r.item.id, i);
  });
  const out: Connector[] = [];
  rows.forEach((r, i) => {
    if (r.kind === "group") return;
    const to = bars.get(r.item.id);
    for (const dep of r.item.dependsOn) {
      const j = rowOf.get(dep);
      const from = bars.get(dep);
      if (j === undefined || !from || !to) continue;
      const d = connectorPath({ x: from.bufferX + from.bufferWidth, y: j * rowHeight + rowHeight / 2 }, { x: to.x, y: i * rowHeight + rowHeight / 2 }, rowHeight);
      out.push({ key: `${dep}->${r.item.id}`, d, critical: critical.has(dep) && critical.has(r.item.id) });
    }
  });
  return out;
}

/** Pixels dragged → whole calendar days. */
export function snapDays(dx: number, dayWidth: number): number {
  return Math.round(dx / dayWidth) || 0;
}

/**
 * Working days a date moves when dragged by `calendarDays`: a landing on a weekend or holiday
 * rounds back towards where the drag started, so a bar never jumps past the pointer.
 */
export function dragWorkingDays(date: string, calendarDays: number, cal: WorkCalendar): number {
  if (calendarDays === 0) return 0;
  const from = toWorkingDay(date, cal, "next");
  const target = toWorkingDay(fromDayNumber(dayNumber(date) + calendarDays), cal, calendarDays > 0 ? "previous" : "next");
  return workingDayDiff(from, target, cal);
}

/** Start and end moved by whole working days. */
export function shiftDates(item: { start: string; end: string }, workingDays: number, cal: WorkCalendar) {
  return { start: addWorkingDays(item.start, workingDays, cal), end: addWorkingDays(item.end, workingDays, cal) };
}

/** The end after its right edge moved by working days; never before the start. */
export function resizedEnd(item: { start: string; end: string }, workingDays: number, cal: WorkCalendar): { end: string; durationDays: number } {
  const start = toWorkingDay(item.start, cal, "next");
  const end = addWorkingDays(item.end, workingDays, cal);
  const safeEnd = end < start ? start : end;
  return { end: safeEnd, durationDays: Math.max(1, workingDaysBetween(start, safeEnd, cal)) };
}

/** Dependants of a task that would start before it finishes, were it to end on `end`. */
export function dependantsStartingEarly(items: readonly ScheduleItem[], taskId: string, end: string): ScheduleItem[] {
  return items.filter((i) => i.dependsOn.includes(taskId) && i.start <= end);
}
