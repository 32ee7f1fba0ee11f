"use server";

import { revalidatePath } from "next/cache";
import { webContext } from "@/lib/auth/session";
import { toActionResult, type ActionResult } from "@/lib/core/action-result";
import { parseInput } from "@/lib/core/validation";
import { updateTaskInput, type UpdateTaskInput } from "@/lib/tasks/schemas";
import { updateTask } from "@/lib/tasks/service";
import { applyReschedule, previewReschedule } from "@/lib/timeline/reschedule";
import type { ReschedulePreview, RescheduleOutcome } from "@/lib/timeline/schedule-view";
import { applyRescheduleInput, previewRescheduleInput, type ApplyRescheduleInput, type PreviewRescheduleInput } from "@/lib/timeline/schemas";

/** Both outcomes of a change (absorb, keep buffers) without saving anything. */
export async function previewRescheduleAction(raw: PreviewRescheduleInput): Promise<ActionResult<ReschedulePreview>> {
  const ctx = await webContext();
  return toActionResult(() => previewReschedule(ctx, parseInput(previewRescheduleInput, raw)));
}

/** Applies the chosen outcome; refused with a conflict when the campaign changed since the preview. */
export async function applyRescheduleAction(raw: ApplyRescheduleInput): Promise<ActionResult<{ outcome: RescheduleOutcome; campaignVersion: number }>> {
  const ctx = await webContext();
  const result = await toActionResult(async () => {
    const input = parseInput(applyRescheduleInput, raw);
    return applyReschedule(ctx, input);
  });
  if (result.ok) revalidatePath(`/campaigns/${raw.campaignId}`, "layout");
  return result;
}

export type TaskDatesInput = Pick<UpdateTaskInput, "id" | "version" | "startDate" | "dueDate">;

/** A task's start and due dates moved on the timeline (version-checked like any task edit). */
export async function updateTaskDatesAction(raw: TaskDatesInput): Promise<ActionResult<{ id: string; version: number; startDate: string | null; dueDate: string | null }>> {
  const ctx = await webContext();
  const result = await toActionResult(async () => {
    // only the dates: whatever else a caller sends is not an edit this action makes
    const input = parseInput(updateTaskInput, { id: raw.id, version: raw.version, startDate: raw.startDate, dueDate: raw.dueDate });
    const task = await updateTask(ctx, input);
    return { id: task.id, version: task.version, startDate: task.startDate, dueDate: task.dueDate, campaignId: task.campaignId };
  });
  if (!result.ok) return result;
  revalidatePath(`/campaigns/${result.data.campaignId}`, "layout");
  const { campaignId: _campaignId, ...data } = result.data;
  return { ok: true, data };
}
