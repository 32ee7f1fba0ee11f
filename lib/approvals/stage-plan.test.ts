import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approverStages, campaignTypes, channels } from "@/db/schema/values";
import { DEFAULT_STAGE_RULES, planStages, type CampaignForPlan, type StageRule } from "./stage-plan";

const email: CampaignForPlan = { type: "email", budgetCents: 1_000_000, channels: ["email"] };
const stagesOf = (c: CampaignForPlan, rules?: readonly StageRule[]) => planStages(c, rules).stages.map((s) => s.stage);

describe("planStages with the default rules", () => {
  it("sends a small email campaign through content and final only, saying why the others were skipped", () => {
    const plan = planStages(email);
    expect(plan.stages.map((s) => s.stage)).toEqual(["content", "final"]);
    expect(plan.skipped).toEqual([
      { stage: "compliance", reason: "campaign type email is not paid_ads; uses none of paid_search, paid_social, display, sms" },
      { stage: "executive", reason: "budget $10,000 is below $50,000" },
    ]);
  });

  it("always asks compliance for paid ads, and for regulated channels on any type", () => {
    expect(stagesOf({ ...email, type: "paid_ads", channels: [] })).toEqual(["content", "compliance", "final"]);
    const social = planStages({ ...email, type: "social", channels: ["social", "paid_social"] });
    expect(social.stages.find((s) => s.stage === "compliance")?.reason).toBe("uses paid_social");
  });

  it("adds the executive stage from the budget threshold up, and treats a missing budget as below it", () => {
    expect(stagesOf({ ...email, budgetCents: 5_000_000 })).toEqual(["content", "executive", "final"]);
    expect(stagesOf({ ...email, budgetCents: 4_999_999 })).toEqual(["content", "final"]);
    expect(planStages({ ...email, budgetCents: null }).skipped.find((s) => s.stage === "executive")?.reason).toBe("budget not set is below $50,000");
  });
});

describe("planStages with custom rules", () => {
  it("keeps the final stage when every rule skips, so a person always approves", () => {
    const rules: StageRule[] = [{ stage: "executive", when: { kind: "budget_at_least", amountCents: 1e9 }, quorum: 2 }];
    const plan = planStages(email, rules);
    expect(plan.stages).toEqual([{ stage: "final", quorum: 1, reason: "kept because every other rule skipped: a person approves every campaign" }]);
    expect(plan.skipped.map((s) => s.stage)).toEqual(["content", "compliance", "executive"]);
  });

  it("carries each stage's quorum and refuses a quorum below one", () => {
    const rules: StageRule[] = [{ stage: "content", when: { kind: "always" }, quorum: 2 }];
    expect(planStages(email, rules).stages).toEqual([{ stage: "content", quorum: 2, reason: "always required" }]);
    expect(() => planStages(email, [{ stage: "content", when: { kind: "always" }, quorum: 0 }])).toThrow(/Quorum of the content stage/);
  });

  it("always lists stages in the fixed order, each once, and accounts for every stage", () => {
    const campaign = fc.record({
      type: fc.constantFrom(...campaignTypes),
      budgetCents: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: null }),
      channels: fc.uniqueArray(fc.constantFrom(...channels), { maxLength: 5 }),
    });
    fc.assert(fc.property(campaign, fc.shuffledSubarray([...DEFAULT_STAGE_RULES]), (c, rules) => {
      const plan = planStages(c, rules);
      const order = plan.stages.map((s) => approverStages.indexOf(s.stage));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(plan.stages.length).toBeGreaterThan(0);
      expect([...plan.stages, ...plan.skipped].map((s) => s.stage).sort()).toEqual([...approverStages].sort());
    }), { numRuns: 300 });
  });
});
