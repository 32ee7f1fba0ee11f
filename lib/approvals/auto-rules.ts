/**
 * Auto-approval rules: a stage whose campaign meets every condition of an enabled rule is
 * approved at once, recorded as "approved automatically by rule X". Pure.
 */
import type { ApproverStage } from "@/db/schema/values";
import type { CampaignForPlan } from "./stage-plan";
import type { AutoApprovalRule } from "./settings-schema";

/** The first enabled rule for the stage whose conditions all hold, if any. */
export function matchAutoRule(stage: ApproverStage, campaign: CampaignForPlan, rules: readonly AutoApprovalRule[]): AutoApprovalRule | null {
  return rules.find((r) => r.enabled && r.stage === stage && ruleHolds(r, campaign)) ?? null;
}

export function ruleHolds(r: AutoApprovalRule, c: CampaignForPlan): boolean {
  if (r.types.length > 0 && !r.types.includes(c.type)) return false;
  if (r.maxBudgetCents !== null && (c.budgetCents ?? 0) > r.maxBudgetCents) return false;
  if (r.channelsWithin.length > 0 && !c.channels.every((ch) => r.channelsWithin.includes(ch))) return false;
  return true;
}

/** The rule's conditions as one sentence, for settings and for the workflow's history. */
export function describeAutoRule(r: AutoApprovalRule): string {
  const parts = [
    r.types.length ? `type is ${r.types.join(" or ")}` : null,
    r.maxBudgetCents !== null ? `budget at most $${(r.maxBudgetCents / 100).toLocaleString("en-US")}` : null,
    r.channelsWithin.length ? `channels only among ${r.channelsWithin.join(", ")}` : null,
  ].filter(Boolean);
  return `Approves the ${r.stage} stage when ${parts.length ? parts.join(", ") : "any campaign reaches it"}`;
}
