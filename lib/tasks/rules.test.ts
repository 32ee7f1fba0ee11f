import { describe, expect, it } from "vitest";
import { taskStatuses, type TaskStatus } from "@/db/schema/values";
import { InvalidTransition } from "@/lib/core/errors";
import { canMoveTask, decideTaskMove, effectiveStatus, isOpen, isOverdue, taskTransitions, todayIso } from "./rules";

const legal: [TaskStatus, TaskStatus][] = [
  ["todo", "in_progress"], ["todo", "blocked"], ["todo", "cancelled"],
  ["in_progress", "in_review"], ["in_progress", "done"], ["in_progress", "blocked"], ["in_progress", "todo"], ["in_progress", "cancelled"],
  ["blocked", "in_progress"], ["blocked", "todo"], ["blocked", "cancelled"],
  ["in_review", "in_progress"], ["in_review", "done"], ["in_review", "cancelled"],
  ["done", "in_progress"],
  ["cancelled", "todo"],
];
const isLegal = (from: TaskStatus, to: TaskStatus) => legal.some(([f, t]) => f === from && t === to);
const allPairs = taskStatuses.flatMap((from) => taskStatuses.map((to) => [from, to] as [TaskStatus, TaskStatus]));

describe("task status transitions", () => {
  it("the transition table is exactly the legal moves", () => {
    expect(Object.entries(taskTransitions).flatMap(([f, ts]) => ts.map((t) => [f, t])).sort()).toEqual([...legal].sort());
  });

  it.each(legal)("allows %s → %s without dependencies", (from, to) => {
    expect(canMoveTask(from, to)).toBe(true);
    expect(decideTaskMove({ title: "Write copy", status: from }, to)).toBe(to);
  });

  it.each(allPairs.filter(([f, t]) => f !== t && !isLegal(f, t)))("rejects %s → %s naming both states", (from, to) => {
    expect(canMoveTask(from, to)).toBe(false);
    const move = () => decideTaskMove({ title: "Write copy", status: from }, to);
    expect(move).toThrow(InvalidTransition);
    const labels: Record<TaskStatus, string> = {
      todo: "To do", in_progress: "In progress", blocked: "Blocked", in_review: "In review", done: "Done", cancelled: "Cancelled",
    };
    expect(move).toThrow(`from ${labels[from]} to ${labels[to]}`);
  });

  it.each(taskStatuses)("rejects moving a %s task to the status it already has", (status) => {
    expect(() => decideTaskMove({ title: "Design", status }, status)).toThrow(/"Design" is already/);
  });
});

describe("dependencies hold a task back", () => {
  const open = [
    { title: "Write copy", status: "in_progress" as const },
    { title: "Brief", status: "todo" as const },
    { title: "Kick-off", status: "done" as const },
    { title: "Old idea", status: "cancelled" as const },
  ];

  it.each(["in_progress", "in_review", "done"] as const)("cannot move to %s while a dependency is open, naming the blockers", (to) => {
    const from: TaskStatus = to === "in_progress" ? "todo" : "in_progress";
    const move = () => decideTaskMove({ title: "Design", status: from }, to, open);
    expect(move).toThrow(InvalidTransition);
    expect(move).toThrow(/"Write copy", "Brief"/);
    expect(move).not.toThrow(/Kick-off|Old idea/);
  });

  it("allows starting once every dependency is done or cancelled", () => {
    expect(decideTaskMove({ title: "Design", status: "todo" }, "in_progress", open.slice(2))).toBe("in_progress");
  });

  it("still allows moves that do not start work (cancel, block, back to to do)", () => {
    expect(decideTaskMove({ title: "Design", status: "todo" }, "cancelled", open)).toBe("cancelled");
    expect(decideTaskMove({ title: "Design", status: "in_progress" }, "blocked", open)).toBe("blocked");
    expect(decideTaskMove({ title: "Design", status: "blocked" }, "todo", open)).toBe("todo");
  });

  it("shows a waiting to-do task as blocked, and nothing else changes", () => {
    expect(effectiveStatus({ status: "todo" }, open)).toBe("blocked");
    expect(effectiveStatus({ status: "todo" }, open.slice(2))).toBe("todo");
    expect(effectiveStatus({ status: "todo" }, [])).toBe("todo");
    expect(effectiveStatus({ status: "in_progress" }, open)).toBe("in_progress");
  });

  it("counts only done and cancelled as closed", () => {
    expect(taskStatuses.filter((s) => !isOpen(s))).toEqual(["done", "cancelled"]);
  });
});

describe("overdue", () => {
  const today = "2027-03-10";
  it("is past due and still open", () => {
    expect(isOverdue({ dueDate: "2027-03-09", status: "todo" }, today)).toBe(true);
    expect(isOverdue({ dueDate: "2026-12-31", status: "blocked" }, today)).toBe(true);
    expect(isOverdue({ dueDate: "2027-03-09", status: "in_review" }, today)).toBe(true);
  });
  it("is not due today, in the future, undated, done or cancelled", () => {
    expect(isOverdue({ dueDate: today, status: "todo" }, today)).toBe(false);
    expect(isOverdue({ dueDate: "2027-03-11", status: "todo" }, today)).toBe(false);
    expect(isOverdue({ dueDate: null, status: "todo" }, today)).toBe(false);
    expect(isOverdue({ dueDate: "2027-03-01", status: "done" }, today)).toBe(false);
    expect(isOverdue({ dueDate: "2027-03-01", status: "cancelled" }, today)).toBe(false);
  });
  it("takes today as the UTC calendar date", () => {
    expect(todayIso(new Date("2027-03-10T23:30:00Z"))).toBe("2027-03-10");
  });
});
