import { describe, expect, it } from "vitest";
import { computePerformance, type DoneTask } from "./performance";

const today = "2026-11-25"; // a Wednesday
const task = (over: Partial<DoneTask> & { completedOn: string }): DoneTask => ({
  completedAt: new Date(`${over.completedOn}T12:00:00Z`),
  startedAt: new Date(`${over.completedOn}T00:00:00Z`),
  dueDate: null,
  estimateHours: null,
  loggedHours: 0,
  ...over,
});

describe("computePerformance", () => {
  it("has no rates without done tasks, and 13 empty weeks", () => {
    const p = computePerformance([], today);
    expect(p.onTime.rate).toBeNull();
    expect(p.averageCycleDays).toBeNull();
    expect(p.estimateAccuracy.ratio).toBeNull();
    expect(p.throughput).toHaveLength(13);
    expect(p.throughput.at(-1)!.weekStart).toBe("2026-11-23");
    expect(p.throughput.every((w) => w.done === 0)).toBe(true);
  });

  it("counts a task done on its due date as on time, a day later as late, and ignores undated ones", () => {
    const p = computePerformance([
      task({ completedOn: "2026-11-20", dueDate: "2026-11-20" }),
      task({ completedOn: "2026-11-21", dueDate: "2026-11-20" }),
      task({ completedOn: "2026-11-10", dueDate: "2026-11-30" }),
      task({ completedOn: "2026-11-10" }),
    ], today);
    expect(p.onTime).toEqual({ count: 2, withDueDate: 3, rate: 0.6667 });
    expect(p.doneCount).toBe(4);
  });

  it("leaves out tasks completed more than 90 days ago", () => {
    const p = computePerformance([task({ completedOn: "2026-08-27", dueDate: "2026-08-01" }), task({ completedOn: "2026-08-28", dueDate: "2026-09-01" })], today);
    expect(p.doneCount).toBe(1);
    expect(p.onTime.rate).toBe(1);
  });

  it("counts throughput per Monday-started week", () => {
    const p = computePerformance([
      task({ completedOn: "2026-11-23" }), task({ completedOn: "2026-11-25" }), task({ completedOn: "2026-11-22" }),
    ], today);
    expect(p.throughput.at(-1)).toEqual({ weekStart: "2026-11-23", done: 2 });
    expect(p.throughput.at(-2)).toEqual({ weekStart: "2026-11-16", done: 1 });
    expect(p.averagePerWeek).toBe(0.2);
  });

  it("averages the cycle time in days from start to completion", () => {
    const p = computePerformance([
      task({ completedOn: "2026-11-20", startedAt: new Date("2026-11-18T12:00:00Z") }),
      task({ completedOn: "2026-11-20", startedAt: new Date("2026-11-16T12:00:00Z") }),
    ], today);
    expect(p.averageCycleDays).toBe(3);
  });

  it("divides logged hours by estimates over tasks that have both", () => {
    const p = computePerformance([
      task({ completedOn: "2026-11-20", estimateHours: 10, loggedHours: 12 }),
      task({ completedOn: "2026-11-20", estimateHours: 10, loggedHours: 8 }),
      task({ completedOn: "2026-11-20", estimateHours: 10, loggedHours: 0 }),
      task({ completedOn: "2026-11-20", estimateHours: null, loggedHours: 5 }),
    ], today);
    expect(p.estimateAccuracy).toEqual({ ratio: 1, tasks: 2, loggedHours: 20, estimateHours: 20 });
  });
});
