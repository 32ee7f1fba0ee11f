import { bulkUpdateTasks } from "@/lib/tasks/bulk";
import { deleteTask } from "@/lib/tasks/delete";
import { addTaskDependency, removeTaskDependency } from "@/lib/tasks/dependencies";
import { listOverdueTasks, listTasks } from "@/lib/tasks/list";
import { moveTask } from "@/lib/tasks/move";
import { taskStatusLabels, taskTransitions } from "@/lib/tasks/rules";
import {
  createTaskInput, listOverdueTasksInput, listTasksInput, setTaskStatusInput, taskDependencyInput, updateTaskInput,
} from "@/lib/tasks/schemas";
import { moveTaskInput } from "@/lib/tasks/schemas";
import { bulkUpdateTasksInput, deleteTaskInput } from "@/lib/tasks/schemas";
import { createTask, setTaskStatus, updateTask } from "@/lib/tasks/service";
import { tool } from "../tool";

const legalMoves = Object.entries(taskTransitions)
  .map(([from, tos]) => `${from} -> ${tos.join("/")}`)
  .join("; ");

const listItemShape =
  "Each item has the task's fields (id, version, title, status, priority, assigneeId, dueDate, estimateHours, ...), its campaign " +
  "{id, name}, assignee {id, name} or null, overdue (true when past due and not done or cancelled), blockedBy (titles of open " +
  `tasks it waits for) and effectiveStatus (${taskStatusLabels.blocked.toLowerCase()} for a to-do task that is waiting).`;

export const taskTools = [
  tool("list_tasks", {
    title: "List tasks",
    description:
      "List tasks across campaigns, or of one campaign (campaignId), filtered by assignee, status, priority, overdue, due-date " +
      "range and title text (q, case-insensitive). Sorted by sort/dir: the default, due, puts open tasks first, then by due date " +
      "(undated last) and board position; also title, priority, status, campaign, assignee, estimate or updated, asc or desc. " +
      "Tasks of archived campaigns are left out unless campaignId names the campaign. Returns one page: {items, total, page, " +
      "pageSize, pageCount}. " + listItemShape + " canEdit says whether you may change the task.",
    input: listTasksInput,
    annotations: { readOnlyHint: true },
    run: (ctx, input) => listTasks(ctx, input),
  }),

  tool("list_overdue_tasks", {
    title: "List overdue tasks",
    description:
      "Every overdue task (due date before today, UTC, and not done or cancelled), across campaigns or of one campaign, oldest due " +
      "date first, at most 500: {items, total}. " + listItemShape,
    input: listOverdueTasksInput,
    annotations: { readOnlyHint: true },
    run: (ctx, input) => listOverdueTasks(ctx, input),
  }),

  tool("create_task", {
    title: "Create a task",
    description:
      "Add a task to a campaign; it starts in the todo status at the bottom of the board. Managers may add tasks anywhere; members " +
      "on campaigns they own or already have a task in. assigneeId must be an active member who is not a viewer; milestoneId must " +
      "be a milestone of the same campaign (see get_campaign_timeline). Dates are YYYY-MM-DD with startDate <= dueDate. " +
      "Tasks of archived campaigns cannot be added. Returns the task with its id and version.",
    input: createTaskInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
    run: (ctx, input) => createTask(ctx, input),
  }),

  tool("update_task", {
    title: "Update a task",
    description:
      "Change some fields of a task: send its id, the version you last read (from list_tasks) and only the fields to change; null " +
      "clears assigneeId, milestoneId, estimateHours or a date. If anyone changed the task after that version, nothing is saved and " +
      "the error says who changed which fields and gives the current version: read it again, then retry. Status is changed with " +
      "set_task_status, not here. Members may edit tasks assigned to them or on campaigns they own.",
    input: updateTaskInput,
    // repeating the same call is rejected as stale, so a retry never applies an edit twice
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
    run: (ctx, input) => updateTask(ctx, input),
  }),

  tool("set_task_status", {
    title: "Change a task's status",
    description:
      `Move a task to another status. Legal moves: ${legalMoves}. A task cannot move to in_progress, in_review or done while a task ` +
      "it depends on is still open (not done or cancelled): the error names the blocking tasks. Moving to done records the " +
      "completion time; done -> in_progress reopens it. Anything else fails with a message naming both statuses.",
    input: setTaskStatusInput,
    // a repeated move is rejected ("already ..."), so a retry changes nothing
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
    run: (ctx, input) => setTaskStatus(ctx, input),
  }),

  tool("add_task_dependency", {
    title: "Add a task dependency",
    description:
      "Make successorId wait for predecessorId: the successor cannot start until the predecessor is done or cancelled. Both tasks " +
      "must belong to the same campaign. A dependency that would create a cycle is rejected with the cycle listed by task title " +
      "(e.g. Write copy → Design → Write copy) and nothing changes. Adding one that exists already changes nothing (changed: false).",
    input: taskDependencyInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
    run: (ctx, input) => addTaskDependency(ctx, input),
  }),

  tool("remove_task_dependency", {
    title: "Remove a task dependency",
    description:
      "Stop successorId waiting for predecessorId. Removing a dependency that does not exist changes nothing (changed: false).",
    input: taskDependencyInput,
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
    run: (ctx, input) => removeTaskDependency(ctx, input),
  }),

  tool("move_task", {
    title: "Move a task on the board",
    description:
      "Move a task to another board column (toStatus) and/or to a place in its column: afterId is the card it goes below, " +
      "beforeId the card it goes above (both of the same campaign and target column); with neither it goes to the bottom. Send " +
      "the version you read; a stale version fails with who changed what. Status moves follow set_task_status's rules (a task " +
      "cannot start while a dependency is open: the error names the blocking tasks). Returns the card as the board shows it.",
    input: moveTaskInput,
    // a repeat with the same version is rejected as stale, so a retry never moves twice
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
    run: (ctx, input) => moveTask(ctx, input),
  }),

  tool("delete_task", {
    title: "Delete a task",
    description:
      "Delete a task for good, with every dependency to or from it. Only the campaign's owner, managers and admins may, and not " +
      "on archived campaigns. Send the version you read (from list_tasks); a stale version fails with who changed what and " +
      "nothing is deleted. Returns {id, title, campaignId, removedDependencies}. To stop work without losing it, set the status " +
      "to cancelled instead.",
    input: deleteTaskInput,
    // the second call finds no task (not found), so a retry never deletes anything else
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
    run: (ctx, input) => deleteTask(ctx, input),
  }),

  tool("bulk_update_tasks", {
    title: "Update many tasks",
    description:
      "Change the status and/or the assignee (assigneeId; null unassigns) of up to 200 tasks at once. Each task is checked and " +
      "saved on its own with the same rules as set_task_status and update_task (permissions, legal moves, a task cannot start " +
      "while a dependency is open, the assignee must be an active non-viewer member), so some may fail while the rest are saved. " +
      "Returns {results: [{id, title, ok, changed, error?}], summary: {total, updated, unchanged, failed, message}}.",
    input: bulkUpdateTasksInput,
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
    run: (ctx, input) => bulkUpdateTasks(ctx, input),
  }),
];
