import { z } from "zod";
import { campaignPriorities, taskStatuses } from "@/db/schema/values";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date in the form YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "Not a real calendar date");

const taskId = (what = "Task id") => z.uuid(`${what} must be a UUID`);

const taskFields = {
  title: z.string().trim().min(1, "Title cannot be empty").max(200, "Title is at most 200 characters").describe("Task title, e.g. 'Write launch email copy'"),
  description: z.string().trim().max(5000, "Description is at most 5,000 characters").describe("What needs doing, in plain text"),
  priority: z.enum(campaignPriorities, { error: `Priority must be one of: ${campaignPriorities.join(", ")}` }).describe("Priority: low, medium, high or critical"),
  milestoneId: taskId("Milestone id").nullable().describe("Milestone of the same campaign the task belongs to (see get_campaign_timeline); null for none"),
  assigneeId: taskId("Assignee").nullable().describe("User id of an active, non-viewer member doing the task; null for unassigned"),
  requiredSkills: z
    .array(z.string().trim().toLowerCase().min(1, "Skills cannot be empty").max(60, "A skill is at most 60 characters"))
    .max(20, "At most 20 skills")
    .transform((s) => [...new Set(s)])
    .describe("Skills the work needs, lower-cased, e.g. ['copywriting', 'design']"),
  estimateHours: z.number().min(0, "Estimate cannot be negative").max(9999.99, "Estimate is at most 9,999.99 hours").nullable().describe("Estimated effort in hours; null for unknown"),
  startDate: isoDate.nullable().describe("Planned start, YYYY-MM-DD"),
  dueDate: isoDate.nullable().describe("Due date, YYYY-MM-DD; past due and not done or cancelled means overdue"),
};

type DatesLike = { startDate?: string | null; dueDate?: string | null };

/** A task must start on or before it is due; returns issues keyed by field. */
export function taskDateIssues(d: DatesLike): Record<string, string> {
  return d.startDate && d.dueDate && d.startDate > d.dueDate ? { dueDate: "Due date must be on or after the start date" } : {};
}

function checkDates(value: DatesLike, ctx: z.RefinementCtx) {
  if (typeof value !== "object" || value === null) return;
  const ok = (d: unknown) => d == null || (typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d));
  if (!ok(value.startDate) || !ok(value.dueDate)) return;
  for (const [path, message] of Object.entries(taskDateIssues(value))) ctx.addIssue({ code: "custom", path: [path], message });
}
const dateChecks = { when: () => true };

export const createTaskInput = z
  .object({
    campaignId: z.uuid("Campaign id must be a UUID").describe("Campaign the task belongs to"),
    milestoneId: taskFields.milestoneId.optional(),
    title: taskFields.title,
    description: taskFields.description.default(""),
    priority: taskFields.priority.default("medium"),
    assigneeId: taskFields.assigneeId.optional(),
    requiredSkills: taskFields.requiredSkills.default([]),
    estimateHours: taskFields.estimateHours.optional(),
    startDate: taskFields.startDate.optional(),
    dueDate: taskFields.dueDate.optional(),
  })
  .strict()
  .superRefine(checkDates, dateChecks);

export const updateTaskInput = z
  .object({
    id: taskId().describe("Task id"),
    version: z.number().int().min(1).describe("The version you read (from list_tasks); a stale version is rejected with what changed"),
    title: taskFields.title.optional(),
    description: taskFields.description.optional(),
    priority: taskFields.priority.optional(),
    milestoneId: taskFields.milestoneId.optional(),
    assigneeId: taskFields.assigneeId.optional(),
    requiredSkills: taskFields.requiredSkills.optional(),
    estimateHours: taskFields.estimateHours.optional(),
    startDate: taskFields.startDate.optional(),
    dueDate: taskFields.dueDate.optional(),
  })
  .strict()
  .superRefine(checkDates, dateChecks);

export const setTaskStatusInput = z
  .object({
    id: taskId().describe("Task id"),
    status: z.enum(taskStatuses, { error: `Status must be one of: ${taskStatuses.join(", ")}` }).describe("Target status"),
    version: z.number().int().min(1).optional().describe("Optional: the version you read; when given, a stale version is rejected with what changed"),
  })
  .strict();

/** Columns a task list can be sorted by. */
export const taskSortKeys = ["due", "title", "priority", "status", "campaign", "assignee", "estimate", "updated"] as const;
export type TaskSortKey = (typeof taskSortKeys)[number];

export const listTasksInput = z
  .object({
    campaignId: z.uuid("Campaign id must be a UUID").optional().describe("Only tasks of this campaign"),
    assigneeId: z.uuid("Assignee must be a member id").optional().describe("Only tasks assigned to this user id"),
    status: z.array(z.enum(taskStatuses)).optional().describe("Only these stored statuses"),
    priority: z.array(z.enum(campaignPriorities)).optional().describe("Only these priorities"),
    overdue: z.boolean().optional().describe("true: only overdue tasks (past due, not done or cancelled); false: only tasks that are not overdue"),
    dueFrom: isoDate.optional().describe("Due on or after, YYYY-MM-DD"),
    dueTo: isoDate.optional().describe("Due on or before, YYYY-MM-DD"),
    q: z.string().trim().max(200, "Search is at most 200 characters").optional().describe("Only tasks whose title contains this text (case-insensitive)"),
    sort: z.enum(taskSortKeys, { error: `Sort must be one of: ${taskSortKeys.join(", ")}` }).default("due")
      .describe("Order by: due (open tasks first, then due date, undated last), title, priority, status, campaign, assignee, estimate or updated"),
    dir: z.enum(["asc", "desc"], { error: "Direction must be asc or desc" }).default("asc").describe("Sort direction: asc or desc"),
    page: z.coerce.number().int().min(1).max(10_000).default(1).describe("1-based page"),
    pageSize: z.coerce.number().int().min(1).max(100).default(50).describe("Rows per page, at most 100"),
  })
  .strict();

export const listOverdueTasksInput = z
  .object({ campaignId: z.uuid("Campaign id must be a UUID").optional().describe("Only overdue tasks of this campaign") })
  .strict();

export const taskDependencyInput = z
  .object({
    predecessorId: taskId("Predecessor id").describe("The task that must finish first"),
    successorId: taskId("Successor id").describe("The task that waits for it (cannot start until the predecessor is done or cancelled)"),
  })
  .strict();

export const deleteTaskInput = z
  .object({
    id: taskId().describe("Task to delete"),
    version: z.number().int().min(1).describe("The version you read; a stale version is rejected with what changed"),
  })
  .strict();

export const bulkUpdateTasksInput = z
  .object({
    ids: z.array(taskId()).min(1, "Choose at least one task").max(200, "At most 200 tasks at a time").describe("Tasks to change, at most 200"),
    status: z.enum(taskStatuses, { error: `Status must be one of: ${taskStatuses.join(", ")}` }).optional().describe("Move every task to this status"),
    assigneeId: taskId("Assignee").nullable().optional().describe("Assign every task to this member id; null unassigns"),
  })
  .strict()
  .refine((b) => b.status !== undefined || b.assigneeId !== undefined, { message: "Choose a status or an assignee to change", path: ["status"] });

export const dependencyCandidatesInput = z
  .object({
    taskId: taskId().describe("The task to link"),
    q: z.string().trim().max(200, "Search is at most 200 characters").optional().describe("Only tasks whose title contains this text"),
    direction: z.enum(["waits_for", "blocks"]).optional()
      .describe("The link to add: waits_for leaves out the task's predecessors, blocks its successors; without it, both"),
  })
  .strict();

export type DependencyDirection = "waits_for" | "blocks";
export type DeleteTaskInput = z.input<typeof deleteTaskInput>;
export type BulkUpdateTasksInput = z.input<typeof bulkUpdateTasksInput>;
export type CreateTaskInput = z.input<typeof createTaskInput>;
export type UpdateTaskInput = z.input<typeof updateTaskInput>;
export type SetTaskStatusInput = z.input<typeof setTaskStatusInput>;
export type ListTasksInput = z.input<typeof listTasksInput>;
export type ListTasksQuery = z.output<typeof listTasksInput>;
export type ListOverdueTasksInput = z.input<typeof listOverdueTasksInput>;
export type TaskDependencyInput = z.input<typeof taskDependencyInput>;

// ── Board ────────────────────────────────────────────────────────────────────

/** Due-date windows of the board filter; dates are calendar days in UTC, like todayIso(). */
export const boardDueFilters = ["overdue", "today", "this_week", "next_14_days", "no_date"] as const;
export type BoardDueFilter = (typeof boardDueFilters)[number];

export const boardQueryInput = z
  .object({
    campaignId: z.uuid("Campaign id must be a UUID").optional().describe("The board of one campaign; without it, tasks across all non-archived campaigns"),
    campaignIds: z.array(z.uuid("Campaign ids must be UUIDs")).max(100, "At most 100 campaigns").optional().describe("Across campaigns: only these campaigns"),
    assigneeId: z.union([z.literal("me"), z.uuid("Assignee must be a member id or \"me\"")]).optional().describe("Only tasks assigned to this member id, or \"me\" for yours"),
    priority: z.array(z.enum(campaignPriorities, { error: `Priority must be one of: ${campaignPriorities.join(", ")}` })).optional().describe("Only these priorities"),
    due: z.enum(boardDueFilters, { error: `Due must be one of: ${boardDueFilters.join(", ")}` }).optional()
      .describe("overdue (past due, open), today, this_week (Monday to Sunday, UTC), next_14_days (today to 14 days ahead) or no_date"),
    includeCancelled: z.boolean().default(false).describe("Also return the Cancelled column (hidden by default)"),
    perColumn: z.coerce.number().int().min(1, "perColumn is at least 1").max(200, "perColumn is at most 200").default(50).describe("Cards per column, at most 200"),
    column: z.enum(taskStatuses, { error: `Column must be one of: ${taskStatuses.join(", ")}` }).optional().describe("Show more: only this column, from offset"),
    offset: z.coerce.number().int().min(0, "Offset cannot be negative").max(100_000).default(0).describe("Show more: cards of `column` to skip"),
  })
  .strict()
  .refine((q) => q.offset === 0 || q.column !== undefined, { message: "offset needs a column", path: ["offset"] });

export const moveTaskInput = z
  .object({
    id: taskId().describe("Task to move"),
    version: z.number().int().min(1).describe("The version you read (from the board); a stale version is rejected with what changed"),
    toStatus: z.enum(taskStatuses, { error: `Status must be one of: ${taskStatuses.join(", ")}` }).describe("Column to move to; the task's own status reorders it within its column"),
    afterId: taskId("afterId").optional().describe("Place the task right after (below) this card of the same campaign and column"),
    beforeId: taskId("beforeId").optional().describe("Place the task right before (above) this card of the same campaign and column; with neither, the task goes to the bottom"),
  })
  .strict()
  .refine((m) => m.afterId !== m.id && m.beforeId !== m.id, { message: "A task cannot be placed next to itself", path: ["afterId"] })
  .refine((m) => !m.afterId || m.afterId !== m.beforeId, { message: "afterId and beforeId must be different cards", path: ["beforeId"] });

export type BoardQueryInput = z.input<typeof boardQueryInput>;
export type BoardQuery = z.output<typeof boardQueryInput>;
export type MoveTaskInput = z.input<typeof moveTaskInput>;
