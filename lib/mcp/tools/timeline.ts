import { campaignIdInput } from "@/lib/campaigns/schemas";
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
];
