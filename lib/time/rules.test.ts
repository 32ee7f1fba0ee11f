import { describe, expect, it } from "vitest";
import { elapsedHours, futureDateMessage, neutraliseCell, percentOfEstimate, sumHours } from "./rules";

const at = (iso: string) => new Date(iso);

describe("elapsedHours", () => {
  it("rounds to a hundredth of an hour", () => {
    expect(elapsedHours(at("2026-01-05T09:00:00Z"), at("2026-01-05T10:30:00Z"))).toBe(1.5);
    expect(elapsedHours(at("2026-01-05T09:00:00Z"), at("2026-01-05T09:20:00Z"))).toBe(0.33);
  });
  it("counts at least 0.01 h for a timer stopped at once", () => {
    expect(elapsedHours(at("2026-01-05T09:00:00Z"), at("2026-01-05T09:00:01Z"))).toBe(0.01);
    expect(elapsedHours(at("2026-01-05T09:00:00Z"), at("2026-01-05T09:00:00Z"))).toBe(0.01);
  });
  it("caps a timer left running for days at 24 h", () => {
    expect(elapsedHours(at("2026-01-05T09:00:00Z"), at("2026-01-08T09:00:00Z"))).toBe(24);
  });
});

describe("sumHours", () => {
  it("adds without float noise and skips running timers", () => {
    expect(sumHours([0.1, 0.2, null])).toBe(0.3);
  });
});

describe("futureDateMessage", () => {
  it("refuses a day after today and accepts today and earlier", () => {
    expect(futureDateMessage("2026-01-06", "2026-01-05")).toContain("after today");
    expect(futureDateMessage("2026-01-05", "2026-01-05")).toBeNull();
    expect(futureDateMessage("2025-12-31", "2026-01-05")).toBeNull();
  });
});

describe("neutraliseCell", () => {
  it.each(["=SUM(A1)", "+1", "-2+3", "@cmd", "\tx", "\rx"])("prefixes %j with a quote", (v) => {
    expect(neutraliseCell(v)).toBe(`'${v}`);
  });
  it("leaves ordinary text alone", () => {
    expect(neutraliseCell("Write copy = done")).toBe("Write copy = done");
    expect(neutraliseCell("")).toBe("");
  });
});

describe("percentOfEstimate", () => {
  it("is null without an estimate", () => {
    expect(percentOfEstimate(3, null)).toBeNull();
    expect(percentOfEstimate(3, 0)).toBeNull();
    expect(percentOfEstimate(3, 4)).toBe(75);
  });
});

describe("formatting", () => {
  it("shows hours without trailing zeros and a timer as h:mm:ss", async () => {
    const { formatHours, formatElapsed } = await import("./rules");
    expect(formatHours(1.5)).toBe("1.5 h");
    expect(formatHours(2)).toBe("2 h");
    expect(formatHours(0.1 + 0.2)).toBe("0.3 h");
    expect(formatElapsed(3909)).toBe("1:05:09");
    expect(formatElapsed(-3)).toBe("0:00:00");
  });
});
