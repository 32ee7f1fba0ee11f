import { describe, expect, it } from "vitest";
import { describeAutoRule, matchAutoRule } from "./auto-rules";
import { approvalConfigSchema, DEFAULT_APPROVAL_CONFIG, type AutoApprovalRule } from "./settings-schema";

const rule = (over: Partial<AutoApprovalRule> = {}): AutoApprovalRule => ({
  id: "r1", name: "Small social", stage: "content", enabled: true, types: ["social"], maxBudgetCents: 100_000, channelsWithin: ["social"], ...over,
});
const social = { type: "social" as const, budgetCents: 50_000, channels: ["social" as const] };

describe("auto-approval rules", () => {
  it("match only when every condition holds, for their own stage, when enabled", () => {
    expect(matchAutoRule("content", social, [rule()])?.name).toBe("Small social");
    expect(matchAutoRule("final", social, [rule()])).toBeNull();
    expect(matchAutoRule("content", social, [rule({ enabled: false })])).toBeNull();
    expect(matchAutoRule("content", { ...social, type: "email" }, [rule()])).toBeNull();
    expect(matchAutoRule("content", { ...social, budgetCents: 100_001 }, [rule()])).toBeNull();
    expect(matchAutoRule("content", { ...social, channels: ["social", "sms"] }, [rule()])).toBeNull();
  });

  it("treat empty lists and no budget limit as any, and a missing budget as zero", () => {
    const open = rule({ types: [], maxBudgetCents: null, channelsWithin: [] });
    expect(matchAutoRule("content", { type: "event", budgetCents: 9e9, channels: ["events"] }, [open])).not.toBeNull();
    expect(matchAutoRule("content", { ...social, budgetCents: null }, [rule({ maxBudgetCents: 0 })])).not.toBeNull();
  });

  it("take the first matching rule in order", () => {
    expect(matchAutoRule("content", social, [rule({ id: "a", name: "First" }), rule({ id: "b", name: "Second" })])?.name).toBe("First");
  });

  it("describe themselves in one sentence", () => {
    expect(describeAutoRule(rule())).toBe("Approves the content stage when type is social, budget at most $1,000, channels only among social");
    expect(describeAutoRule(rule({ types: [], maxBudgetCents: null, channelsWithin: [] }))).toBe("Approves the content stage when any campaign reaches it");
  });
});

describe("approval settings validation", () => {
  it("accepts the defaults", () => {
    expect(approvalConfigSchema.safeParse(DEFAULT_APPROVAL_CONFIG).success).toBe(true);
  });

  it.each([
    ["a quorum of 0", { stageRules: [{ stage: "content", when: { kind: "always" }, quorum: 0 }] }, "stageRules.0.quorum"],
    ["two rules for one stage", { stageRules: [{ stage: "final", when: { kind: "always" }, quorum: 1 }, { stage: "final", when: { kind: "always" }, quorum: 1 }] }, "stageRules.1.stage"],
    ["a negative deadline", { deadlineHours: { ...DEFAULT_APPROVAL_CONFIG.deadlineHours, high: -1 } }, "deadlineHours.high"],
    ["an unknown timezone", { businessHours: { ...DEFAULT_APPROVAL_CONFIG.businessHours, timezone: "Mars/Olympus" } }, "businessHours.timezone"],
    ["a day that ends before it starts", { businessHours: { ...DEFAULT_APPROVAL_CONFIG.businessHours, startMinute: 600, endMinute: 540 } }, "businessHours.endMinute"],
    ["no working days", { businessHours: { ...DEFAULT_APPROVAL_CONFIG.businessHours, workdays: [] } }, "businessHours.workdays"],
    ["a nameless auto rule", { autoRules: [{ ...DEFAULT_APPROVAL_CONFIG.autoRules[0]!, name: "" }] }, "autoRules.0.name"],
    ["a budget condition without an amount", { stageRules: [{ stage: "executive", when: { kind: "budget_at_least" }, quorum: 1 }] }, "stageRules.0.when"],
  ])("refuses %s with the field named", (_what, patch, path) => {
    const r = approvalConfigSchema.safeParse({ ...DEFAULT_APPROVAL_CONFIG, ...patch });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toContainEqual(expect.stringContaining(path));
  });
});
