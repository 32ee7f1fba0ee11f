import { describe, expect, it } from "vitest";
import { bulkSummary } from "./queue-outcomes";
import { queueHref } from "./queue-tabs";

describe("bulkSummary", () => {
  it("names both sides when some failed", () => expect(bulkSummary({ approved: 3, failed: 1 })).toBe("3 approved, 1 failed"));
  it("leaves out failures when there were none", () => expect(bulkSummary({ approved: 2, failed: 0 })).toBe("2 approved"));
  it("leaves out approvals when every one failed", () => expect(bulkSummary({ approved: 0, failed: 2 })).toBe("2 failed"));
  it("says nothing was approved for an empty result", () => expect(bulkSummary({ approved: 0, failed: 0 })).toBe("0 approved"));
});

describe("queueHref", () => {
  it("keeps the defaults (mine, page 1) out of the URL", () => expect(queueHref("mine")).toBe("/approvals"));
  it("names other tabs and later pages", () => {
    expect(queueHref("overdue")).toBe("/approvals?tab=overdue");
    expect(queueHref("mine", 3)).toBe("/approvals?page=3");
    expect(queueHref("decided", 2)).toBe("/approvals?tab=decided&page=2");
  });
});
