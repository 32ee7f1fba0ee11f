import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, capacityHours, spreadWork, weekStart, type MemberCalendar } from "./capacity";
import { dailyWorkload, taskWindow, utilisationBand, weekCells, weekStartsFrom, windowWorkload, type MemberPlan, type OpenTask } from "./workload-model";

const cal = (over: Partial<MemberCalendar> = {}): MemberCalendar => ({ weeklyHours: [8, 8, 8, 8, 8, 0, 0], timeOff: [], holidays: new Set(), timezone: "UTC", ...over });
// Wednesday 9 Dec 2026; its week starts Monday 7 Dec
const today = "2026-12-09";
const plan = (tasks: OpenTask[], over: Partial<MemberPlan> = {}): MemberPlan => ({ calendar: cal(), today, tasks, logged: [], ...over });
const task = (over: Partial<OpenTask>): OpenTask => ({ id: "t1", startDate: null, dueDate: null, remaining: 8, ...over });

describe("taskWindow", () => {
  it("runs from today (or a later start) to the due date", () => {
    expect(taskWindow({ startDate: null, dueDate: "2026-12-18" }, today)).toEqual({ from: today, to: "2026-12-18" });
    expect(taskWindow({ startDate: "2026-12-01", dueDate: "2026-12-18" }, today)).toEqual({ from: today, to: "2026-12-18" });
    expect(taskWindow({ startDate: "2026-12-14", dueDate: "2026-12-18" }, today)).toEqual({ from: "2026-12-14", to: "2026-12-18" });
  });

  it("puts undated and overdue work in the rest of the current week", () => {
    expect(taskWindow({ startDate: null, dueDate: null }, today)).toEqual({ from: today, to: "2026-12-13" });
    expect(taskWindow({ startDate: "2026-11-01", dueDate: "2026-12-01" }, today)).toEqual({ from: today, to: "2026-12-13" });
  });

  it("treats a start after the due date as due on the due date", () => {
    expect(taskWindow({ startDate: "2026-12-20", dueDate: "2026-12-15" }, today)).toEqual({ from: "2026-12-15", to: "2026-12-15" });
  });
});

describe("utilisationBand", () => {
  it.each([
    [0, 0, "none"], [0, 40, "low"], [19.9, 40, "low"], [20, 40, "healthy"], [33.9, 40, "healthy"], [34, 40, "busy"], [40, 40, "busy"],
    [40.5, 40, "over"], [1, 0, "over"],
  ] as const)("%s of %s h is %s", (work, cap, band) => {
    expect(utilisationBand(work, cap)).toBe(band);
  });
});

describe("weekCells", () => {
  const weeks = weekStartsFrom("2026-11-30", 4); // 30 Nov, 7 Dec (current), 14 Dec, 21 Dec

  it("marks past, current and future weeks from the member's today", () => {
    expect(weekCells(plan([]), weeks).map((c) => c.when)).toEqual(["past", "current", "future", "future"]);
  });

  it("spreads a dated task over its working days, from today to the due date", () => {
    // Wed 9 … Fri 18 Dec: 8 working days; 16 h → 2 h a day: 6 h this week, 10 h next
    const cells = weekCells(plan([task({ remaining: 16, dueDate: "2026-12-18" })]), weeks);
    expect(cells.map((c) => c.workloadHours)).toEqual([0, 6, 10, 0]);
    expect(cells[1]).toMatchObject({ capacityHours: 40, utilisation: 0.15, band: "low", tasks: [{ taskId: "t1", hours: 6 }] });
  });

  it("counts undated and overdue tasks in the current week", () => {
    const cells = weekCells(plan([task({ id: "a", remaining: 30 }), task({ id: "b", remaining: 12, dueDate: "2026-11-20" })]), weeks);
    expect(cells.map((c) => c.workloadHours)).toEqual([0, 42, 0, 0]);
    expect(cells[1]).toMatchObject({ band: "over", utilisation: 1.05, tasks: [{ taskId: "a", hours: 30 }, { taskId: "b", hours: 12 }] });
  });

  it("uses logged hours for past days and for today, remaining work from today on", () => {
    const cells = weekCells(plan([task({ remaining: 3, dueDate: "2026-12-09" })], {
      logged: [
        { taskId: "old", workDate: "2026-12-01", hours: 6 },
        { taskId: "t1", workDate: "2026-12-08", hours: 5 },
        { taskId: "t1", workDate: "2026-12-09", hours: 1 },
        // entries after today (a mistake or another timezone) are not work done yet
        { taskId: "t1", workDate: "2026-12-15", hours: 2 },
      ],
    }), weeks);
    expect(cells.map((c) => c.workloadHours)).toEqual([6, 9, 0, 0]);
    expect(cells[0]!.tasks).toEqual([{ taskId: "old", hours: 6 }]);
  });

  it("respects time off and holidays in capacity and spreading", () => {
    const c = cal({ timeOff: [{ startDate: "2026-12-14", endDate: "2026-12-16" }], holidays: new Set(["2026-12-17"]) });
    const cells = weekCells(plan([task({ remaining: 16, dueDate: "2026-12-18", startDate: "2026-12-14" })], { calendar: c }), weeks);
    // only Fri 18 Dec is available in the window: all 16 h land there, against 8 h of capacity
    expect(cells[2]).toMatchObject({ capacityHours: 8, workloadHours: 16, utilisation: 2, band: "over" });
  });

  it("puts work on the due date when the member has no capacity, and reports no utilisation figure", () => {
    const c = cal({ timeOff: [{ startDate: "2026-12-14", endDate: "2026-12-20" }] });
    const cells = weekCells(plan([task({ remaining: 4, dueDate: "2026-12-17", startDate: "2026-12-14" })], { calendar: c }), weeks);
    expect(cells[2]).toMatchObject({ capacityHours: 0, workloadHours: 4, utilisation: null, band: "over" });
    expect(weekCells(plan([], { calendar: c }), weeks)[2]).toMatchObject({ band: "none", utilisation: null });
  });

  it("counts only the part of a long task that falls in the weeks shown", () => {
    // 40 h over Wed 9 Dec … Tue 5 Jan 2027 (20 working days): 2 h a day
    const cells = weekCells(plan([task({ remaining: 40, dueDate: "2027-01-05" })]), weeks);
    expect(cells.map((c) => c.workloadHours)).toEqual([0, 6, 10, 10]);
  });

  it("future workload never exceeds the remaining work, and all of it lands in a long enough grid", () => {
    const taskArb = fc.record({
      id: fc.uuid(),
      startDate: fc.option(fc.integer({ min: -30, max: 40 }).map((n) => addDays(today, n)), { nil: null }),
      dueDate: fc.option(fc.integer({ min: -30, max: 60 }).map((n) => addDays(today, n)), { nil: null }),
      remaining: fc.double({ min: 0, max: 80, noNaN: true }),
    });
    fc.assert(fc.property(fc.array(taskArb, { maxLength: 12 }), (tasks) => {
      const p = plan(tasks);
      const total = tasks.reduce((s, t) => s + t.remaining, 0);
      const all = weekCells(p, weekStartsFrom("2026-11-30", 16));
      expect(all.reduce((s, c) => s + c.workloadHours, 0)).toBeCloseTo(total, 0);
      for (const c of all) {
        if (c.when === "past") expect(c.workloadHours).toBe(0);
        expect(c.tasks.reduce((s, t) => s + t.hours, 0)).toBeCloseTo(c.workloadHours, 1);
        expect(c.capacityHours).toBe(capacityHours(p.calendar, c.weekStart, addDays(c.weekStart, 6)));
      }
    }));
  });
});

describe("windowWorkload", () => {
  it("sums a window's work per task against its capacity", () => {
    const w = windowWorkload(plan([task({ remaining: 16, dueDate: "2026-12-18" })]), "2026-12-14", "2026-12-18");
    expect(w).toMatchObject({ capacityHours: 40, workloadHours: 10, utilisation: 0.25, band: "low" });
    expect([...w.byTask]).toEqual([["t1", 10]]);
  });

  it("agrees with the sum of daily workload", () => {
    const p = plan([task({ id: "a", remaining: 20, dueDate: "2026-12-30" }), task({ id: "b", remaining: 5 })]);
    const daily = dailyWorkload(p, "2026-12-01", "2026-12-31");
    const sum = [...daily.values()].flatMap((m) => [...m.values()]).reduce((s, h) => s + h, 0);
    expect(windowWorkload(p, "2026-12-01", "2026-12-31").workloadHours).toBeCloseTo(sum, 2);
  });
});

describe("weekCells agrees with spreadWork and capacityHours day by day", () => {
  // the straightforward model: spreadWork per task, capacityHours per week (slow, obviously right)
  function reference(p: MemberPlan, weeks: string[]) {
    const last = addDays(weeks.at(-1)!, 6);
    const load = new Map<string, number>(weeks.map((w) => [w, 0]));
    const put = (day: string, h: number) => {
      if (day < weeks[0]! || day > last) return;
      load.set(weekStart(day), load.get(weekStart(day))! + h);
    };
    for (const e of p.logged) if (e.workDate <= p.today) put(e.workDate, e.hours);
    for (const t of p.tasks) {
      const w = taskWindow(t, p.today);
      for (const [d, h] of spreadWork(t.remaining, w.from, w.to, p.calendar)) put(d, h);
    }
    return weeks.map((w) => ({ capacity: capacityHours(p.calendar, w, addDays(w, 6)), workload: load.get(w)! }));
  }

  const day = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => addDays(today, n));
  const planArb = fc.record({
    calendar: fc.record({
      weeklyHours: fc.tuple(...Array.from({ length: 7 }, () => fc.integer({ min: 0, max: 10 }))) as fc.Arbitrary<MemberCalendar["weeklyHours"]>,
      timeOff: fc.array(fc.tuple(day(-60, 120), fc.integer({ min: 0, max: 15 })).map(([d, n]) => ({ startDate: d, endDate: addDays(d, n) })), { maxLength: 3 }),
      holidays: fc.array(day(-60, 120), { maxLength: 4 }).map((d) => new Set(d)),
      timezone: fc.constant("UTC"),
    }),
    today: fc.constant(today),
    tasks: fc.array(fc.record({
      id: fc.uuid(),
      startDate: fc.option(day(-40, 90), { nil: null }),
      dueDate: fc.option(day(-40, 200), { nil: null }),
      remaining: fc.double({ min: 0, max: 60, noNaN: true }),
    }), { maxLength: 10 }),
    logged: fc.array(fc.record({ taskId: fc.uuid(), workDate: day(-40, 5), hours: fc.integer({ min: 1, max: 8 }) }), { maxLength: 10 }),
  });

  it("keeps work owed after the last week out of the grid when there is no capacity", () => {
    const none = plan([task({ remaining: 5, dueDate: "2026-12-14" })], { calendar: cal({ weeklyHours: [0, 0, 0, 0, 0, 0, 0] }) });
    expect(weekCells(none, weekStartsFrom("2026-10-26", 7)).every((c) => c.workloadHours === 0)).toBe(true);
    expect(weekCells(none, weekStartsFrom("2026-10-26", 8))[7]).toMatchObject({ workloadHours: 5, band: "over" });
  });

  it("for random calendars, tasks and logged time", () => {
    fc.assert(fc.property(planArb, fc.integer({ min: -8, max: 8 }), fc.integer({ min: 1, max: 20 }), (p, offset, n) => {
      const weeks = weekStartsFrom(addDays(today, 7 * offset), n);
      const fast = weekCells(p, weeks);
      reference(p, weeks).forEach((r, i) => {
        expect(fast[i]!.capacityHours).toBeCloseTo(r.capacity, 6);
        expect(fast[i]!.workloadHours).toBeCloseTo(r.workload, 1);
      });
    }), { numRuns: 300 });
  });
});
