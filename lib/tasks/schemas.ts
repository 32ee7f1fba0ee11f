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
  })
  .strict();

export const listTasksInput = z
  .object({
    campaignId: z.uuid("Campaign id must be a UUID").optional().describe("Only tasks of this campaign"),
    assigneeId: z.uuid("Assignee must be a member id").optional().describe("Only tasks assigned to this user id"),
    status: z.array(z.enum(taskStatuses)).optional().describe("Only these stored statuses"),
    priority: z.array(z.enum(campaignPriorities)).optional().describe("Only these priorities"),
    overdue: z.boolean().optional().describe("true: only overdue tasks (past due, not done or cancelled); false: only tasks that are not overdue"),
    dueFrom: isoDate.optional().describe("Due on or after, YYYY-MM-DD"),
    dueTo: isoDate.optional().describe("Due on or before, YYYY-MM-DD"),
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

export type CreateTaskInput = z.input<typeof createTaskInput>;
export type UpdateTaskInput = z.input<typeof updateTaskInput>;
export type SetTaskStatusInput = z.input<typeof setTaskStatusInput>;
export type ListTasksInput = z.input<typeof listTasksInput>;
export type ListTasksQuery = z.output<typeof listTasksInput>;
export type ListOverdueTasksInput = z.input<typeof listOverdueTasksInput>;
export type TaskDependencyInput = z.input<typeof taskDependencyInput>;
