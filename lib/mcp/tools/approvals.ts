import { z } from "zod";
import { approverStages } from "@/db/schema/values";
import { describeAutoRule } from "@/lib/approvals/auto-rules";
import { listApprovalQueue } from "@/lib/approvals/queue";
import {
  addApprovalCommentInput, decideApprovalInput, submitForApprovalInput, workflowInput,
} from "@/lib/approvals/schemas";
import { addApprovalComment, decideApproval, submitForApproval } from "@/lib/approvals/service";
import { getApprovalSettings } from "@/lib/approvals/settings";
import type { StageCondition } from "@/lib/approvals/stage-plan";
import type { QueueItem } from "@/lib/approvals/types";
import { getApprovalWorkflow } from "@/lib/approvals/workflow-view";
import { hasRole } from "@/lib/core/context";
import { tool } from "../tool";

const listPendingApprovalsInput = z.object({
  scope: z.enum(["mine", "all"], "Scope is mine or all").optional()
    .describe("mine: requests of the approval stages you hold; all: every open request (managers and admins only; others get theirs). Default: all for managers and admins, mine for everyone else"),
  overdueOnly: z.boolean("overdueOnly is true or false").default(false).describe("Only requests past their deadline (default false)"),
  page: z.number().int("Page is a whole number").min(1, "Page is at least 1").max(10_000, "Page is at most 10,000").default(1)
    .describe("Page number, from 1 (default 1)"),
  pageSize: z.number().int("Page size is a whole number").min(1, "Page size is at least 1").max(100, "Page size is at most 100").default(25)
    .describe("Requests per page (default 25, at most 100)"),
}).strict();

const money = (cents: number) => `$${(cents / 100).toLocaleString("en-US", { maximumFractionDigits: 2 })}`;

/** A stage rule's condition in words, the way the settings page reads it. */
function describeCondition(c: StageCondition): string {
  switch (c.kind) {
    case "always":
      return "always";
    case "budget_at_least":
      return `the budget is at least ${money(c.amountCents)}`;
    case "type_in":
      return `the campaign type is ${c.types.join(" or ")}`;
    case "channels_any":
      return `the campaign uses any of the channels ${c.channels.join(", ")}`;
    case "any_of":
      return c.conditions.map(describeCondition).join("; or ");
  }
}

const weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

function queueItem(i: QueueItem) {
  const c = i.campaign;
  return {
    requestId: i.requestId, stage: i.stage, round: i.round, quorum: i.quorum, approvals: i.approvals,
    openedAt: i.openedAt, deadline: i.deadline, overdue: i.overdue,
    reminded: i.remindedAt !== null, remindedAt: i.remindedAt, escalated: i.escalatedAt !== null, escalatedAt: i.escalatedAt,
    campaign: {
      id: c.id, name: c.name, type: c.type, priority: c.priority, status: c.status,
      budget: c.budgetCents === null ? null : { amountCents: c.budgetCents, currency: c.currency },
      ownerName: c.ownerName, launchDate: c.launchDate, channels: c.channels, readiness: c.readiness,
    },
    canDecide: i.canDecide, cannotDecideReason: i.cannotDecideReason,
  };
}

export const approvalTools = [
  tool("list_pending_approvals", {
    title: "List pending approvals",
    description:
      "Open approval requests waiting for a decision, soonest deadline first. scope mine: the stages you approve (see whoami's " +
      "approverStages); scope all: every open request, for managers and admins (the default for them; everyone else always gets " +
      "mine). overdueOnly keeps the requests past their deadline. Each item: requestId (what decide_approval takes), stage " +
      "(content, compliance, executive or final), round (1, then +1 per resubmission), quorum (approvals the stage needs) and " +
      "approvals (standing approvals so far), openedAt and deadline (ISO 8601 UTC; the deadline counts business hours from when " +
      "the stage opened), overdue, reminded/escalated with when (approvers are reminded past the deadline, admins and managers " +
      "are told later), the campaign {id, name, type, priority, status, budget {amountCents, currency} or null, ownerName, " +
      "launchDate YYYY-MM-DD, channels, readiness 0-100}, and canDecide with cannotDecideReason when you may not decide it. " +
      "Returns one page: {scope, overdueOnly, items, total, page, pageSize, pageCount}.",
    input: listPendingApprovalsInput,
    annotations: { readOnlyHint: true },
    run: async (ctx, input) => {
      const seesAll = hasRole(ctx.actor, "manager");
      const scope = seesAll ? (input.scope ?? "all") : "mine";
      // the queue's overdue tab covers everything the person sees; a manager asking for only their
      // own stages is read as a member would be (narrower, never wider)
      const queueCtx = input.overdueOnly && scope === "mine" && seesAll ? { ...ctx, actor: { ...ctx.actor, role: "member" as const } } : ctx;
      const tab = input.overdueOnly ? "overdue" : scope;
      const page = await listApprovalQueue(queueCtx, { tab, page: input.page, pageSize: input.pageSize });
      return {
        scope, overdueOnly: input.overdueOnly, items: page.items.map(queueItem),
        total: page.total, page: page.page, pageSize: page.pageSize, pageCount: Math.ceil(page.total / page.pageSize),
      };
    },
  }),

  tool("get_approval_workflow", {
    title: "Get a campaign's approval workflow",
    description:
      "A campaign's approval workflow (campaignId): workflow {status in_review, changes_requested, rejected, approved or cancelled; " +
      "round; submittedAt; submittedBy; currentStage} or null when never submitted; stages in order (content → compliance → " +
      "executive → final), each with requestId, status (waiting, open, approved, changes_requested, rejected, cancelled = " +
      "withdrawn), quorum, standing approvals, why the stage is included, deadline and overdue, its approvers, every decision " +
      "(who, approve/reject/request_changes, comment, round, autoRule when a rule approved it, reset when a later change undid " +
      "it), reminders and escalations, and canDecide/cannotDecideReason for you; skipped stages with the reason; the thread of " +
      "comments and decision comments, oldest first; resets (approvals the last resubmission undid, and why); preview (the " +
      "stages a submission would go through now, useful before the first submission); can {submit, resubmit, comment} and " +
      "submitBlocked (what the campaign still needs before it can be submitted). Times are ISO 8601 UTC.",
    input: workflowInput,
    annotations: { readOnlyHint: true },
    run: (ctx, input) => getApprovalWorkflow(ctx, input),
  }),

  tool("submit_for_approval", {
    title: "Submit a campaign for approval",
    description:
      "Submit a planning campaign (campaignId) for approval, or resubmit it after an approver requested changes; the campaign " +
      "moves to in_review. Needs an owner, a launch date and at least one task; only managers and the campaign's owner may submit. " +
      "On resubmission stages approved earlier are kept (kept) unless what they approved has changed since (resets, with the " +
      "reason), and the workflow reopens at the first stage not approved. Stages an auto-approval rule covers are approved at " +
      "once (autoApproved, with the rule). Returns message (one sentence to relay), round, openStage (the stage now waiting for " +
      "approvers, null when every stage is approved), deadline (ISO 8601 UTC, business hours by the campaign's priority), kept, " +
      "resets, autoApproved and campaignStatus. Submitting a campaign that is already in review is refused.",
    input: submitForApprovalInput,
    // a repeat is refused ("already in review"), so a retry submits nothing twice
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
    run: async (ctx, input) => {
      const outcome = await submitForApproval(ctx, input);
      return { campaignId: input.campaignId, ...outcome, deadline: outcome.deadline?.toISOString() ?? null };
    },
  }),

  tool("decide_approval", {
    title: "Decide an approval request",
    description:
      "Decide one open approval request (requestId, from list_pending_approvals or get_approval_workflow): approve, reject or " +
      "request_changes. A comment is required to reject or request changes (say why, or what must change) and optional to " +
      "approve. Approvers may only decide the stages they hold (whoami's approverStages): anyone else, viewers and read-only " +
      "tokens get a forbidden error and nothing is recorded. Approve counts towards the stage's quorum; when it is met the next " +
      "stage opens (or is approved by an auto-approval rule), and after the last stage the campaign is approved. request_changes " +
      "sends the campaign back to planning until it is resubmitted; reject ends the workflow and sends it back to planning, so a " +
      "new submission starts over. A request that is already decided returns an error naming who decided it and when (UTC); " +
      "a stage not open yet or withdrawn is refused too. Returns requestStatus, workflowStatus, campaignStatus, nextStage, " +
      "autoApproved and a message to relay.",
    input: decideApprovalInput,
    // a second decision on the same request is refused as already decided, so a retry records nothing twice
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
    run: (ctx, input) => decideApproval(ctx, input),
  }),

  tool("add_approval_comment", {
    title: "Comment on an approval",
    description:
      "Add a comment (body, 1-5,000 characters) to the approval thread of a campaign (campaignId) that has been submitted at least " +
      "once; it shows in get_approval_workflow's thread and the campaign's activity. Anyone who can write may comment. Returns " +
      "the comment's id and at (ISO 8601 UTC).",
    input: addApprovalCommentInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
    run: async (ctx, input) => ({ campaignId: input.campaignId, ...(await addApprovalComment(ctx, input)) }),
  }),

  tool("list_approval_rules", {
    title: "List the approval rules",
    description:
      "The organisation's approval settings. stages: the four stages in their fixed order, each with includedWhen (in words), " +
      "the condition and quorum (approvals needed); a campaign no rule includes still goes through final. autoApprovalRules: " +
      "rules that approve a stage at once when a campaign meets every condition (description in words; maxBudgetCents in integer " +
      "cents, null for any budget; empty lists mean any). deadlineHours: business hours an open stage has before it is overdue, " +
      "by campaign priority. escalationIntervalHours: business hours past the deadline before admins and managers are alerted " +
      "(approvers are reminded at the deadline). businessHours: timezone, working days and hours (HH:MM) that deadlines count " +
      "in; holidays (YYYY-MM-DD) do not count. Admins change these in Settings.",
    input: z.object({}).strict(),
    annotations: { readOnlyHint: true },
    run: async (ctx) => {
      const { config, version, updatedAt, updatedBy, holidays } = await getApprovalSettings(ctx);
      const { businessHours: bh } = config;
      return {
        stages: approverStages.map((stage) => {
          const rule = config.stageRules.find((r) => r.stage === stage);
          if (!rule) return { stage, includedWhen: "never: no rule asks for this stage", condition: null, quorum: null };
          const when = describeCondition(rule.when);
          return { stage, includedWhen: when === "always" ? "always" : `when ${when}`, condition: rule.when, quorum: rule.quorum };
        }),
        autoApprovalRules: config.autoRules.map((r) => ({ ...r, description: describeAutoRule(r) })),
        deadlineHours: config.deadlineHours,
        escalationIntervalHours: config.escalationIntervalHours,
        businessHours: { timezone: bh.timezone, workdays: bh.workdays.map((d) => weekdays[d]), start: clock(bh.startMinute), end: clock(bh.endMinute) },
        holidays,
        version, updatedAt, updatedBy,
      };
    },
  }),
];
