import { describe, expect, it } from "vitest";
import { templateSpan } from "./span";

describe("templateSpan", () => {
  it("is the longest chain, and counts launch day in the days to launch", () => {
    const span = templateSpan([
      { key: "brief", durationDays: 2, dependsOn: [] },
      { key: "copy", durationDays: 3, dependsOn: ["brief"] },
      { key: "design", durationDays: 5, dependsOn: ["brief"] },
      { key: "launch", durationDays: 1, dependsOn: ["copy", "design"], isLaunch: true },
      { key: "review", durationDays: 4, dependsOn: ["launch"] },
    ]);
    expect(span).toEqual({ totalDays: 12, daysToLaunch: 8 });
  });

  it("is zero for no milestones", () => {
    expect(templateSpan([])).toEqual({ totalDays: 0, daysToLaunch: 0 });
  });
});
