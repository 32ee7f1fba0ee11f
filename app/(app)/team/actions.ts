"use server";

import { revalidatePath } from "next/cache";
import { webContext } from "@/lib/auth/session";
import { toActionResult, type ActionResult } from "@/lib/core/action-result";
import { addOrganizationHoliday, bulkTimeOff, bulkWeeklyHours } from "@/lib/team/bulk";
import type { AddOrganizationHolidayInput, BulkTimeOffInput, BulkWeeklyHoursInput } from "@/lib/team/schemas";

function done<T>(result: ActionResult<T>) {
  if (result.ok) revalidatePath("/team", "layout");
  return result;
}

export async function bulkTimeOffAction(input: BulkTimeOffInput): Promise<ActionResult<{ count: number }>> {
  const ctx = await webContext();
  return done(await toActionResult(async () => ({ count: (await bulkTimeOff(ctx, input)).count })));
}

export async function bulkWeeklyHoursAction(input: BulkWeeklyHoursInput): Promise<ActionResult<{ count: number }>> {
  const ctx = await webContext();
  return done(await toActionResult(async () => ({ count: (await bulkWeeklyHours(ctx, input)).count })));
}

export async function addOrganizationHolidayAction(input: AddOrganizationHolidayInput): Promise<ActionResult<{ members: number }>> {
  const ctx = await webContext();
  return done(await toActionResult(async () => ({ members: (await addOrganizationHoliday(ctx, input)).members })));
}
