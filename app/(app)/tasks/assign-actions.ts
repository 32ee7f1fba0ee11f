"use server";

import { revalidatePath } from "next/cache";
import { webContext } from "@/lib/auth/session";
import { toActionResult, type ActionResult } from "@/lib/core/action-result";
import { autoAssignTasks, suggestAssignee, type AssigneeSuggestion, type AutoAssignResult } from "@/lib/assignment/service";
import { updateTask } from "@/lib/tasks/service";
import type { TaskView } from "@/lib/tasks/view";

// Public endpoints: the services parse the input and check who may do what.

export async function suggestAssigneeAction(taskId: string): Promise<ActionResult<AssigneeSuggestion>> {
  const ctx = await webContext();
  return toActionResult(() => suggestAssignee(ctx, { taskId }));
}

/** Accepting a suggestion is an ordinary, version-checked task edit. */
export async function assignSuggestedAction(input: { id: string; version: number; assigneeId: string }): Promise<ActionResult<TaskView>> {
  const ctx = await webContext();
  const result = await toActionResult(() => updateTask(ctx, { id: input.id, version: input.version, assigneeId: input.assigneeId }));
  if (result.ok) {
    revalidatePath("/tasks");
    revalidatePath(`/tasks/${result.data.id}`);
    revalidatePath(`/campaigns/${result.data.campaignId}`, "layout");
  }
  return result;
}

/** What auto-assignment works on: a whole campaign's open tasks, or a selection of tasks. */
export type AutoAssignScope = { campaignId: string } | { taskIds: string[] };

export async function previewAutoAssignAction(scope: AutoAssignScope): Promise<ActionResult<AutoAssignResult>> {
  const ctx = await webContext();
  return toActionResult(() => autoAssignTasks(ctx, { ...scope }));
}

export async function applyAutoAssignAction(scope: AutoAssignScope, planId: string): Promise<ActionResult<AutoAssignResult>> {
  const ctx = await webContext();
  const result = await toActionResult(() => autoAssignTasks(ctx, { ...scope, confirm: true, planId }));
  if (result.ok) {
    revalidatePath("/tasks", "layout");
    revalidatePath("/campaigns", "layout");
  }
  return result;
}
