import type { TaskStatus } from "@/db/schema/values";
import { InvalidTransition } from "@/lib/core/errors";

export const taskStatusLabels: Record<TaskStatus, string> = {
  todo: "To do",
  in_progress: "In progress",
  blocked: "Blocked",
  in_review: "In review",
  done: "Done",
  cancelled: "Cancelled",
};

/** The only legal status moves. Every open status may also be cancelled; done reopens to in progress. */
export const taskTransitions: Record<TaskStatus, readonly TaskStatus[]> = {
  todo: ["in_progress", "blocked", "cancelled"],
  in_progress: ["in_review", "done", "blocked", "todo", "cancelled"],
  blocked: ["in_progress", "todo", "cancelled"],
  in_review: ["in_progress", "done", "cancelled"],
  done: ["in_progress"],
  cancelled: ["todo"],
};

/** Statuses that mean work has started: none of them may be entered while a dependency is open. */
const startedStatuses: readonly TaskStatus[] = ["in_progress", "in_review", "done"];

/** A task is open until it is done or cancelled; an open predecessor holds its successors back. */
export function isOpen(status: TaskStatus): boolean {
  return status !== "done" && status !== "cancelled";
}

export function canMoveTask(from: TaskStatus, to: TaskStatus): boolean {
  return taskTransitions[from].includes(to);
}

export type TaskRef = { title: string; status: TaskStatus };

const quoted = (titles: string[]) => titles.map((t) => `"${t}"`).join(", ");

/** Titles of the predecessors that are still open, in the order given. */
export function openBlockers(predecessors: readonly TaskRef[]): string[] {
  return predecessors.filter((p) => isOpen(p.status)).map((p) => p.title);
}

/**
 * Decides a status move of `task` to `to`, given its predecessors (the tasks it depends on).
 * Returns the new status; throws InvalidTransition naming both states, or the blocking tasks.
 */
export function decideTaskMove(task: TaskRef, to: TaskStatus, predecessors: readonly TaskRef[] = []): TaskStatus {
  const from = task.status;
  if (from === to) throw new InvalidTransition(`"${task.title}" is already ${taskStatusLabels[to]}.`);
  if (!canMoveTask(from, to)) {
    const allowed = taskTransitions[from].map((s) => taskStatusLabels[s]).join(", ");
    throw new InvalidTransition(
      `A task cannot move from ${taskStatusLabels[from]} to ${taskStatusLabels[to]}; from ${taskStatusLabels[from]} it can move to: ${allowed}.`,
    );
  }
  const blockers = openBlockers(predecessors);
  if (startedStatuses.includes(to) && blockers.length) {
    throw new InvalidTransition(
      `"${task.title}" cannot move to ${taskStatusLabels[to]} while ${blockers.length === 1 ? "a task it depends on is" : "tasks it depends on are"} ` +
        `still open: ${quoted(blockers)}. Finish or cancel ${blockers.length === 1 ? "it" : "them"} first.`,
    );
  }
  return to;
}

/** Dates are ISO YYYY-MM-DD, so string order is date order. */
export function isOverdue(task: { dueDate: string | null; status: TaskStatus }, today: string): boolean {
  return task.dueDate !== null && task.dueDate < today && isOpen(task.status);
}

/** What a board shows: a to-do task waiting on open predecessors shows as blocked. */
export function effectiveStatus(task: { status: TaskStatus }, predecessors: readonly TaskRef[]): TaskStatus {
  return task.status === "todo" && openBlockers(predecessors).length > 0 ? "blocked" : task.status;
}

/** Today's date in UTC as YYYY-MM-DD: due dates are calendar days without a time zone. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Adds whole days to an ISO date (UTC calendar arithmetic). */
export function addDaysIso(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The due-date window of a board filter, inclusive, from `today` (YYYY-MM-DD). "this_week" is the
 * calendar week Monday to Sunday, so it also holds this week's overdue tasks; "overdue" and
 * "no_date" are not windows and return null.
 */
export function dueWindow(due: "today" | "this_week" | "next_14_days" | "overdue" | "no_date", today: string): { from: string; to: string } | null {
  if (due === "today") return { from: today, to: today };
  if (due === "next_14_days") return { from: today, to: addDaysIso(today, 14) };
  if (due === "this_week") {
    const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
    const monday = addDaysIso(today, -weekday);
    return { from: monday, to: addDaysIso(monday, 6) };
  }
  return null;
}
