import { sql } from "drizzle-orm";
import {
  boolean, date, doublePrecision, index, integer, numeric, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid,
} from "drizzle-orm/pg-core";
import { campaignPriorityEnum, campaignTypeEnum, campaigns } from "./campaigns";
import { users } from "./users";
import { taskStatuses } from "./values";

export const taskStatusEnum = pgEnum("task_status", taskStatuses);

/** A reusable plan for one campaign type: milestones with durations and dependencies, and default tasks. */
export const timelineTemplates = pgTable(
  "timeline_templates",
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignType: campaignTypeEnum().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
    version: integer().notNull().default(1),
    retiredAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // generation: the active template of a campaign type (one at a time)
    uniqueIndex("timeline_templates_active_type_idx").on(t.campaignType).where(sql`${t.retiredAt} is null`),
  ],
);

export const timelineTemplateMilestones = pgTable(
  "timeline_template_milestones",
  {
    id: uuid().primaryKey().defaultRandom(),
    templateId: uuid().notNull().references(() => timelineTemplates.id, { onDelete: "cascade" }),
    // stable within a template: dependencies and default tasks refer to milestones by key
    key: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
    durationDays: integer().notNull(),
    dependsOn: text().array().notNull().default(sql`'{}'`),
    // the milestone that happens on the launch date; the rest is scheduled around it
    isLaunch: boolean().notNull().default(false),
    position: integer().notNull(),
  },
  (t) => [
    // a template's milestones in order; keys unique per template
    uniqueIndex("timeline_template_milestones_template_key_idx").on(t.templateId, t.key),
  ],
);

export const timelineTemplateTasks = pgTable(
  "timeline_template_tasks",
  {
    id: uuid().primaryKey().defaultRandom(),
    templateId: uuid().notNull().references(() => timelineTemplates.id, { onDelete: "cascade" }),
    milestoneKey: text().notNull(),
    title: text().notNull(),
    description: text().notNull().default(""),
    estimateHours: numeric({ precision: 6, scale: 2, mode: "number" }).notNull(),
    requiredSkills: text().array().notNull().default(sql`'{}'`),
    priority: campaignPriorityEnum().notNull().default("medium"),
    position: integer().notNull(),
  },
  (t) => [
    // generation: a template's default tasks, per milestone, in order
    index("timeline_template_tasks_template_milestone_idx").on(t.templateId, t.milestoneKey, t.position),
  ],
);

/** A campaign's milestones, generated from its type's template and then its own. */
export const milestones = pgTable(
  "milestones",
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid().notNull().references(() => campaigns.id, { onDelete: "cascade" }),
    templateKey: text(),
    name: text().notNull(),
    description: text().notNull().default(""),
    startDate: date({ mode: "string" }).notNull(),
    endDate: date({ mode: "string" }).notNull(),
    durationDays: integer().notNull(),
    bufferDays: integer().notNull().default(0),
    isLaunch: boolean().notNull().default(false),
    position: integer().notNull(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // timeline view: a campaign's milestones by date
    index("milestones_campaign_start_idx").on(t.campaignId, t.startDate),
  ],
);

export const milestoneDependencies = pgTable(
  "milestone_dependencies",
  {
    predecessorId: uuid().notNull().references(() => milestones.id, { onDelete: "cascade" }),
    successorId: uuid().notNull().references(() => milestones.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.predecessorId, t.successorId] }),
    // recalculation walks from a milestone to its dependants
    index("milestone_dependencies_successor_idx").on(t.successorId),
  ],
);

export const tasks = pgTable(
  "tasks",
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid().notNull().references(() => campaigns.id, { onDelete: "cascade" }),
    milestoneId: uuid().references(() => milestones.id, { onDelete: "set null" }),
    title: text().notNull(),
    description: text().notNull().default(""),
    status: taskStatusEnum().notNull().default("todo"),
    priority: campaignPriorityEnum().notNull().default("medium"),
    assigneeId: uuid().references(() => users.id),
    requiredSkills: text().array().notNull().default(sql`'{}'`),
    estimateHours: numeric({ precision: 6, scale: 2, mode: "number" }),
    // the assignee's own estimate of what is left; when null, remaining = max(estimate − logged, 0)
    remainingHours: numeric({ precision: 6, scale: 2, mode: "number" }),
    startDate: date({ mode: "string" }),
    dueDate: date({ mode: "string" }),
    // board order within a status column: fractional, so a move rewrites one row
    position: doublePrecision().notNull().default(0),
    completedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // campaign board: a campaign's tasks by column and position
    index("tasks_campaign_status_position_idx").on(t.campaignId, t.status, t.position),
    // milestone progress and timeline bars
    index("tasks_milestone_id_idx").on(t.milestoneId),
    // "my tasks" and workload: a person's open tasks by due date
    index("tasks_assignee_due_idx").on(t.assigneeId, t.dueDate),
    // overdue tracking across campaigns
    index("tasks_due_date_idx").on(t.dueDate),
    index("tasks_created_by_id_idx").on(t.createdById),
  ],
);

export const taskDependencies = pgTable(
  "task_dependencies",
  {
    predecessorId: uuid().notNull().references(() => tasks.id, { onDelete: "cascade" }),
    successorId: uuid().notNull().references(() => tasks.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.predecessorId, t.successorId] }),
    // "what blocks this task": dependencies of a successor
    index("task_dependencies_successor_idx").on(t.successorId),
  ],
);

/** Days nobody works: skipped by every working-day calculation. */
export const organizationHolidays = pgTable("organization_holidays", {
  date: date({ mode: "string" }).primaryKey(),
  name: text().notNull(),
});

export type TimelineTemplateRow = typeof timelineTemplates.$inferSelect;
export type MilestoneRow = typeof milestones.$inferSelect;
export type TaskRow = typeof tasks.$inferSelect;
