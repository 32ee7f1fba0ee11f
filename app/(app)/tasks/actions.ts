"use server";

import { revalidatePath } from "next/cache";
import { webContext } from "@/lib/auth/session";
import { toActionResult, type ActionResult } from "@/lib/core/action-result";
import { bulkUpdateTasks, type BulkUpdateResult } from "@/lib/tasks/bulk";
import { deleteTask, type DeletedTask } from "@/lib/tasks/delete";
import { addTaskDependency, removeTaskDependency, type TaskDependencyResult } from "@/lib/tasks/dependencies";
import { listDependencyCandidates, type TaskLink } from "@/lib/tasks/detail";
import type {
  BulkUpdateTasksInput, CreateTaskInput, DeleteTaskInput, DependencyDirection, SetTaskStatusInput, TaskDependencyInput, UpdateTaskInput,
} from "@/lib/tasks/schemas";
import { createTask, setTaskStatus, updateTask } from "@/lib/tasks/service";
import type { TaskView } from "@/lib/tasks/view";

// Every action here is a public endpoint: the services parse the input and check who may do what.

/** Task lists, the task's page and the campaign's tabs (their counts) show what changed. */
function refresh(campaignId?: string, taskId?: string) {
  revalidatePath("/tasks");
  if (taskId) revalidatePath(`/tasks/${taskId}`);
  if (campaignId) revalidatePath(`/campaigns/${campaignId}`, "layout");
}

export async function createTaskAction(input: CreateTaskInput): Promise<ActionResult<TaskView>> {
  const ctx = await webContext();
  const result = await toActionResult(() => createTask(ctx, input));
  if (result.ok) refresh(result.data.campaignId, result.data.id);
  return result;
}

/** Version-checked: a stale version is refused with who changed what (inline edits and the form). */
export async function updateTaskAction(input: UpdateTaskInput): Promise<ActionResult<TaskView>> {
  const ctx = await webContext();
  const result = await toActionResult(() => updateTask(ctx, input));
  if (result.ok) refresh(result.data.campaignId, result.data.id);
  return result;
}

export async function setTaskStatusAction(input: SetTaskStatusInput): Promise<ActionResult<TaskView>> {
  const ctx = await webContext();
  const result = await toActionResult(() => setTaskStatus(ctx, input));
  if (result.ok) refresh(result.data.campaignId, result.data.id);
  return result;
}

export async function deleteTaskAction(input: DeleteTaskInput): Promise<ActionResult<DeletedTask>> {
  const ctx = await webContext();
  const result = await toActionResult(() => deleteTask(ctx, input));
  if (result.ok) refresh(result.data.campaignId, result.data.id);
  return result;
}

export async function bulkUpdateTasksAction(input: BulkUpdateTasksInput): Promise<ActionResult<BulkUpdateResult>> {
  const ctx = await webContext();
  const result = await toActionResult(() => bulkUpdateTasks(ctx, input));
  if (result.ok) {
    // the tasks may span campaigns: refresh every campaign's tabs
    revalidatePath("/tasks", "layout");
    revalidatePath("/campaigns", "layout");
  }
  return result;
}

export async function addTaskDependencyAction(input: TaskDependencyInput): Promise<ActionResult<TaskDependencyResult>> {
  const ctx = await webContext();
  const result = await toActionResult(() => addTaskDependency(ctx, input));
  if (result.ok) {
    refresh(undefined, result.data.predecessor.id);
    refresh(undefined, result.data.successor.id);
  }
  return result;
}

export async function removeTaskDependencyAction(input: TaskDependencyInput): Promise<ActionResult<TaskDependencyResult>> {
  const ctx = await webContext();
  const result = await toActionResult(() => removeTaskDependency(ctx, input));
  if (result.ok) {
    refresh(undefined, result.data.predecessor.id);
    refresh(undefined, result.data.successor.id);
  }
  return result;
}

export async function listDependencyCandidatesAction(taskId: string, q?: string, direction?: DependencyDirection): Promise<ActionResult<TaskLink[]>> {
  const ctx = await webContext();
  return toActionResult(() => listDependencyCandidates(ctx, taskId, q, direction));
}
