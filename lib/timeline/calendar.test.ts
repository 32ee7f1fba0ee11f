import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  assertWorkCalendar,
  dayNumber,
  fromDayNumber,
  InvalidDateError,
  isValidDate,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  toWorkingDay,
  weekday,
  workingDayDiff,
  workingDaysBetween,
  type WorkCalendar,
} from "./calendar";

const plain: WorkCalendar = { holidays: new Set() };
const withHolidays = (...days: string[]): WorkCalendar => ({ holidays: new Set(days) });

// dates across several years, calendars with random holidays and the common weekend shapes
const FIRST = dayNumber("2025-01-01");
const LAST = dayNumber("2029-12-31");
const anyDate = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const anyCalendar: fc.Arbitrary<WorkCalendar> = fc
  .record({
    holidays: fc.uniqueArray(fc.integer({ min: FIRST - 400, max: LAST + 400 }), { maxLength: 120 }),
    weekend: fc.constantFrom<readonly number[] | undefined>(undefined, [0, 6], [5, 6], [0], [], [1, 2, 3, 4, 5]),
  })
  .map(({ holidays, weekend }) => ({ holidays: new Set(holidays.map(fromDayNumber)), ...(weekend && { weekend }) }));
const anyN = fc.integer({ min: -80, max: 80 });
const workingDate = (cal: WorkCalendar) => (d: string) => addWorkingDays(d, 0, cal);

describe("dates as calendar days", () => {
  it("numbers days from 1970-01-01 and round-trips", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1969-12-31")).toBe(-1);
    expect(dayNumber("2027-03-15")).toBe(20_892);
    expect(fromDayNumber(20_892)).toBe("2027-03-15");
    fc.assert(fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => dayNumber(fromDayNumber(n)) === n));
  });

  it("keeps years before 100 as written instead of mapping them to the 1900s", () => {
    expect(fromDayNumber(dayNumber("0099-12-31") + 1)).toBe("0100-01-01");
  });

  it.each(["2027-02-29", "2027-13-01", "2027-00-10", "2027-04-31", "27-03-15", "2027-3-5", "2027-03-15T00:00:00Z", "", " 2027-03-15", "0000-01-01"])(
    "rejects the malformed date %j",
    (bad) => {
      expect(() => dayNumber(bad)).toThrow(InvalidDateError);
      expect(() => addWorkingDays(bad, 1, plain)).toThrow(/Invalid date/);
      expect(isValidDate(bad)).toBe(false);
    },
  );

  it("rejects values that are not strings", () => {
    expect(() => dayNumber(20_000 as unknown as string)).toThrow(InvalidDateError);
    expect(isValidDate(null)).toBe(false);
  });

  it("accepts leap days of leap years", () => {
    expect(isValidDate("2028-02-29")).toBe(true);
    expect(weekday("2028-02-29")).toBe(2);
  });

  it("rejects a fractional or out-of-range day number", () => {
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
    expect(() => fromDayNumber(3_000_000)).toThrow(RangeError);
  });
});

describe("working days", () => {
  it("treats Saturday and Sunday as the default weekend", () => {
    expect(["2027-03-12", "2027-03-13", "2027-03-14", "2027-03-15"].map((d) => isWorkingDay(d, plain))).toEqual([true, false, false, true]);
  });

  it("treats holidays as non-working days", () => {
    expect(isWorkingDay("2027-03-12", withHolidays("2027-03-12"))).toBe(false);
  });

  it("follows a custom weekend (Friday and Saturday)", () => {
    const cal: WorkCalendar = { holidays: new Set(), weekend: [5, 6] };
    expect(isWorkingDay("2027-03-12", cal)).toBe(false);
    expect(isWorkingDay("2027-03-14", cal)).toBe(true);
    expect(nextWorkingDay("2027-03-11", cal)).toBe("2027-03-14");
  });

  it("rejects a weekend covering the whole week or naming a non-weekday", () => {
    expect(() => isWorkingDay("2027-03-15", { holidays: new Set(), weekend: [0, 1, 2, 3, 4, 5, 6] })).toThrow(/at least one working weekday/);
    expect(() => isWorkingDay("2027-03-15", { holidays: new Set(), weekend: [7] })).toThrow(/not a weekday/);
  });

  it("rejects a malformed holiday when the calendar is checked", () => {
    expect(() => assertWorkCalendar(withHolidays("2027-12-25", "25/12/2027"))).toThrow(InvalidDateError);
    expect(() => assertWorkCalendar(withHolidays("2027-12-25"))).not.toThrow();
  });

  it("finds the next and previous working day strictly after and before, over weekends and holidays", () => {
    const cal = withHolidays("2027-03-12", "2027-03-15");
    expect(nextWorkingDay("2027-03-11", cal)).toBe("2027-03-16");
    expect(previousWorkingDay("2027-03-16", cal)).toBe("2027-03-11");
    expect(nextWorkingDay("2027-03-10", cal)).toBe("2027-03-11");
  });

  it("rounds a non-working day to the nearest working day in the direction asked", () => {
    expect(toWorkingDay("2027-03-13", plain, "next")).toBe("2027-03-15");
    expect(toWorkingDay("2027-03-13", plain, "previous")).toBe("2027-03-12");
    expect(toWorkingDay("2027-03-10", plain, "previous")).toBe("2027-03-10");
  });
});

describe("addWorkingDays", () => {
  it("counts forward and back over a weekend", () => {
    expect(addWorkingDays("2027-03-12", 1, plain)).toBe("2027-03-15");
    expect(addWorkingDays("2027-03-15", -1, plain)).toBe("2027-03-12");
    expect(addWorkingDays("2027-03-15", 5, plain)).toBe("2027-03-22");
  });

  it("skips weekends and holidays when counting back from the launch date", () => {
    const cal = withHolidays("2027-03-12");
    expect(addWorkingDays("2027-03-15", -1, cal)).toBe("2027-03-11");
    expect(addWorkingDays("2027-03-15", -5, cal)).toBe("2027-03-05");
  });

  it("returns the date itself for 0 on a working day, the next working day for 0 on a day off", () => {
    expect(addWorkingDays("2027-03-15", 0, plain)).toBe("2027-03-15");
    expect(addWorkingDays("2027-03-13", 0, plain)).toBe("2027-03-15");
  });

  it("counts from a non-working day as if from the day before the next working day", () => {
    expect(addWorkingDays("2027-03-13", 1, plain)).toBe("2027-03-15");
    expect(addWorkingDays("2027-03-13", -1, plain)).toBe("2027-03-12");
  });

  it("rejects a fractional number of days", () => {
    expect(() => addWorkingDays("2027-03-15", 1.5, plain)).toThrow(RangeError);
  });

  it("returns to a working day after adding n and then −n", () => {
    fc.assert(
      fc.property(anyDate, anyN, anyCalendar, (date, n, cal) => {
        const d = workingDate(cal)(date);
        expect(addWorkingDays(addWorkingDays(d, n, cal), -n, cal)).toBe(d);
      }),
    );
  });

  it("always lands on a working day", () => {
    fc.assert(fc.property(anyDate, anyN, anyCalendar, (d, n, cal) => isWorkingDay(addWorkingDays(d, n, cal), cal)));
  });

  it("never lands on a holiday and passes exactly |n| − 1 working days in between", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 80 }), anyCalendar, (date, n, cal) => {
        const d = workingDate(cal)(date);
        const later = addWorkingDays(d, n, cal);
        const earlier = addWorkingDays(d, -n, cal);
        expect(cal.holidays.has(later) || cal.holidays.has(earlier)).toBe(false);
        expect(later > d && earlier < d).toBe(true);
        expect(workingDaysBetween(nextWorkingDay(d, cal), previousWorkingDay(later, cal), cal)).toBe(n - 1);
        expect(workingDaysBetween(nextWorkingDay(earlier, cal), previousWorkingDay(d, cal), cal)).toBe(n - 1);
      }),
    );
  });

  it("is strictly increasing in n from a working day, and never decreasing from any day", () => {
    fc.assert(
      fc.property(anyDate, anyN, anyCalendar, (date, n, cal) => {
        const d = workingDate(cal)(date);
        expect(addWorkingDays(d, n, cal) < addWorkingDays(d, n + 1, cal)).toBe(true);
        expect(addWorkingDays(date, n, cal) <= addWorkingDays(date, n + 1, cal)).toBe(true);
      }),
    );
  });

  it("gives the same day for 0 and 1 from a non-working day: the first working day after it", () => {
    expect(addWorkingDays("2027-03-13", 0, plain)).toBe(addWorkingDays("2027-03-13", 1, plain));
  });
});

describe("workingDaysBetween and workingDayDiff", () => {
  it("counts both ends of the range", () => {
    expect(workingDaysBetween("2027-03-08", "2027-03-12", plain)).toBe(5);
    expect(workingDaysBetween("2027-03-08", "2027-03-15", withHolidays("2027-03-12"))).toBe(5);
    expect(workingDaysBetween("2027-03-13", "2027-03-14", plain)).toBe(0);
    expect(workingDaysBetween("2027-03-15", "2027-03-15", plain)).toBe(1);
  });

  it("is 0 for a reversed range", () => {
    expect(workingDaysBetween("2027-03-15", "2027-03-08", plain)).toBe(0);
  });

  it("measures signed distance between working days", () => {
    expect(workingDayDiff("2027-03-12", "2027-03-15", plain)).toBe(1);
    expect(workingDayDiff("2027-03-15", "2027-03-12", plain)).toBe(-1);
    expect(workingDayDiff("2027-03-15", "2027-03-15", plain)).toBe(0);
  });

  it("agrees with addWorkingDays: a milestone of D days from s ends on s + (D − 1)", () => {
    fc.assert(
      fc.property(anyDate, anyN, anyCalendar, (date, n, cal) => {
        const d = workingDate(cal)(date);
        const e = addWorkingDays(d, n, cal);
        expect(workingDayDiff(d, e, cal)).toBe(n);
        expect(workingDaysBetween(d, e, cal)).toBe(n >= 0 ? n + 1 : 0);
        expect(workingDaysBetween(e, d, cal)).toBe(n <= 0 ? -n + 1 : 0);
      }),
    );
  });

  it("adds up over adjacent ranges", () => {
    fc.assert(
      fc.property(anyDate, fc.nat(60), fc.nat(60), anyCalendar, (a, x, y, cal) => {
        const mid = fromDayNumber(dayNumber(a) + x);
        const end = fromDayNumber(dayNumber(mid) + 1 + y);
        const left = workingDaysBetween(a, mid, cal);
        const right = workingDaysBetween(fromDayNumber(dayNumber(mid) + 1), end, cal);
        expect(workingDaysBetween(a, end, cal)).toBe(left + right);
      }),
    );
  });
});
