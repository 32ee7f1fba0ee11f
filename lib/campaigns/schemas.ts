import { z } from "zod";
import { campaignPriorities, campaignStatuses, campaignTypes, channels } from "@/db/schema/values";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date in the form YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "Not a real calendar date");

const count = z.number().int("Must be a whole number").min(0, "Cannot be negative").max(1e12, "Too large");

export const budgetSchema = z
  .object({
    amountCents: z.number().int("Budget is in whole cents").min(0, "Budget cannot be negative").max(1e13, "Budget is too large").describe("Budget in integer cents, e.g. 2500000 for 25,000.00"),
    currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, "Use a 3-letter ISO currency code such as USD").default("USD").describe("ISO 4217 currency code"),
  })
  .describe("Budget as integer cents plus currency");

export const goalsSchema = z
  .object({
    impressions: count.optional().describe("Target impressions"),
    clicks: count.optional().describe("Target clicks"),
    leads: count.optional().describe("Target leads"),
    conversions: count.optional().describe("Target conversions"),
    revenueCents: count.optional().describe("Target revenue in integer cents"),
  })
  .strict()
  .describe("Target KPIs; omit the ones that do not apply");

const tagsSchema = z
  .array(z.string().trim().toLowerCase().min(1, "Tags cannot be empty").max(40, "Tags are at most 40 characters").regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, "Tags use letters, digits, spaces, - and _"))
  .max(20, "At most 20 tags")
  .transform((tags) => [...new Set(tags)]);

const campaignFields = {
  name: z.string().trim().min(3, "Name needs at least 3 characters").max(200, "Name is at most 200 characters").describe("Campaign name, e.g. 'Spring launch 2027'"),
  description: z.string().trim().max(5000, "Description is at most 5,000 characters").describe("What the campaign is and why"),
  type: z.enum(campaignTypes, { error: `Type must be one of: ${campaignTypes.join(", ")}` }).describe("Campaign type"),
  priority: z.enum(campaignPriorities, { error: `Priority must be one of: ${campaignPriorities.join(", ")}` }).describe("Priority: low, medium, high or critical"),
  ownerId: z.uuid("Owner must be a member id").nullable().describe("User id of the owner (see whoami / list results); null for none"),
  channels: z.array(z.enum(channels, { error: `Channels are: ${channels.join(", ")}` })).max(channels.length)
    // canonical order: the same set of channels is the same value, however a form lists them
    .transform((c) => channels.filter((ch) => c.includes(ch))).describe("Marketing channels used"),
  budget: budgetSchema.nullable(),
  goals: goalsSchema,
  startDate: isoDate.nullable().describe("First day of work, YYYY-MM-DD"),
  launchDate: isoDate.nullable().describe("Launch date, YYYY-MM-DD"),
  endDate: isoDate.nullable().describe("Last day the campaign runs, YYYY-MM-DD"),
  tags: tagsSchema.describe("Free-form tags, lower-cased"),
};

type DatesLike = { startDate?: string | null; launchDate?: string | null; endDate?: string | null };

/** Dates must run start ≤ launch ≤ end; returns issues keyed by field. */
export function dateOrderIssues(d: DatesLike): Record<string, string> {
  const issues: Record<string, string> = {};
  if (d.startDate && d.launchDate && d.startDate > d.launchDate) issues.startDate = "Start date must be on or before the launch date";
  if (d.launchDate && d.endDate && d.endDate < d.launchDate) issues.endDate = "End date must be on or after the launch date";
  else if (d.startDate && d.endDate && d.endDate < d.startDate) issues.endDate = "End date must be on or after the start date";
  return issues;
}

function checkDates(value: DatesLike, ctx: z.RefinementCtx) {
  // runs even when other fields failed (see dateChecks), so only trust well-formed date strings
  if (typeof value !== "object" || value === null) return;
  const ok = (d: unknown) => typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d);
  if (![value.startDate, value.launchDate, value.endDate].every((d) => d == null || ok(d))) return;
  for (const [field, message] of Object.entries(dateOrderIssues(value))) {
    ctx.addIssue({ code: "custom", path: [field], message });
  }
}

// report date order alongside other mistakes, not only once everything else is fixed
const dateChecks = { when: () => true };

export const createCampaignInput = z
  .object({
    ...campaignFields,
    description: campaignFields.description.default(""),
    priority: campaignFields.priority.default("medium"),
    ownerId: campaignFields.ownerId.optional().describe("User id of the owner; defaults to you"),
    channels: campaignFields.channels.default([]),
    budget: campaignFields.budget.optional(),
    goals: campaignFields.goals.default({}),
    startDate: campaignFields.startDate.optional(),
    launchDate: campaignFields.launchDate.optional(),
    endDate: campaignFields.endDate.optional(),
    tags: campaignFields.tags.default([]),
    generateTimeline: z.boolean().default(true).describe("Generate milestones and tasks from the campaign type's timeline template, scheduled back from the launch date (needs a launch date). Default true"),
  })
  .strict()
  .superRefine(checkDates, dateChecks);

export const updateCampaignInput = z
  .object({
    id: z.uuid("Campaign id must be a UUID").describe("Campaign id"),
    version: z.number().int().min(1).describe("The version you read (from get_campaign); a stale version is rejected with what changed"),
    name: campaignFields.name.optional(),
    description: campaignFields.description.optional(),
    type: campaignFields.type.optional(),
    priority: campaignFields.priority.optional(),
    ownerId: campaignFields.ownerId.optional(),
    channels: campaignFields.channels.optional(),
    budget: campaignFields.budget.optional(),
    goals: campaignFields.goals.optional(),
    startDate: campaignFields.startDate.optional(),
    launchDate: campaignFields.launchDate.optional(),
    endDate: campaignFields.endDate.optional(),
    tags: campaignFields.tags.optional(),
  })
  .strict()
  .superRefine(checkDates, dateChecks);

export const transitionCampaignInput = z
  .object({
    id: z.uuid("Campaign id must be a UUID").describe("Campaign id"),
    to: z.enum(campaignStatuses, { error: `Status must be one of: ${campaignStatuses.join(", ")}` }).describe("Target lifecycle status"),
    reason: z.string().trim().max(2000, "Reason is at most 2,000 characters").optional().describe("Why: required when requesting changes and when overriding the readiness threshold"),
    overrideReadiness: z.boolean().optional().describe("Managers only: go live below the readiness threshold (needs a reason)"),
  })
  .strict();

export const archiveCampaignInput = z
  .object({
    id: z.uuid("Campaign id must be a UUID").describe("Campaign id"),
    archived: z.boolean().default(true).describe("true to archive (completed or cancelled campaigns only), false to unarchive"),
  })
  .strict();

export const campaignSorts = ["relevance", "updated", "launch_date", "name", "priority", "created"] as const;

export const listCampaignsInput = z
  .object({
    q: z.string().trim().max(200, "Search is at most 200 characters").optional().describe("Full-text search over name, description and tags"),
    status: z.array(z.enum(campaignStatuses)).optional().describe("Only these statuses"),
    type: z.array(z.enum(campaignTypes)).optional().describe("Only these types"),
    priority: z.array(z.enum(campaignPriorities)).optional().describe("Only these priorities"),
    ownerId: z.uuid("Owner must be a member id").optional().describe("Only campaigns owned by this user id"),
    tag: z.string().trim().toLowerCase().max(40).optional().describe("Only campaigns with this tag"),
    launchFrom: isoDate.optional().describe("Launch date on or after, YYYY-MM-DD"),
    launchTo: isoDate.optional().describe("Launch date on or before, YYYY-MM-DD"),
    archived: z.enum(["exclude", "include", "only"]).default("exclude").describe("Archived campaigns: exclude (default), include or only"),
    sort: z.enum(campaignSorts).optional().describe("Sort key; defaults to relevance when searching, else recently updated"),
    dir: z.enum(["asc", "desc"]).optional().describe("Sort direction; defaults per key"),
    page: z.coerce.number().int().min(1).max(10_000).default(1).describe("1-based page"),
    pageSize: z.coerce.number().int().min(1).max(100).default(25).describe("Rows per page, at most 100"),
  })
  .strict();

export const campaignIdInput = z.object({ id: z.uuid("Campaign id must be a UUID").describe("Campaign id") }).strict();

export type CreateCampaignInput = z.input<typeof createCampaignInput>;
export type UpdateCampaignInput = z.input<typeof updateCampaignInput>;
export type TransitionCampaignInput = z.input<typeof transitionCampaignInput>;
export type ArchiveCampaignInput = z.input<typeof archiveCampaignInput>;
export type ListCampaignsInput = z.input<typeof listCampaignsInput>;
export type ListCampaignsQuery = z.output<typeof listCampaignsInput>;
