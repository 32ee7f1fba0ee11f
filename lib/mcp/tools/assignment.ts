import { autoAssignTasksInput, suggestAssigneeInput } from "@/lib/assignment/schemas";
import { autoAssignTasks, suggestAssignee } from "@/lib/assignment/service";
import { tool } from "../tool";

const rules =
  "Hard rules: never someone on time off for the task's whole window (its start, not before today, to its due date); never " +
  "someone missing a required skill while someone available has it; never over 100 % utilisation while a qualified person " +
  "would stay at or under it. Among the rest, the score weighs skill levels, free hours before the due date, utilisation " +
  "after assigning, the 90-day on-time rate and continuity (already on the campaign).";

export const assignmentTools = [
  tool("suggest_assignee", {
    title: "Suggest an assignee",
    description:
      "Who should do a task: {best, runnerUp, considered (best first, up to 10), consideredCount, excluded [{memberId, name, why}], " +
      "why (when nobody fits), canApply, task {id, title, version, assigneeId}}. best and runnerUp carry {memberId, name, score, " +
      "reasons[]} with reasons a person can read (skills and levels, free hours before the due date, utilisation after, on-time " +
      `rate, continuity). ${rules} Nothing is written: to accept, call update_task with the task's id, version and assigneeId.`,
    input: suggestAssigneeInput,
    annotations: { readOnlyHint: true },
    run: (ctx, input) => suggestAssignee(ctx, input),
  }),

  tool("auto_assign_tasks", {
    title: "Auto-assign tasks",
    description:
      "Assign the open tasks of a campaign (campaignId) or the given tasks (taskIds) greedily: by due date (undated last), then " +
      "priority, updating each member's workload as it goes. Without confirm it only previews: {proposals [{taskId, title, " +
      "version, member {id, name}, reasons[], runnerUp}], unassignable [{taskId, title, why}], skipped, planId, summary}. Show " +
      "the preview, then call again with confirm: true and that planId to apply every proposal in one transaction (one audit " +
      "entry per task). If anything changed since the preview the call fails with a conflict and assigns nothing: preview " +
      `again. onlyUnassigned (default true) leaves assigned tasks alone. Only the campaign's owner, managers and admins. ${rules}`,
    input: autoAssignTasksInput,
    // applying twice is refused (the plan changed: the tasks are assigned), so a retry never assigns twice
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
    run: (ctx, input) => autoAssignTasks(ctx, input),
  }),
];
