import { describe, expect, it } from "vitest";
import { describeChange } from "./change-text";
import { barLabel, shift, slackText, span } from "./labels";
import { scheduleFixture } from "./schedule-fixture";

describe("timeline words", () => {
  it("writes spans, shifts and slack for people", () => {
    expect(span("2027-02-01", "2027-02-05")).toBe("Feb 1 – Feb 5, 2027");
    expect(span("2026-12-28", "2027-01-04")).toBe("Dec 28, 2026 – Jan 4, 2027");
    expect(span("2027-02-01", "2027-02-01")).toBe("Feb 1, 2027");
    expect(shift(3)).toBe("+3 days");
    expect(shift(-1)).toBe("−1 day");
    expect(slackText(-2)).toBe("2 working days late for the launch");
    expect(slackText(0)).toBe("None: on the critical path");
  });

  it("labels a bar with what a screen reader user needs to know", () => {
    const s = scheduleFixture({ delays: { creative: 2 } });
    expect(barLabel(s.items.find((i) => i.id === "brief")!)).toBe("Milestone Launch brief, Feb 1 – Feb 3, 2027, 3 working days, buffer 1 working day, critical path");
    expect(barLabel(s.items.find((i) => i.id === "creative")!)).toMatch(/cannot make the launch: 2 working days late$/);
    expect(barLabel(s.items.find((i) => i.id === "brief-t0")!)).toMatch(/^Task Launch brief: step 1, .*, Blocked · Dana Lee$/);
  });

  it("describes a reschedule change naming the milestone and where it was", () => {
    const s = scheduleFixture();
    expect(describeChange({ kind: "launch_date", date: "2027-03-17" }, s)).toBe(`Move the launch from Wed, Mar 10, 2027 to Wed, Mar 17, 2027.`);
    expect(describeChange({ kind: "milestone_end", milestoneId: "qa", end: "2027-03-05" }, s)).toMatch(/^Move “Final QA” to end on Fri, Mar 5, 2027 \(was .*\), keeping its length\.$/);
    expect(describeChange({ kind: "milestone_duration", milestoneId: "qa", durationDays: 5 }, s)).toBe("Make “Final QA” 5 working days long (was 3).");
  });
});
