import { z } from "zod";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date in the form YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "Not a real calendar date");

const campaignId = z.uuid("Campaign id must be a UUID").describe("Campaign id");
const milestoneId = z.uuid("Milestone id must be a UUID").describe("Id of a milestone of this campaign (see get_timeline)");

export const rescheduleChange = z
  .discriminatedUnion(
    "kind",
    [
      z.object({ kind: z.literal("launch_date"), date: isoDate.describe("New launch date, YYYY-MM-DD") }).strict(),
      z.object({ kind: z.literal("milestone_end"), milestoneId, end: isoDate.describe("New end date of the milestone, YYYY-MM-DD (its length is kept)") }).strict(),
      z
        .object({
          kind: z.literal("milestone_duration"),
          milestoneId,
          durationDays: z.number().int("Duration is a whole number of working days").min(0, "Duration cannot be negative").max(1000, "Duration is at most 1,000 working days").describe("New duration in working days"),
        })
        .strict(),
    ],
    { error: "Change kind must be one of: launch_date, milestone_end, milestone_duration" },
  )
  .describe("What changes: a new launch date, a milestone moved to a new end date, or a milestone's new duration");

export const rescheduleMode = z
  .enum(["absorb", "keep_buffers"], { error: "Mode must be absorb or keep_buffers" })
  .describe("absorb: slips use up buffers first and the launch holds as long as it can; keep_buffers: everything after the change shifts by the full slip");

export const previewRescheduleInput = z.object({ campaignId, change: rescheduleChange }).strict();

export const applyRescheduleInput = z
  .object({
    campaignId,
    change: rescheduleChange,
    mode: rescheduleMode,
    campaignVersion: z.number().int("Version is a whole number").min(1, "Version starts at 1").describe("The campaign version the preview was made from; a stale one is refused"),
  })
  .strict();

export type PreviewRescheduleInput = z.input<typeof previewRescheduleInput>;
export type ApplyRescheduleInput = z.input<typeof applyRescheduleInput>;

/** The reschedule_campaign tool: one flat object, exactly one kind of change, preview unless confirmed. */
export const rescheduleCampaignToolInput = z
  .object({
    id: campaignId,
    launchDate: isoDate.optional().describe("Change: move the launch to this date, YYYY-MM-DD"),
    milestoneId: z.uuid("Milestone id must be a UUID").optional().describe("The milestone to change, with milestoneEnd or durationDays (ids from get_campaign_timeline)"),
    milestoneEnd: isoDate.optional().describe("Change: the milestone now ends on this date, YYYY-MM-DD (its length is kept; it moves)"),
    durationDays: z.number().int("Duration is a whole number of working days").min(0, "Duration cannot be negative").max(1000, "Duration is at most 1,000 working days").optional()
      .describe("Change: the milestone's new duration in working days (it keeps its start)"),
    mode: rescheduleMode.default("absorb"),
    confirm: z.boolean().default(false).describe("false (default): only preview both modes, nothing changes. true: apply the chosen mode"),
    version: z.number().int("Version is a whole number").min(1, "Version starts at 1").optional()
      .describe("Required with confirm: true. The campaignVersion from the preview (or get_campaign); a stale one is refused"),
  })
  .strict()
  .superRefine((v, ctx) => {
    const kinds = [v.launchDate !== undefined, v.milestoneEnd !== undefined, v.durationDays !== undefined].filter(Boolean).length;
    if (kinds !== 1) {
      ctx.addIssue({ code: "custom", path: [], message: "Give exactly one change: launchDate, or milestoneId with milestoneEnd, or milestoneId with durationDays" });
    } else if (v.launchDate === undefined && v.milestoneId === undefined) {
      ctx.addIssue({ code: "custom", path: ["milestoneId"], message: "Say which milestone changes" });
    } else if (v.launchDate !== undefined && v.milestoneId !== undefined) {
      ctx.addIssue({ code: "custom", path: ["milestoneId"], message: "A launch date change does not take a milestone" });
    }
    if (v.confirm && v.version === undefined) ctx.addIssue({ code: "custom", path: ["version"], message: "Send the campaign version you previewed when confirming" });
  });

export type RescheduleCampaignToolInput = z.output<typeof rescheduleCampaignToolInput>;

/** The change a reschedule_campaign call asks for (its input already checked to hold exactly one). */
export function changeFromToolInput(v: RescheduleCampaignToolInput): z.output<typeof rescheduleChange> {
  if (v.launchDate !== undefined) return { kind: "launch_date", date: v.launchDate };
  if (v.milestoneEnd !== undefined) return { kind: "milestone_end", milestoneId: v.milestoneId!, end: v.milestoneEnd };
  return { kind: "milestone_duration", milestoneId: v.milestoneId!, durationDays: v.durationDays! };
}
