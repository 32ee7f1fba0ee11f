/**
 * The organisation's approval settings (DESIGN §3 "Approval workflow"): the stage plan rules,
 * auto-approval rules, deadline hours per urgency, the escalation interval and business hours.
 * One zod schema validates the admin form, the database row and MCP output alike.
 */
import { z } from "zod";
import { approverStages, campaignPriorities, campaignTypes, channels, type CampaignPriority } from "@/db/schema/values";
import { DEFAULT_DEADLINE_HOURS } from "./business-hours";
import { DEFAULT_STAGE_RULES, type StageCondition, type StageRule } from "./stage-plan";

const stage = z.enum(approverStages);
const quorum = z.number().int("Quorum must be a whole number").min(1, "Quorum must be at least 1").max(20, "Quorum can be at most 20");
const cents = z.number().int("Use whole cents").min(0, "Amounts cannot be negative").max(1e13, "That amount is too large");

const leafCondition = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("always") }),
  z.object({ kind: z.literal("budget_at_least"), amountCents: cents }),
  z.object({ kind: z.literal("type_in"), types: z.array(z.enum(campaignTypes)).min(1, "Choose at least one campaign type") }),
  z.object({ kind: z.literal("channels_any"), channels: z.array(z.enum(channels)).min(1, "Choose at least one channel") }),
]);
const condition: z.ZodType<StageCondition> = z.union([
  leafCondition,
  z.object({ kind: z.literal("any_of"), conditions: z.array(leafCondition).min(1, "Add at least one condition").max(10) }),
]);

export const stageRuleSchema = z.object({ stage, when: condition, quorum });

export const autoRuleSchema = z.object({
  id: z.string().trim().min(1).max(60),
  name: z.string().trim().min(2, "Name the rule (at least 2 characters)").max(80, "Keep the name under 80 characters"),
  stage,
  enabled: z.boolean(),
  /** the campaign's type is one of these (empty: any type) */
  types: z.array(z.enum(campaignTypes)),
  /** the budget is at most this (null: any budget; a campaign without a budget counts as 0) */
  maxBudgetCents: cents.nullable(),
  /** every channel of the campaign is among these (empty: any channels) */
  channelsWithin: z.array(z.enum(channels)),
});
export type AutoApprovalRule = z.infer<typeof autoRuleSchema>;

const hoursField = z.number().min(0.25, "At least a quarter of an hour").max(2000, "At most 2,000 business hours");

export const businessHoursSchema = z
  .object({
    timezone: z.string().trim().min(1, "Choose a timezone").refine((tz) => {
      try {
        new Intl.DateTimeFormat("en-US", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, "Not a known IANA timezone (e.g. Europe/Berlin)"),
    workdays: z.array(z.number().int().min(0).max(6)).min(1, "Choose at least one working day").max(7),
    startMinute: z.number().int().min(0).max(24 * 60),
    endMinute: z.number().int().min(0).max(24 * 60),
  })
  .refine((b) => b.endMinute > b.startMinute, { message: "The working day must end after it starts", path: ["endMinute"] });

export const approvalConfigSchema = z
  .object({
    stageRules: z.array(stageRuleSchema).max(4),
    autoRules: z.array(autoRuleSchema).max(50, "At most 50 auto-approval rules"),
    deadlineHours: z.object(Object.fromEntries(campaignPriorities.map((p) => [p, hoursField])) as Record<CampaignPriority, typeof hoursField>),
    escalationIntervalHours: z.number().min(0, "The escalation interval cannot be negative").max(500, "At most 500 business hours"),
    businessHours: businessHoursSchema,
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.stageRules.forEach((r, i) => {
      if (seen.has(r.stage)) ctx.addIssue({ code: "custom", message: `The ${r.stage} stage has two rules`, path: ["stageRules", i, "stage"] });
      seen.add(r.stage);
    });
    const ids = new Set<string>();
    c.autoRules.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: "custom", message: "Two auto-approval rules share an id", path: ["autoRules", i, "id"] });
      ids.add(r.id);
    });
  });
export type ApprovalConfig = z.infer<typeof approvalConfigSchema>;

export const DEFAULT_APPROVAL_CONFIG: ApprovalConfig = {
  stageRules: DEFAULT_STAGE_RULES.map((r) => ({ ...r }) as StageRule) as ApprovalConfig["stageRules"],
  autoRules: [
    // small organic social posts need no content review: a sensible default an admin can switch off
    { id: "small-social", name: "Small organic social posts", stage: "content", enabled: true, types: ["social"], maxBudgetCents: 100_000, channelsWithin: ["social"] },
  ],
  deadlineHours: { ...DEFAULT_DEADLINE_HOURS },
  escalationIntervalHours: 8,
  businessHours: { timezone: "UTC", workdays: [0, 1, 2, 3, 4], startMinute: 9 * 60, endMinute: 17 * 60 },
};

export const updateApprovalSettingsInput = z.object({ version: z.number().int().min(1), config: approvalConfigSchema });
export type UpdateApprovalSettingsInput = z.input<typeof updateApprovalSettingsInput>;
