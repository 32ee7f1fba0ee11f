import { z } from "zod";
import { transitionRules } from "@/lib/campaigns/lifecycle";
import { listCampaigns } from "@/lib/campaigns/list";
import {
  archiveCampaignInput, campaignIdInput, createCampaignInput, listCampaignsInput, transitionCampaignInput, updateCampaignInput,
} from "@/lib/campaigns/schemas";
import {
  createCampaign, getCampaign, getCampaignActivity, setCampaignArchived, transitionCampaign, updateCampaign,
} from "@/lib/campaigns/service";
import { tool } from "../tool";

const legalMoves = transitionRules
  .filter((r) => r.action !== "cancel")
  .map((r) => `${r.from} -> ${r.to} (${r.label.toLowerCase()})`)
  .join("; ");

const campaignActivityInput = campaignIdInput.extend({
  limit: z.number().int("Limit is a whole number").min(1, "Limit is at least 1").max(200, "Limit is at most 200").optional()
    .describe("How many entries, newest first (default 50, at most 200)"),
});

export const campaignTools = [
  tool("list_campaigns", {
    title: "List campaigns",
    description:
      "List campaigns, most recently updated first, with optional full-text search (q) and filters by status, type, priority, " +
      "owner, tag and launch-date range. Archived campaigns are left out unless archived is 'include' or 'only'. " +
      "Returns one page: {items, total, page, pageSize, pageCount}; ask for the next page while page < pageCount. " +
      "Each item carries the id and version the other campaign tools take.",
    input: listCampaignsInput,
    annotations: { readOnlyHint: true },
    run: (ctx, input) => listCampaigns(ctx, input),
  }),

  tool("get_campaign", {
    title: "Get a campaign",
    description:
      "Read one campaign by id: its fields, its version (update_campaign needs it), its readiness score (0-100) with the " +
      "breakdown that explains it and the go-live threshold, its risk (low, medium or high, with the reasons: overdue tasks, " +
      "critical-path items that cannot make the launch, readiness low for the days left), whether it has a timeline (then its launch " +
      "date moves with reschedule_campaign, not update_campaign), and the lifecycle moves from its current status. " +
      "allowedNextStatuses lists the statuses you may move it to now with transition_campaign; actions also shows the moves " +
      "that exist but that you are not permitted to make (allowed: false).",
    input: campaignIdInput,
    annotations: { readOnlyHint: true },
    run: async (ctx, input) => {
      const detail = await getCampaign(ctx, input);
      return { ...detail, allowedNextStatuses: detail.actions.filter((a) => a.allowed).map((a) => a.to) };
    },
  }),

  tool("create_campaign", {
    title: "Create a campaign",
    description:
      "Create a campaign; it starts in the planning status. Only managers and admins can create campaigns. You become the " +
      "owner unless ownerId names another active member. Dates are YYYY-MM-DD and must run startDate <= launchDate <= endDate. " +
      "budget is integer cents plus an ISO currency, e.g. {\"amountCents\": 2500000, \"currency\": \"USD\"} for 25,000.00. " +
      "Returns the new campaign with its id and version. Submitting it for review later needs an owner, a launch date and at least one task.",
    input: createCampaignInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
    run: (ctx, input) => createCampaign(ctx, input),
  }),

  tool("update_campaign", {
    title: "Update a campaign",
    description:
      "Change some fields of a campaign. Send its id, the version you last read (from get_campaign or list_campaigns) and only " +
      "the fields to change; null clears ownerId, budget or a date. If anyone changed the campaign after that version, nothing " +
      "is saved and the error says who changed which fields and gives the current version: read it again with get_campaign, " +
      "check your edit still makes sense, then retry with the new version. Status is not edited here (use transition_campaign), " +
      "archived campaigns cannot be edited, and only managers can change the owner.",
    input: updateCampaignInput,
    // repeating the same call is rejected as stale, so a retry never applies an edit twice
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
    run: (ctx, input) => updateCampaign(ctx, input),
  }),

  tool("transition_campaign", {
    title: "Change a campaign's status",
    description:
      `Move a campaign along its lifecycle. Legal moves: ${legalMoves}; and any status except completed and cancelled -> ` +
      "cancelled (final, cannot be undone). Submitting needs an owner, a launch date and at least one task; requesting changes needs a reason; " +
      "going live below the readiness threshold needs overrideReadiness: true and a reason, managers only. " +
      "Anything else fails with a message naming both statuses and what is allowed; " +
      "get_campaign lists the moves you may make now.",
    input: transitionCampaignInput,
    // a repeated move is rejected ("already ..."), so a retry changes nothing
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
    run: (ctx, input) => transitionCampaign(ctx, input),
  }),

  tool("archive_campaign", {
    title: "Archive or unarchive a campaign",
    description:
      "Archive a completed or cancelled campaign (archived: true) so it leaves the default lists and can no longer be edited or " +
      "moved, or unarchive it (archived: false). Managers and admins only. Asking for the state it is already in changes nothing.",
    input: archiveCampaignInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
    run: (ctx, input) => setCampaignArchived(ctx, input),
  }),

  tool("get_campaign_activity", {
    title: "Campaign activity",
    description:
      "The audit trail of one campaign, newest first: what happened, who did it, when, and through which door (via: web, mcp, " +
      "api, slack or system), with before/after snapshots. Use it to see why a campaign changed, e.g. after an update_campaign conflict.",
    input: campaignActivityInput,
    annotations: { readOnlyHint: true },
    run: async (ctx, input) => ({ campaignId: input.id, items: await getCampaignActivity(ctx, input) }),
  }),
];
