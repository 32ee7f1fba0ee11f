import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { campaigns } from "./campaigns";
import { approverStageEnum, users } from "./users";
import { approvalDecisionKinds, approvalRequestStatuses, escalationSteps, workflowStatuses } from "./values";

export const workflowStatusEnum = pgEnum("workflow_status", workflowStatuses);
export const approvalRequestStatusEnum = pgEnum("approval_request_status", approvalRequestStatuses);
export const approvalDecisionEnum = pgEnum("approval_decision", approvalDecisionKinds);
export const escalationStepEnum = pgEnum("escalation_step", escalationSteps);

/** One submission of a campaign for review; a resubmission after changes reopens it (round + 1). */
export const approvalWorkflows = pgTable(
  "approval_workflows",
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid().notNull().references(() => campaigns.id, { onDelete: "cascade" }),
    status: workflowStatusEnum().notNull().default("in_review"),
    round: integer().notNull().default(1),
    /** stages the plan skipped, with why: [{ stage, reason }] */
    skipped: jsonb().$type<{ stage: string; reason: string }[]>().notNull().default([]),
    submittedById: uuid().references(() => users.id),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // the campaign's current workflow: its newest
    index("approval_workflows_campaign_created_idx").on(t.campaignId, t.createdAt),
  ],
);

/** One stage of a workflow, routed to the members holding that approver stage. */
export const approvalRequests = pgTable(
  "approval_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    workflowId: uuid().notNull().references(() => approvalWorkflows.id, { onDelete: "cascade" }),
    campaignId: uuid().notNull().references(() => campaigns.id, { onDelete: "cascade" }),
    stage: approverStageEnum().notNull(),
    position: integer().notNull(),
    quorum: integer().notNull().default(1),
    /** why the plan includes this stage */
    reason: text().notNull(),
    status: approvalRequestStatusEnum().notNull().default("waiting"),
    /** the workflow round this request was last opened in */
    round: integer().notNull().default(1),
    openedAt: timestamp({ withTimezone: true }),
    deadline: timestamp({ withTimezone: true }),
    remindedAt: timestamp({ withTimezone: true }),
    escalatedAt: timestamp({ withTimezone: true }),
    decidedAt: timestamp({ withTimezone: true }),
    decidedById: uuid().references(() => users.id),
    /** set when an auto-approval rule decided the stage */
    autoRule: text(),
  },
  (t) => [
    uniqueIndex("approval_requests_workflow_stage_idx").on(t.workflowId, t.stage),
    // the queue: open requests of the stages I approve, soonest deadline first
    index("approval_requests_open_stage_deadline_idx").on(t.stage, t.deadline).where(sql`${t.status} = 'open'`),
    // overdue views and the escalation sweep: open requests by deadline
    index("approval_requests_open_deadline_idx").on(t.deadline).where(sql`${t.status} = 'open'`),
    index("approval_requests_campaign_idx").on(t.campaignId),
  ],
);

/** Every decision made on a request, by a person or by an auto-approval rule. */
export const approvalDecisions = pgTable(
  "approval_decisions",
  {
    id: uuid().primaryKey().defaultRandom(),
    requestId: uuid().notNull().references(() => approvalRequests.id, { onDelete: "cascade" }),
    workflowId: uuid().notNull().references(() => approvalWorkflows.id, { onDelete: "cascade" }),
    campaignId: uuid().notNull().references(() => campaigns.id, { onDelete: "cascade" }),
    stage: approverStageEnum().notNull(),
    round: integer().notNull(),
    approverId: uuid().references(() => users.id),
    decision: approvalDecisionEnum().notNull(),
    comment: text().notNull().default(""),
    autoRule: text(),
    /** the campaign's content when the decision was made: a later change resets the approval */
    content: jsonb().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    resetAt: timestamp({ withTimezone: true }),
    resetReason: text(),
  },
  (t) => [
    index("approval_decisions_request_idx").on(t.requestId),
    // "decided by me", newest first
    index("approval_decisions_approver_at_idx").on(t.approverId, t.at),
    // one standing decision per person per request and round: a double click or a second tab cannot vote twice
    uniqueIndex("approval_decisions_one_per_approver_idx").on(t.requestId, t.approverId, t.round).where(sql`${t.resetAt} is null and ${t.approverId} is not null`),
  ],
);

export const approvalComments = pgTable(
  "approval_comments",
  {
    id: uuid().primaryKey().defaultRandom(),
    workflowId: uuid().notNull().references(() => approvalWorkflows.id, { onDelete: "cascade" }),
    campaignId: uuid().notNull().references(() => campaigns.id, { onDelete: "cascade" }),
    requestId: uuid().references(() => approvalRequests.id, { onDelete: "cascade" }),
    decisionId: uuid().references(() => approvalDecisions.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => users.id),
    body: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("approval_comments_workflow_at_idx").on(t.workflowId, t.at)],
);

/** Reminders and escalations, each recorded once per request and round. */
export const approvalEscalations = pgTable(
  "approval_escalations",
  {
    id: uuid().primaryKey().defaultRandom(),
    requestId: uuid().notNull().references(() => approvalRequests.id, { onDelete: "cascade" }),
    round: integer().notNull(),
    step: escalationStepEnum().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** who was told: [{ id, name }] */
    recipients: jsonb().$type<{ id: string; name: string }[]>().notNull().default([]),
  },
  (t) => [uniqueIndex("approval_escalations_once_idx").on(t.requestId, t.round, t.step)],
);

/** The organisation's approval settings: one row, versioned against concurrent edits. */
export const approvalSettings = pgTable("approval_settings", {
  id: text().primaryKey().default("default"),
  config: jsonb().notNull(),
  version: integer().notNull().default(1),
  updatedById: uuid().references(() => users.id),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type ApprovalWorkflowRow = typeof approvalWorkflows.$inferSelect;
export type ApprovalRequestRow = typeof approvalRequests.$inferSelect;
export type ApprovalDecisionRow = typeof approvalDecisions.$inferSelect;
