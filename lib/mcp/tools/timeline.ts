import { campaignIdInput } from "@/lib/campaigns/schemas";
import { workingDaysBetween } from "@/lib/timeline/calendar";
import { getCampaignSchedule } from "@/lib/timeline/campaign-schedule";
import { applyReschedule, previewReschedule } from "@/lib/timeline/reschedule";
import { changeFromToolInput, rescheduleCampaignToolInput } from "@/lib/timeline/schemas";
import { getCampaignMilestones } from "@/lib/timeline/service";
import { tool } from "../tool";

export const timelineTools = [
  tool("get_campaign_timeline", {
    title: "Get a campaign's timeline",
    description:
      "Read a campaign's milestones in date order: name, start and end dates (inclusive working days, YYYY-MM-DD), duration in " +
      "working days, buffer days that follow the milestone, whether it is the launch milestone, the ids of the milestones it " +
      "depends on, and how many of its tasks are done. Campaigns created with a launch date get this plan from their type's " +
      "timeline template, scheduled back from the launch date; an empty list means the campaign has no timeline yet.",
    input: campaignIdInput,
    annotations: { readOnlyHint: true },
    run: async (ctx, input) => ({ campaignId: input.id, milestones: await getCampaignMilestones(ctx, input.id) }),
  }),

  tool("get_critical_path", {
    title: "Get a campaign's critical path",
    description:
      "Critical Path Method over a campaign's milestones and dated tasks, measured against its launch date. Returns the critical " +
      "chain (the items that drive the launch, in order, with names and dates), every item's slack in working days (how far it " +
      "can slip from where it is planned, buffers included, before the launch moves), the items with negative slack (they cannot " +
      "make the launch as planned; worst first), and the project span. critical is true when slack <= 0. Dates are YYYY-MM-DD, " +
      "finish dates inclusive; weekends and the organisation's holidays are not working days. Tasks without dates are listed " +
      "under undatedTasks and left out of the calculation.",
    input: campaignIdInput,
    annotations: { readOnlyHint: true },
    run: async (ctx, input) => {
      const s = await getCampaignSchedule(ctx, input.id);
      const byId = new Map(s.items.map((i) => [i.id, i]));
      const calendar = { holidays: new Set(s.holidays.map((h) => h.date)) };
      return {
        campaignId: s.campaignId,
        launchDate: s.launchDate,
        projectSpan: s.range && { ...s.range, workingDays: workingDaysBetween(s.range.start, s.range.end, calendar) },
        criticalPath: s.criticalPath.map((id) => {
          const i = byId.get(id)!;
          return { id, kind: i.kind, name: i.name, start: i.start, end: i.end, slackDays: i.cpm.slackDays, critical: i.cpm.critical };
        }),
        negativeSlack: s.negativeSlack,
        items: s.items.map((i) => ({
          id: i.id, kind: i.kind, name: i.name, milestoneId: i.milestoneId, start: i.start, end: i.end, durationDays: i.durationDays,
          earliestStart: i.cpm.earliestStart, earliestFinish: i.cpm.earliestFinish, latestStart: i.cpm.latestStart, latestFinish: i.cpm.latestFinish,
          slackDays: i.cpm.slackDays, critical: i.cpm.critical,
        })),
        undatedTasks: s.undatedTasks,
      };
    },
  }),

  tool("reschedule_campaign", {
    title: "Reschedule a campaign's timeline",
    description:
      "Move a campaign's timeline with exactly one change: a new launchDate; or a milestone (milestoneId, from get_campaign_timeline) " +
      "that now ends on milestoneEnd (it moves, keeping its length); or a milestone's new durationDays. Durations are never " +
      "compressed. Two modes: absorb (default) uses up the buffers between milestones first, so the launch holds while it can; " +
      "keep_buffers shifts everything after the change by the full slip, moving the launch. Without confirm (the default) this " +
      "only previews both modes (what moves, the new launch date, buffers used up, conflicts such as milestones that would start " +
      "in the past) and changes nothing: show the preview to the person first. Then call again with confirm: true, the chosen " +
      "mode and version = the campaignVersion from the preview; the open tasks of moved milestones move with them. Conflicts do " +
      "not block applying. A stale version is refused with who changed the campaign. Only people who can edit the campaign " +
      "(managers, or its owner) can reschedule. This is also the way to change the launch date of a campaign that has a timeline.",
    input: rescheduleCampaignToolInput,
    // confirming twice with the same version is refused as stale, so a retry never applies twice
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
    run: async (ctx, input) => {
      const change = changeFromToolInput(input);
      if (!input.confirm) {
        const preview = await previewReschedule(ctx, { campaignId: input.id, change });
        return { applied: false, note: "Preview only: nothing was changed. Call again with confirm: true, a mode and version to apply.", ...preview };
      }
      const { outcome, campaignVersion } = await applyReschedule(ctx, { campaignId: input.id, change, mode: input.mode, campaignVersion: input.version! });
      return { applied: true, campaignVersion, outcome };
    },
  }),
];
