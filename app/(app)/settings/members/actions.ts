"use server";

import { revalidatePath } from "next/cache";
import { webContext } from "@/lib/auth/session";
import { toActionResult, type ActionResult } from "@/lib/core/action-result";
import type { FieldIssues } from "@/lib/core/errors";
import type { UpdateMemberInput } from "@/lib/members/schemas";
import { inviteMember, revokeInvitation, setMemberActive, updateMember } from "@/lib/members/service";
import { requestOrigin } from "../request-origin";
import { inviteFormValues, inviteInputFromForm, type InviteFormValues } from "./invite-form";

const PATH = "/settings/members";

export type InviteState = {
  seq: number;
  values?: InviteFormValues;
  errors?: FieldIssues;
  message?: string;
  /** The one-time link, present only in the response to the request that created it. */
  invited?: { name: string; email: string; link: string; expiresAt: string };
};

export async function inviteMemberAction(prev: InviteState, data: FormData): Promise<InviteState> {
  const ctx = await webContext();
  const values = inviteFormValues(data);
  const origin = await requestOrigin();
  const result = await toActionResult(() => inviteMember(ctx, inviteInputFromForm(values), origin));
  if (!result.ok) return { seq: prev.seq + 1, values, errors: result.fieldErrors ?? {}, message: result.error };
  revalidatePath(PATH);
  const { email, link, expiresAt } = result.data;
  return { seq: prev.seq + 1, invited: { name: values.name.trim(), email, link, expiresAt } };
}

export async function updateMemberAction(input: UpdateMemberInput): Promise<ActionResult> {
  const ctx = await webContext();
  const result = await toActionResult(async () => {
    await updateMember(ctx, input);
    return undefined;
  });
  if (result.ok) revalidatePath(PATH);
  return result;
}

export async function setMemberActiveAction(input: { id: string; active: boolean }): Promise<ActionResult> {
  const ctx = await webContext();
  const result = await toActionResult(async () => {
    await setMemberActive(ctx, input);
    return undefined;
  });
  if (result.ok) revalidatePath(PATH);
  return result;
}

export async function revokeInvitationAction(id: string): Promise<ActionResult> {
  const ctx = await webContext();
  const result = await toActionResult(async () => {
    await revokeInvitation(ctx, id);
    return undefined;
  });
  if (result.ok) revalidatePath(PATH);
  return result;
}
