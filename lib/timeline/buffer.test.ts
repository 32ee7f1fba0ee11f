import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUFFER_PERCENT, bufferDays, type TimelinePriority } from "./buffer";

const priorities: TimelinePriority[] = ["low", "medium", "high", "critical"];

describe("bufferDays", () => {
  it("uses the design's percentages: critical 25, high 15, medium 10, low 5", () => {
    expect(BUFFER_PERCENT).toEqual({ critical: 25, high: 15, medium: 10, low: 5 });
  });

  it.each([
    [10, "high", 2],
    [20, "high", 3],
    [3, "high", 1],
    [1, "low", 1],
    [20, "low", 1],
    [21, "low", 2],
    [8, "critical", 2],
    [9, "critical", 3],
    [10, "medium", 1],
    [11, "medium", 2],
  ] as const)("gives %i days at %s priority %i days of buffer", (days, priority, expected) => {
    expect(bufferDays(days, priority)).toBe(expected);
  });

  it("gives no buffer to a zero-day milestone", () => {
    for (const p of priorities) expect(bufferDays(0, p)).toBe(0);
  });

  it("rounds up: a half day still blocks a person", () => {
    expect(bufferDays(2, "critical")).toBe(1);
  });

  it("never gives less than the exact share nor a whole day more, and grows with priority and duration", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(...priorities), (d, p) => {
        const b = bufferDays(d, p);
        const exact = (d * BUFFER_PERCENT[p]) / 100;
        expect(Number.isInteger(b)).toBe(true);
        expect(b).toBeGreaterThanOrEqual(exact);
        expect(b - exact).toBeLessThan(1);
        expect(bufferDays(d + 1, p)).toBeGreaterThanOrEqual(b);
        expect(bufferDays(d, "low") <= bufferDays(d, "medium") && bufferDays(d, "medium") <= bufferDays(d, "high") && bufferDays(d, "high") <= bufferDays(d, "critical")).toBe(true);
      }),
    );
  });

  it.each([-1, 2.5, Number.NaN])("rejects the duration %s", (d) => {
    expect(() => bufferDays(d, "high")).toThrow(RangeError);
  });

  it("rejects an unknown priority", () => {
    expect(() => bufferDays(5, "urgent" as TimelinePriority)).toThrow(/Unknown priority "urgent"/);
  });
});
