/**
 * A member's performance over the last 90 days (DESIGN §3 "Team"). Pure: the loader in
 * team/load.ts fetches the member's done tasks and calls this.
 *
 * Cycle time runs from the first time the task moved to in progress (read from the audit log)
 * to its completion; a task that never went through in progress (moved straight to done, or
 * created before the audit existed) counts from its creation instead.
 */
import { addDays, weekStart } from "./capacity";

export const PERFORMANCE_DAYS = 90;
export const THROUGHPUT_WEEKS = 13;

export type DoneTask = {
  /** the day it was completed, YYYY-MM-DD in the member's calendar */
  completedOn: string;
  completedAt: Date;
  startedAt: Date;
  dueDate: string | null;
  estimateHours: number | null;
  loggedHours: number;
};

export type Performance = {
  from: string;
  to: string;
  doneCount: number;
  /** done tasks with a due date, and how many of them were completed on or before it */
  onTime: { count: number; withDueDate: number; rate: number | null };
  /** done per week, Monday-started weeks, oldest first, the current week last */
  throughput: { weekStart: string; done: number }[];
  averagePerWeek: number;
  averageCycleDays: number | null;
  /** logged ÷ estimate over done tasks with both (1 = spot on, above 1 = took longer) */
  estimateAccuracy: { ratio: number | null; tasks: number; loggedHours: number; estimateHours: number };
};

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export function computePerformance(done: readonly DoneTask[], today: string): Performance {
  const from = addDays(today, -(PERFORMANCE_DAYS - 1));
  const inWindow = done.filter((t) => t.completedOn >= from && t.completedOn <= today);

  const withDue = inWindow.filter((t) => t.dueDate !== null);
  const onTimeCount = withDue.filter((t) => t.completedOn <= t.dueDate!).length;

  const firstWeek = addDays(weekStart(today), -7 * (THROUGHPUT_WEEKS - 1));
  const throughput = Array.from({ length: THROUGHPUT_WEEKS }, (_, i) => ({ weekStart: addDays(firstWeek, 7 * i), done: 0 }));
  for (const t of done) {
    const i = Math.floor((Date.parse(weekStart(t.completedOn)) - Date.parse(firstWeek)) / (7 * 86_400_000));
    if (i >= 0 && i < THROUGHPUT_WEEKS && t.completedOn <= today) throughput[i]!.done++;
  }

  const cycles = inWindow.map((t) => Math.max(t.completedAt.getTime() - t.startedAt.getTime(), 0) / 86_400_000);

  const measured = inWindow.filter((t) => (t.estimateHours ?? 0) > 0 && t.loggedHours > 0);
  const logged = measured.reduce((s, t) => s + t.loggedHours, 0);
  const estimated = measured.reduce((s, t) => s + t.estimateHours!, 0);

  return {
    from,
    to: today,
    doneCount: inWindow.length,
    onTime: { count: onTimeCount, withDueDate: withDue.length, rate: withDue.length ? round(onTimeCount / withDue.length, 4) : null },
    throughput,
    averagePerWeek: round(throughput.reduce((s, w) => s + w.done, 0) / THROUGHPUT_WEEKS, 1),
    averageCycleDays: cycles.length ? round(cycles.reduce((s, c) => s + c, 0) / cycles.length, 1) : null,
    estimateAccuracy: { ratio: estimated > 0 ? round(logged / estimated, 2) : null, tasks: measured.length, loggedHours: round(logged), estimateHours: round(estimated) },
  };
}
