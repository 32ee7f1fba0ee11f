import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addBusinessHours, approvalDeadline, businessHoursBetween, type BusinessCalendar } from "./business-hours";

const berlin: BusinessCalendar = { timezone: "Europe/Berlin", workdays: [0, 1, 2, 3, 4], startMinute: 9 * 60, endMinute: 17 * 60, holidays: new Set(["2026-12-25"]) };
const newYork: BusinessCalendar = { ...berlin, timezone: "America/New_York", holidays: new Set() };
const at = (s: string) => new Date(s);

describe("addBusinessHours", () => {
  it("counts within one working day", () => {
    // Tue 1 Dec 2026, 10:00 Berlin (09:00Z) + 4 h = 14:00 Berlin
    expect(addBusinessHours(at("2026-12-01T09:00:00Z"), 4, berlin).toISOString()).toBe("2026-12-01T13:00:00.000Z");
  });

  it("carries what does not fit into the next working day", () => {
    // 15:00 Berlin + 4 h: 2 h today, 2 h from 09:00 tomorrow
    expect(addBusinessHours(at("2026-12-01T14:00:00Z"), 4, berlin).toISOString()).toBe("2026-12-02T10:00:00.000Z");
  });

  it("skips the weekend", () => {
    // Fri 4 Dec 16:00 Berlin + 2 h → Mon 7 Dec 10:00 Berlin
    expect(addBusinessHours(at("2026-12-04T15:00:00Z"), 2, berlin).toISOString()).toBe("2026-12-07T09:00:00.000Z");
  });

  it("skips holidays", () => {
    // Thu 24 Dec 16:00 + 4 h: 1 h on the 24th, Fri 25th is a holiday, weekend, 3 h on Mon 28th → 12:00 Berlin
    expect(addBusinessHours(at("2026-12-24T15:00:00Z"), 4, berlin).toISOString()).toBe("2026-12-28T11:00:00.000Z");
  });

  it("starts counting at the next window when submitted at night", () => {
    // Tue 22:00 Berlin + 1 h → Wed 10:00 Berlin
    expect(addBusinessHours(at("2026-12-01T21:00:00Z"), 1, berlin).toISOString()).toBe("2026-12-02T09:00:00.000Z");
  });

  it("keeps working hours in local time across a daylight-saving change", () => {
    // Fri 27 Mar 2026 16:00 CET (15:00Z) + 2 h → Mon 30 Mar 10:00 CEST (08:00Z): clocks went forward on the Sunday
    expect(addBusinessHours(at("2026-03-27T15:00:00Z"), 2, berlin).toISOString()).toBe("2026-03-30T08:00:00.000Z");
    // New York falls back on Sun 1 Nov 2026: Fri 30 Oct 16:00 EDT (20:00Z) + 2 h → Mon 2 Nov 10:00 EST (15:00Z)
    expect(addBusinessHours(at("2026-10-30T20:00:00Z"), 2, newYork).toISOString()).toBe("2026-11-02T15:00:00.000Z");
  });

  it("gives the default deadlines by urgency in business hours", () => {
    const submitted = at("2026-12-01T09:00:00Z"); // Tue 10:00 Berlin
    expect(approvalDeadline(submitted, "critical", berlin).toISOString()).toBe("2026-12-01T13:00:00.000Z"); // 4 h
    expect(approvalDeadline(submitted, "high", berlin).toISOString()).toBe("2026-12-04T09:00:00.000Z"); // 24 h = 3 days
    expect(approvalDeadline(submitted, "medium", berlin).toISOString()).toBe("2026-12-09T09:00:00.000Z"); // 48 h = 6 working days
  });

  it("refuses calendars that have no working time and negative hours", () => {
    expect(() => addBusinessHours(at("2026-12-01T09:00:00Z"), 1, { ...berlin, workdays: [] })).toThrow(/at least one working weekday/);
    expect(() => addBusinessHours(at("2026-12-01T09:00:00Z"), 1, { ...berlin, startMinute: 600, endMinute: 600 })).toThrow(/start before an end/);
    expect(() => addBusinessHours(at("2026-12-01T09:00:00Z"), 1, { ...berlin, timezone: "Mars/Olympus" })).toThrow(/Unknown timezone/);
    expect(() => addBusinessHours(at("2026-12-01T09:00:00Z"), -1, berlin)).toThrow(/≥ 0/);
  });
});

describe("businessHoursBetween", () => {
  it("measures time left and time overdue", () => {
    expect(businessHoursBetween(at("2026-12-04T15:00:00Z"), at("2026-12-07T09:00:00Z"), berlin)).toBe(2);
    expect(businessHoursBetween(at("2026-12-07T09:00:00Z"), at("2026-12-04T15:00:00Z"), berlin)).toBe(-2);
    expect(businessHoursBetween(at("2026-12-05T10:00:00Z"), at("2026-12-06T10:00:00Z"), berlin)).toBe(0);
  });

  const calendars = fc.record({
    timezone: fc.constantFrom("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Auckland", "UTC"),
    workdays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    startMinute: fc.integer({ min: 0, max: 12 * 60 }),
    length: fc.integer({ min: 30, max: 11 * 60 }),
  }).map(({ length, ...c }): BusinessCalendar => ({ ...c, endMinute: c.startMinute + length, holidays: new Set(["2026-12-25", "2027-01-01"]) }));
  const instants = fc.integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2027-12-31T00:00:00Z") }).map((ms) => new Date(ms));

  it("undoes addBusinessHours: the hours between a start and its deadline are the hours added", () => {
    fc.assert(fc.property(calendars, instants, fc.integer({ min: 0, max: 200 }), (cal, from, hours) => {
      const due = addBusinessHours(from, hours, cal);
      expect(due.getTime()).toBeGreaterThanOrEqual(from.getTime());
      expect(businessHoursBetween(from, due, cal)).toBeCloseTo(hours, 6);
    }), { numRuns: 300 });
  });

  it("never shortens a deadline when more hours are asked for", () => {
    fc.assert(fc.property(calendars, instants, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (cal, from, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(addBusinessHours(from, lo, cal).getTime()).toBeLessThanOrEqual(addBusinessHours(from, hi, cal).getTime());
    }), { numRuns: 200 });
  });
});
