/** Words for the timeline: dates, spans, working days, slack, and a bar's accessible label. */
import { format, parseISO } from "date-fns";
import { taskStatusLabels } from "@/lib/tasks/rules";
import type { ScheduleItem } from "@/lib/timeline/schedule-view";

export const shortDay = (iso: string) => format(parseISO(iso), "MMM d");
export const longDay = (iso: string) => format(parseISO(iso), "EEE, MMM d, yyyy");

export function span(start: string, end: string) {
  if (start === end) return format(parseISO(start), "MMM d, yyyy");
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  return `${format(parseISO(start), sameYear ? "MMM d" : "MMM d, yyyy")} – ${format(parseISO(end), "MMM d, yyyy")}`;
}

export const workingDays = (n: number) => `${n} working day${Math.abs(n) === 1 ? "" : "s"}`;

/** "+3 days", "−2 days" (a real minus sign) */
export function shift(n: number) {
  const abs = Math.abs(n);
  return `${n > 0 ? "+" : n < 0 ? "−" : "±"}${abs} day${abs === 1 ? "" : "s"}`;
}

export function slackText(slackDays: number) {
  if (slackDays < 0) return `${workingDays(-slackDays)} late for the launch`;
  if (slackDays === 0) return "None: on the critical path";
  return `${workingDays(slackDays)} of slack`;
}

export function statusText(item: Pick<ScheduleItem, "status" | "assigneeName">) {
  const status = item.status ? taskStatusLabels[item.status] : null;
  return [status, item.assigneeName ?? (item.status ? "Unassigned" : null)].filter(Boolean).join(" · ");
}

export function barLabel(item: ScheduleItem, onCriticalPath = item.cpm.critical) {
  const parts = [
    `${item.isLaunch ? "Launch milestone" : item.kind === "milestone" ? "Milestone" : "Task"} ${item.name}`,
    span(item.start, item.end),
    workingDays(item.durationDays),
  ];
  if (item.bufferDays > 0) parts.push(`buffer ${workingDays(item.bufferDays)}`);
  if (item.cpm.slackDays < 0) parts.push(`cannot make the launch: ${workingDays(-item.cpm.slackDays)} late`);
  else if (item.cpm.critical) parts.push("critical path");
  else parts.push(...(onCriticalPath ? ["critical path"] : []), slackText(item.cpm.slackDays));
  if (item.kind === "task") parts.push(statusText(item));
  return parts.join(", ");
}
