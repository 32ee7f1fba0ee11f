import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { WeeklyHours } from "@/db/schema/team";
import {
  addDays, availableHoursOn, capacityHours, daysBetween, isAway, isAwayWholeWindow, isValidTimezone, localToday,
  remainingWork, spreadWork, utilisation, weekStart, weekdayIndex, type MemberCalendar,
} from "./capacity";

const week: WeeklyHours = [8, 8, 8, 8, 8, 0, 0];
const cal = (over: Partial<MemberCalendar> = {}): MemberCalendar => ({ weeklyHours: week, timeOff: [], holidays: new Set(), timezone: "UTC", ...over });

// arbitraries: days in 2020–2030, weekly hours 0–12 a day, small sets of time off and holidays
const dayArb = fc.integer({ min: 0, max: 3650 }).map((n) => addDays("2020-01-01", n));
const hoursArb = fc.tuple(...Array.from({ length: 7 }, () => fc.integer({ min: 0, max: 12 }))) as fc.Arbitrary<WeeklyHours>;
const rangeArb = fc.tuple(dayArb, fc.integer({ min: 0, max: 20 })).map(([d, n]) => ({ startDate: d, endDate: addDays(d, n) }));
const calArb = fc.record({
  weeklyHours: hoursArb,
  timeOff: fc.array(rangeArb, { maxLength: 3 }),
  holidays: fc.array(dayArb, { maxLength: 5 }).map((d) => new Set(d)),
  timezone: fc.constant("UTC"),
});
const windowArb = fc.tuple(dayArb, fc.integer({ min: 0, max: 60 })).map(([d, n]) => ({ from: d, to: addDays(d, n) }));

describe("date arithmetic", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
  });

  it("lists the days of a window, both ends included, and none when it is backwards", () => {
    expect(daysBetween("2026-12-30", "2027-01-02")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]);
    expect(daysBetween("2026-12-02", "2026-12-01")).toEqual([]);
  });

  it("numbers weekdays from Monday and finds the week's Monday", () => {
    expect(weekdayIndex("2026-12-07")).toBe(0); // a Monday
    expect(weekdayIndex("2026-12-13")).toBe(6);
    expect(weekStart("2026-12-13")).toBe("2026-12-07");
    expect(weekStart("2027-01-01")).toBe("2026-12-28");
  });

  it("weekStart is a Monday at most 6 days before, and idempotent", () => {
    fc.assert(fc.property(dayArb, (d) => {
      const ws = weekStart(d);
      expect(weekdayIndex(ws)).toBe(0);
      expect(ws <= d && addDays(ws, 6) >= d).toBe(true);
      expect(weekStart(ws)).toBe(ws);
    }));
  });

  it("addDays and daysBetween agree", () => {
    fc.assert(fc.property(dayArb, fc.integer({ min: 0, max: 400 }), (d, n) => {
      const days = daysBetween(d, addDays(d, n));
      expect(days).toHaveLength(n + 1);
      expect(days.at(-1)).toBe(addDays(d, n));
    }));
  });
});

describe("localToday", () => {
  it("gives different days either side of the date line at the same instant", () => {
    const now = new Date("2026-12-07T11:30:00Z");
    expect(localToday("Pacific/Kiritimati", now)).toBe("2026-12-08"); // UTC+14
    expect(localToday("Pacific/Pago_Pago", now)).toBe("2026-12-07"); // UTC−11
    expect(localToday("Pacific/Auckland", new Date("2026-12-07T11:00:00Z"))).toBe("2026-12-08"); // NZDT UTC+13
    expect(localToday("Pacific/Honolulu", new Date("2026-12-07T09:00:00Z"))).toBe("2026-12-06"); // UTC−10
  });

  it("turns the day at local midnight, not UTC's", () => {
    expect(localToday("Europe/Berlin", new Date("2026-12-07T22:59:59Z"))).toBe("2026-12-07");
    expect(localToday("Europe/Berlin", new Date("2026-12-07T23:00:00Z"))).toBe("2026-12-08");
    expect(localToday("America/New_York", new Date("2026-12-08T04:59:59Z"))).toBe("2026-12-07");
    expect(localToday("America/New_York", new Date("2026-12-08T05:00:00Z"))).toBe("2026-12-08");
  });

  it("follows daylight saving: midnight moves by an hour across the change", () => {
    // Berlin: CEST (UTC+2) until 2026-10-25 03:00 local, then CET (UTC+1)
    expect(localToday("Europe/Berlin", new Date("2026-10-24T21:59:00Z"))).toBe("2026-10-24");
    expect(localToday("Europe/Berlin", new Date("2026-10-24T22:00:00Z"))).toBe("2026-10-25");
    expect(localToday("Europe/Berlin", new Date("2026-10-25T22:59:00Z"))).toBe("2026-10-25");
    expect(localToday("Europe/Berlin", new Date("2026-10-25T23:00:00Z"))).toBe("2026-10-26");
    // New York springs forward on 2027-03-14: EST (UTC−5) before, EDT (UTC−4) after
    expect(localToday("America/New_York", new Date("2027-03-14T04:59:00Z"))).toBe("2027-03-13");
    expect(localToday("America/New_York", new Date("2027-03-15T03:59:00Z"))).toBe("2027-03-14");
    expect(localToday("America/New_York", new Date("2027-03-15T04:00:00Z"))).toBe("2027-03-15");
  });

  it("is the ISO day in UTC, and falls back to UTC for an unknown timezone", () => {
    const now = new Date("2026-12-31T23:30:00Z");
    expect(localToday("UTC", now)).toBe("2026-12-31");
    expect(localToday("Mars/Olympus_Mons", now)).toBe("2026-12-31");
    expect(isValidTimezone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimezone("Asia/Kolkata")).toBe(true);
  });

  it("is always within a day of UTC's date, in any zone at any instant", () => {
    const zones = ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata", "America/St_Johns", "Australia/Lord_Howe", "Pacific/Chatham", "Europe/Berlin"];
    fc.assert(fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.constantFrom(...zones), (ms, tz) => {
      const now = new Date(ms);
      const utc = now.toISOString().slice(0, 10);
      const local = localToday(tz, now);
      expect(local).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect([addDays(utc, -1), utc, addDays(utc, 1)]).toContain(local);
    }));
  });
});

describe("availability and capacity", () => {
  it("counts the weekly hours of each weekday, none on holidays or time off", () => {
    const c = cal({ weeklyHours: [8, 8, 8, 8, 4, 2, 0], holidays: new Set(["2026-12-08"]), timeOff: [{ startDate: "2026-12-10", endDate: "2026-12-11" }] });
    // Mon 7 Dec … Sun 13 Dec
    expect(daysBetween("2026-12-07", "2026-12-13").map((d) => availableHoursOn(d, c))).toEqual([8, 0, 8, 0, 0, 2, 0]);
    expect(capacityHours(c, "2026-12-07", "2026-12-13")).toBe(18);
  });

  it("treats time off as inclusive at both ends", () => {
    const c = cal({ timeOff: [{ startDate: "2026-12-08", endDate: "2026-12-08" }] });
    expect(isAway("2026-12-07", c)).toBe(false);
    expect(isAway("2026-12-08", c)).toBe(true);
    expect(isAway("2026-12-09", c)).toBe(false);
  });

  it("has no capacity in a backwards window", () => {
    expect(capacityHours(cal(), "2026-12-09", "2026-12-08")).toBe(0);
  });

  it("capacity is additive over adjacent windows and bounded by the weekly hours", () => {
    fc.assert(fc.property(calArb, windowArb, fc.integer({ min: 0, max: 60 }), (c, w, k) => {
      const mid = addDays(w.from, Math.min(k, daysBetween(w.from, w.to).length - 1));
      const whole = capacityHours(c, w.from, w.to);
      expect(capacityHours(c, w.from, mid) + capacityHours(c, addDays(mid, 1), w.to)).toBe(whole);
      const plain = capacityHours({ ...c, timeOff: [], holidays: new Set() }, w.from, w.to);
      expect(whole).toBeGreaterThanOrEqual(0);
      expect(whole).toBeLessThanOrEqual(plain);
    }));
  });

  it("more time off never adds capacity", () => {
    fc.assert(fc.property(calArb, windowArb, rangeArb, (c, w, extra) => {
      expect(capacityHours({ ...c, timeOff: [...c.timeOff, extra] }, w.from, w.to)).toBeLessThanOrEqual(capacityHours(c, w.from, w.to));
    }));
  });

  it("a whole week of the default availability is 40 hours", () => {
    fc.assert(fc.property(dayArb, (d) => {
      const ws = weekStart(d);
      expect(capacityHours(cal(), ws, addDays(ws, 6))).toBe(40);
    }));
  });
});

describe("isAwayWholeWindow", () => {
  it("is true when time off covers every working day, even if weekends are not off", () => {
    const c = cal({ timeOff: [{ startDate: "2026-12-07", endDate: "2026-12-11" }] });
    expect(isAwayWholeWindow(c, "2026-12-07", "2026-12-13")).toBe(true);
    expect(isAwayWholeWindow(c, "2026-12-07", "2026-12-14")).toBe(false);
  });

  it("with no working day in the window, needs every day off", () => {
    const c = cal({ timeOff: [{ startDate: "2026-12-12", endDate: "2026-12-12" }] });
    expect(isAwayWholeWindow(c, "2026-12-12", "2026-12-13")).toBe(false);
    expect(isAwayWholeWindow(c, "2026-12-12", "2026-12-12")).toBe(true);
  });

  it("is false for an empty window", () => {
    expect(isAwayWholeWindow(cal({ timeOff: [{ startDate: "2026-01-01", endDate: "2027-01-01" }] }), "2026-12-09", "2026-12-08")).toBe(false);
  });

  it("whenever it holds, the window has no capacity", () => {
    fc.assert(fc.property(calArb, windowArb, (c, w) => {
      if (isAwayWholeWindow(c, w.from, w.to)) expect(capacityHours({ ...c, holidays: new Set() }, w.from, w.to)).toBe(0);
    }));
  });
});

describe("remainingWork", () => {
  const base = { status: "in_progress" as const, estimateHours: 10, remainingHours: null, loggedHours: 0 };

  it("is nothing once done or cancelled", () => {
    expect(remainingWork({ ...base, status: "done" })).toBe(0);
    expect(remainingWork({ ...base, status: "cancelled", remainingHours: 5 })).toBe(0);
  });

  it("is the estimate minus what was logged, never negative", () => {
    expect(remainingWork({ ...base, loggedHours: 3 })).toBe(7);
    expect(remainingWork({ ...base, loggedHours: 12 })).toBe(0);
    expect(remainingWork({ ...base, estimateHours: null, loggedHours: 2 })).toBe(0);
  });

  it("prefers the assignee's own remaining estimate", () => {
    expect(remainingWork({ ...base, loggedHours: 9, remainingHours: 6 })).toBe(6);
    expect(remainingWork({ ...base, remainingHours: 0 })).toBe(0);
  });

  it("is between 0 and the larger of the estimates", () => {
    const n = fc.option(fc.double({ min: -5, max: 100, noNaN: true }), { nil: null });
    fc.assert(fc.property(fc.constantFrom("todo", "in_progress", "blocked", "in_review", "done", "cancelled" as const), n, n, fc.double({ min: 0, max: 200, noNaN: true }), (status, est, rem, logged) => {
      const r = remainingWork({ status, estimateHours: est, remainingHours: rem, loggedHours: logged });
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThanOrEqual(Math.max(est ?? 0, rem ?? 0, 0));
    }));
  });
});

describe("spreadWork", () => {
  it("spreads in proportion to available hours, skipping days off", () => {
    const c = cal({ weeklyHours: [8, 8, 4, 0, 0, 0, 0] });
    expect(Object.fromEntries(spreadWork(10, "2026-12-07", "2026-12-13", c))).toEqual({ "2026-12-07": 4, "2026-12-08": 4, "2026-12-09": 2 });
  });

  it("puts everything on the last day when there is no capacity, or the window is backwards", () => {
    const c = cal({ timeOff: [{ startDate: "2026-12-07", endDate: "2026-12-13" }] });
    expect([...spreadWork(6, "2026-12-07", "2026-12-11", c)]).toEqual([["2026-12-11", 6]]);
    expect([...spreadWork(6, "2026-12-11", "2026-12-07", cal())]).toEqual([["2026-12-07", 6]]);
  });

  it("has nothing to spread for zero or negative hours", () => {
    expect(spreadWork(0, "2026-12-07", "2026-12-11", cal()).size).toBe(0);
    expect(spreadWork(-2, "2026-12-07", "2026-12-11", cal()).size).toBe(0);
  });

  it("conserves the hours and only uses days in the window with capacity (or the last day)", () => {
    fc.assert(fc.property(calArb, windowArb, fc.double({ min: 0.25, max: 200, noNaN: true }), (c, w, hours) => {
      const spread = spreadWork(hours, w.from, w.to, c);
      const total = [...spread.values()].reduce((s, h) => s + h, 0);
      expect(total).toBeCloseTo(hours, 6);
      const anyCapacity = capacityHours(c, w.from, w.to) > 0;
      for (const [day, h] of spread) {
        expect(h).toBeGreaterThan(0);
        expect(day >= w.from && day <= w.to).toBe(true);
        if (anyCapacity) expect(availableHoursOn(day, c)).toBeGreaterThan(0);
        else expect(day).toBe(w.to);
      }
    }));
  });

  it("never books a day beyond its share: hours ÷ capacity is the same every day", () => {
    fc.assert(fc.property(calArb, windowArb, fc.double({ min: 1, max: 100, noNaN: true }), (c, w, hours) => {
      const cap = capacityHours(c, w.from, w.to);
      if (cap === 0) return;
      for (const [day, h] of spreadWork(hours, w.from, w.to, c)) expect(h / availableHoursOn(day, c)).toBeCloseTo(hours / cap, 9);
    }));
  });
});

describe("utilisation", () => {
  it("divides workload by capacity", () => {
    expect(utilisation(34, 32)).toBeCloseTo(1.0625);
    expect(utilisation(0, 40)).toBe(0);
  });

  it("without capacity is 0 with no work and infinite with any", () => {
    expect(utilisation(0, 0)).toBe(0);
    expect(utilisation(1, 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it("grows with the workload", () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 80, noNaN: true }), (a, b, cap) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(utilisation(lo, cap)).toBeLessThanOrEqual(utilisation(hi, cap));
    }));
  });
});
