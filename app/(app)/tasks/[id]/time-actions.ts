"use server";

import { revalidatePath } from "next/cache";
import { webContext } from "@/lib/auth/session";
import { toActionResult, type ActionResult } from "@/lib/core/action-result";
import type {
  DeleteEntryInput, LogTimeInput, SetRemainingEstimateInput, StartTimerInput, StopTimerInput, UpdateEntryInput,
} from "@/lib/time/schemas";
import {
  deleteEntry, logTime, setRemainingEstimate, startTimer, stopTimer, updateEntry, type TimeEntryView,
} from "@/lib/time/service";

// Every action here is a public endpoint: the time services parse the input and check who may do what.

/** The task's page, campaign overviews (actual vs estimate) and timesheets show logged time. */
function refresh(taskId: string) {
  revalidatePath(`/tasks/${taskId}`);
  revalidatePath("/campaigns/[id]", "layout");
  revalidatePath("/team/[id]/timesheet", "page");
}

export async function startTimerAction(input: StartTimerInput): Promise<ActionResult<TimeEntryView>> {
  const ctx = await webContext();
  const result = await toActionResult(() => startTimer(ctx, input));
  if (result.ok) {
    refresh(result.data.taskId);
    if (result.data.stopped) refresh(result.data.stopped.taskId);
  }
  return result;
}

export async function stopTimerAction(input: StopTimerInput): Promise<ActionResult<TimeEntryView>> {
  const ctx = await webContext();
  const result = await toActionResult(() => stopTimer(ctx, input));
  if (result.ok) refresh(result.data.taskId);
  return result;
}

export async function logTimeAction(input: LogTimeInput): Promise<ActionResult<TimeEntryView>> {
  const ctx = await webContext();
  const result = await toActionResult(() => logTime(ctx, input));
  if (result.ok) refresh(result.data.taskId);
  return result;
}

export async function updateEntryAction(input: UpdateEntryInput): Promise<ActionResult<TimeEntryView>> {
  const ctx = await webContext();
  const result = await toActionResult(() => updateEntry(ctx, input));
  if (result.ok) refresh(result.data.taskId);
  return result;
}

export async function deleteEntryAction(input: DeleteEntryInput): Promise<ActionResult<{ id: string; taskId: string }>> {
  const ctx = await webContext();
  const result = await toActionResult(() => deleteEntry(ctx, input));
  if (result.ok) refresh(result.data.taskId);
  return result;
}

export async function setRemainingEstimateAction(input: SetRemainingEstimateInput): Promise<ActionResult<{ taskId: string; remainingHours: number | null }>> {
  const ctx = await webContext();
  const result = await toActionResult(() => setRemainingEstimate(ctx, input));
  if (result.ok) refresh(result.data.taskId);
  return result;
}
