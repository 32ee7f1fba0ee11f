import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BusinessCalendar } from "./business-hours";
import { decideEscalation, type OpenRequest } from "./escalation";

const cal: BusinessCalendar = { timezone: "UTC", workdays: [0, 1, 2, 3, 4], startMinute: 9 * 60, endMinute: 17 * 60, holidays: new Set() };
// Tue 1 Dec 2026 12:00 UTC
const deadline = new Date("2026-12-01T12:00:00Z");
const open: OpenRequest = { deadline, remindedAt: null, escalatedAt: null, decided: false };
const at = (s: string) => new Date(s);

describe("decideEscalation", () => {
  it("does nothing before the deadline and says how long is left", () => {
    const d = decideEscalation(open, at("2026-12-01T10:00:00Z"), 8, cal);
    expect(d).toMatchObject({ steps: [], reason: "due in 2 business hours", overdueHours: -2 });
  });

  it("reminds once past the deadline, then escalates after the interval in business hours", () => {
    const late = decideEscalation(open, at("2026-12-01T13:00:00Z"), 8, cal);
    expect(late).toMatchObject({ steps: ["remind"], reason: "1 business hour past the deadline" });
    // 8 business hours after Tue 12:00 is Wed 12:00
    expect(late.escalatesAt.toISOString()).toBe("2026-12-02T12:00:00.000Z");

    const reminded = { ...open, remindedAt: at("2026-12-01T13:00:00Z") };
    expect(decideEscalation(reminded, at("2026-12-02T11:59:00Z"), 8, cal).steps).toEqual([]);
    expect(decideEscalation(reminded, at("2026-12-02T12:00:00Z"), 8, cal).steps).toEqual(["escalate"]);
    const escalated = { ...reminded, escalatedAt: at("2026-12-02T12:00:00Z") };
    expect(decideEscalation(escalated, at("2026-12-09T12:00:00Z"), 8, cal)).toMatchObject({ steps: [], reason: "already escalated" });
  });

  it("counts the interval in business hours: a Friday deadline escalates on Monday", () => {
    const friday = { ...open, deadline: at("2026-12-04T16:00:00Z"), remindedAt: at("2026-12-04T16:05:00Z") };
    expect(decideEscalation(friday, at("2026-12-06T12:00:00Z"), 4, cal).steps).toEqual([]);
    expect(decideEscalation(friday, at("2026-12-07T12:00:00Z"), 4, cal).steps).toEqual(["escalate"]);
  });

  it("catches up both steps in order when the sweep missed them, and never touches decided requests", () => {
    expect(decideEscalation(open, at("2026-12-10T12:00:00Z"), 8, cal).steps).toEqual(["remind", "escalate"]);
    expect(decideEscalation({ ...open, decided: true }, at("2026-12-10T12:00:00Z"), 8, cal)).toMatchObject({ steps: [], reason: "already decided" });
  });

  it("is idempotent: once its steps are recorded, the same moment asks for nothing more", () => {
    const instants = fc.integer({ min: Date.parse("2026-11-25T00:00:00Z"), max: Date.parse("2026-12-20T00:00:00Z") }).map((ms) => new Date(ms));
    fc.assert(fc.property(instants, fc.integer({ min: 0, max: 40 }), (now, interval) => {
      const first = decideEscalation(open, now, interval, cal);
      const recorded: OpenRequest = {
        ...open,
        remindedAt: first.steps.includes("remind") ? now : null,
        escalatedAt: first.steps.includes("escalate") ? now : null,
      };
      expect(decideEscalation(recorded, now, interval, cal).steps).toEqual([]);
      // and nothing escalates without having reminded first
      if (first.steps.includes("escalate")) expect(first.steps[0]).toBe("remind");
    }), { numRuns: 300 });
  });

  it("refuses a negative interval", () => {
    expect(() => decideEscalation(open, deadline, -1, cal)).toThrow(/escalation interval/);
  });
});
