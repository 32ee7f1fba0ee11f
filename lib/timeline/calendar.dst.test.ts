import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { addWorkingDays, dayNumber, fromDayNumber, weekday, workingDaysBetween, type WorkCalendar } from "./calendar";

const plain: WorkCalendar = { holidays: new Set() };
const withHolidays = (...days: string[]): WorkCalendar => ({ holidays: new Set(days) });

describe("daylight saving changes", () => {
  // US 2027-03-14 and 2026-11-01, EU 2027-03-28 and 2026-10-25: all Sundays
  const dstSundays = ["2027-03-14", "2027-03-28", "2026-10-25", "2026-11-01"];
  const zones = ["UTC", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns"];
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it.each(dstSundays)("steps over the DST Sunday %s like any other weekend", (sunday) => {
    const friday = fromDayNumber(dayNumber(sunday) - 2);
    const monday = fromDayNumber(dayNumber(sunday) + 1);
    expect(weekday(sunday)).toBe(0);
    expect(addWorkingDays(friday, 1, plain)).toBe(monday);
    expect(addWorkingDays(monday, -1, plain)).toBe(friday);
    expect(workingDaysBetween(friday, monday, plain)).toBe(2);
    expect(dayNumber(monday) - dayNumber(friday)).toBe(3);
  });

  it("gives the same answers in every time zone of the process", () => {
    const sample = () =>
      dstSundays.flatMap((d) => [-3, -1, 0, 1, 4].map((n) => addWorkingDays(d, n, withHolidays("2027-03-15")) + workingDaysBetween(fromDayNumber(dayNumber(d) - 9), d, plain)));
    const expected = sample();
    for (const tz of zones) {
      process.env.TZ = tz;
      expect(sample()).toEqual(expected);
    }
    // the zone switch really happened: local offsets differ across the US change in New York
    process.env.TZ = "America/New_York";
    expect(new Date(2027, 2, 13).getTimezoneOffset()).not.toBe(new Date(2027, 2, 15).getTimezoneOffset());
  });

  it("treats dates next to a DST change like dates a week away", () => {
    const near = fc.tuple(fc.constantFrom(...dstSundays), fc.integer({ min: -10, max: 10 })).map(([d, k]) => fromDayNumber(dayNumber(d) + k));
    fc.assert(
      fc.property(near, fc.integer({ min: -30, max: 30 }), (d, n) => {
        // with no holidays the calendar repeats weekly, so shifting the input by 7 days shifts the output by 7
        const shifted = fromDayNumber(dayNumber(d) + 7);
        expect(dayNumber(addWorkingDays(shifted, n, plain)) - dayNumber(addWorkingDays(d, n, plain))).toBe(7);
      }),
    );
  });

  it("skips a holiday that falls on the Monday after a DST change", () => {
    expect(addWorkingDays("2027-03-12", 1, withHolidays("2027-03-15"))).toBe("2027-03-16");
    expect(addWorkingDays("2026-10-23", 1, withHolidays("2026-10-26"))).toBe("2026-10-27");
  });
});
