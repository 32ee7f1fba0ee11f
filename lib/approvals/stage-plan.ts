/**
 * The stage plan (DESIGN §3 "Approval workflow"): which approval stages a campaign goes
 * through, in the fixed order content → compliance → executive → final, and how many
 * approvals each needs. Rules decide whether a stage applies; every decision carries its reason
 * so the workflow can show why a stage is there or was skipped. Pure.
 */
import { approverStages, type ApproverStage, type CampaignType, type Channel } from "@/db/schema/values";

export type StageCondition =
  | { kind: "always" }
  | { kind: "budget_at_least"; amountCents: number }
  | { kind: "type_in"; types: readonly CampaignType[] }
  | { kind: "channels_any"; channels: readonly Channel[] }
  | { kind: "any_of"; conditions: readonly StageCondition[] };

export type StageRule = { stage: ApproverStage; when: StageCondition; quorum: number };

export type CampaignForPlan = { type: CampaignType; budgetCents: number | null; channels: readonly Channel[] };

export type PlannedStage = { stage: ApproverStage; quorum: number; reason: string };
export type SkippedStage = { stage: ApproverStage; reason: string };
export type StagePlan = { stages: PlannedStage[]; skipped: SkippedStage[] };

/** Paid placements and SMS carry legal exposure: compliance reviews them. */
const regulatedChannels: Channel[] = ["paid_search", "paid_social", "display", "sms"];

export const DEFAULT_STAGE_RULES: readonly StageRule[] = [
  { stage: "content", when: { kind: "always" }, quorum: 1 },
  { stage: "compliance", when: { kind: "any_of", conditions: [{ kind: "type_in", types: ["paid_ads"] }, { kind: "channels_any", channels: regulatedChannels }] }, quorum: 1 },
  { stage: "executive", when: { kind: "budget_at_least", amountCents: 5_000_000 }, quorum: 1 },
  { stage: "final", when: { kind: "always" }, quorum: 1 },
];

const money = (cents: number) => `$${(cents / 100).toLocaleString("en-US", { maximumFractionDigits: 2 })}`;

/** Whether a condition holds, and a sentence saying why or why not. */
export function evaluate(c: StageCondition, campaign: CampaignForPlan): { holds: boolean; because: string } {
  switch (c.kind) {
    case "always":
      return { holds: true, because: "always required" };
    case "budget_at_least": {
      const budget = campaign.budgetCents ?? 0;
      return budget >= c.amountCents
        ? { holds: true, because: `budget ${money(budget)} is at least ${money(c.amountCents)}` }
        : { holds: false, because: `budget ${campaign.budgetCents === null ? "not set" : money(budget)} is below ${money(c.amountCents)}` };
    }
    case "type_in":
      return c.types.includes(campaign.type)
        ? { holds: true, because: `campaign type is ${campaign.type}` }
        : { holds: false, because: `campaign type ${campaign.type} is not ${c.types.join(" or ")}` };
    case "channels_any": {
      const hit = campaign.channels.filter((ch) => c.channels.includes(ch));
      return hit.length
        ? { holds: true, because: `uses ${hit.join(", ")}` }
        : { holds: false, because: `uses none of ${c.channels.join(", ")}` };
    }
    case "any_of": {
      const results = c.conditions.map((x) => evaluate(x, campaign));
      const first = results.find((r) => r.holds);
      return first ?? { holds: false, because: results.map((r) => r.because).join("; ") };
    }
  }
}

/**
 * The stages a campaign needs, in the fixed order. A stage without a rule is skipped; a rule's
 * quorum must be a whole number ≥ 1. At least one stage always remains: if every rule skips,
 * the final stage is kept so nothing is approved without a person.
 */
export function planStages(campaign: CampaignForPlan, rules: readonly StageRule[] = DEFAULT_STAGE_RULES): StagePlan {
  for (const r of rules) {
    if (!Number.isInteger(r.quorum) || r.quorum < 1) throw new RangeError(`Quorum of the ${r.stage} stage must be a whole number ≥ 1, got ${r.quorum}`);
  }
  const stages: PlannedStage[] = [];
  const skipped: SkippedStage[] = [];
  for (const stage of approverStages) {
    const rule = rules.find((r) => r.stage === stage);
    if (!rule) {
      skipped.push({ stage, reason: "no rule asks for this stage" });
      continue;
    }
    const { holds, because } = evaluate(rule.when, campaign);
    if (holds) stages.push({ stage, quorum: rule.quorum, reason: because });
    else skipped.push({ stage, reason: because });
  }
  if (stages.length === 0) {
    const final = rules.find((r) => r.stage === "final");
    stages.push({ stage: "final", quorum: final?.quorum ?? 1, reason: "kept because every other rule skipped: a person approves every campaign" });
    const i = skipped.findIndex((s) => s.stage === "final");
    if (i >= 0) skipped.splice(i, 1);
  }
  return { stages, skipped };
}
