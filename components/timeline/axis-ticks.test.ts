import { describe, expect, it } from "vitest";
import { dayNumber } from "@/lib/timeline/calendar";
import { minorTicks, monthTicks, nonWorkingBands } from "./axis-ticks";
import type { Scale } from "./geometry";

// Mon 2027-02-22 .. Sun 2027-03-07: two weeks across a month boundary
const scale: Scale = { startDay: dayNumber("2027-02-22"), days: 14, dayWidth: 28, width: 14 * 28 };

describe("axis ticks", () => {
  it("splits months at the first of the month", () => {
    expect(monthTicks(scale)).toEqual([
      { key: "2027-02", x: 0, width: 7 * 28, label: "February 2027" },
      { key: "2027-03", x: 7 * 28, width: 7 * 28, label: "March 2027" },
    ]);
  });

  it("shortens or drops the label of a sliver of a month", () => {
    const sliver: Scale = { ...scale, dayWidth: 9, width: 14 * 9 };
    expect(monthTicks(sliver).map((t) => t.label)).toEqual(["Feb 27", "Mar 27"]);
    const tiny: Scale = { startDay: dayNumber("2027-02-27"), days: 10, dayWidth: 9, width: 90 };
    expect(monthTicks(tiny)[0]!.label).toBe("");
  });

  it("has a tick per day in week zoom and per Monday in month zoom", () => {
    const days = minorTicks(scale, "week");
    expect(days).toHaveLength(14);
    expect(days[0]).toMatchObject({ label: "22", sub: "M", muted: false });
    expect(days[5]).toMatchObject({ label: "27", sub: "S", muted: true });
    expect(minorTicks(scale, "month").map((t) => t.label)).toEqual(["Feb 22", "Mar 1"]);
  });

  it("shades weekends as one band each and holidays with their name", () => {
    const bands = nonWorkingBands(scale, [{ date: "2027-03-01", name: "Spring day" }]);
    expect(bands).toEqual([
      { key: "2027-02-27", x: 5 * 28, width: 2 * 28, kind: "weekend", label: undefined },
      { key: "2027-03-01", x: 7 * 28, width: 28, kind: "holiday", label: "Spring day" },
      { key: "2027-03-06", x: 12 * 28, width: 2 * 28, kind: "weekend", label: undefined },
    ]);
  });
});
