import { z } from "zod";

export const suggestAssigneeInput = z.object({
  taskId: z.uuid("Task id must be a UUID").describe("The task to find an assignee for"),
});
export type SuggestAssigneeInput = z.input<typeof suggestAssigneeInput>;

export const autoAssignTasksInput = z
  .object({
    campaignId: z.uuid("Campaign id must be a UUID").optional().describe("Auto-assign the open tasks of this campaign"),
    taskIds: z.array(z.uuid("Task ids must be UUIDs")).min(1, "Pick at least one task").max(5000, "At most 5,000 tasks at once").optional()
      .describe("Or auto-assign exactly these tasks (give campaignId or taskIds, not both)"),
    onlyUnassigned: z.boolean().default(true).describe("Leave tasks that already have an assignee alone (default true); false re-plans them too"),
    confirm: z.boolean().default(false).describe("false (default): preview only, nothing is written. true: apply the plan previewed with planId"),
    planId: z.string().trim().min(1).max(64).optional()
      .describe("With confirm: the planId the preview returned. If any task or proposal changed since, nothing is written and you get a conflict: preview again"),
  })
  .refine((v) => (v.campaignId ? 1 : 0) + (v.taskIds ? 1 : 0) === 1, { message: "Give either campaignId or taskIds", path: ["campaignId"] })
  .refine((v) => !v.confirm || v.planId, { message: "Preview first: confirm needs the planId of the preview", path: ["planId"] });
export type AutoAssignTasksInput = z.input<typeof autoAssignTasksInput>;
