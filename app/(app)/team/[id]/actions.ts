"use server";

import { revalidatePath } from "next/cache";
import { webContext } from "@/lib/auth/session";
import { toActionResult, type ActionResult } from "@/lib/core/action-result";
import { addTimeOff, removeTimeOff, setAvailability, setProfile, setSkills } from "@/lib/team/schedule";
import type { AddTimeOffInput, SetAvailabilityInput, SetProfileInput, SetSkillsInput } from "@/lib/team/schemas";

function done<T>(result: ActionResult<T>) {
  // the team list shows hours, time off and skills too
  if (result.ok) revalidatePath("/team", "layout");
  return result;
}

export async function setAvailabilityAction(input: SetAvailabilityInput): Promise<ActionResult<{ version: number }>> {
  const ctx = await webContext();
  return done(await toActionResult(async () => ({ version: (await setAvailability(ctx, input)).version })));
}

export async function addTimeOffAction(input: AddTimeOffInput): Promise<ActionResult> {
  const ctx = await webContext();
  return done(await toActionResult(async () => void (await addTimeOff(ctx, input))));
}

export async function removeTimeOffAction(id: string): Promise<ActionResult> {
  const ctx = await webContext();
  return done(await toActionResult(async () => void (await removeTimeOff(ctx, { id }))));
}

export async function setSkillsAction(input: SetSkillsInput): Promise<ActionResult> {
  const ctx = await webContext();
  return done(await toActionResult(async () => void (await setSkills(ctx, input))));
}

export async function setProfileAction(input: SetProfileInput): Promise<ActionResult> {
  const ctx = await webContext();
  return done(await toActionResult(async () => void (await setProfile(ctx, input))));
}
