"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { toActionResult } from "@/lib/core/action-result";
import type { FieldIssues } from "@/lib/core/errors";
import { acceptInvitation } from "@/lib/members/service";
import { acceptFormIssues, acceptFormValues } from "./accept-form";

export type AcceptInvitationState = { seq: number; name?: string; errors?: FieldIssues; message?: string };

// No session here: the one-time token in the link is what authorises the sign-up, and the service checks it.
export async function acceptInvitationAction(token: string, prev: AcceptInvitationState, data: FormData): Promise<AcceptInvitationState> {
  const values = acceptFormValues(data);
  const issues = acceptFormIssues(token, values);
  if (Object.keys(issues).length > 0) return { seq: prev.seq + 1, name: values.name, errors: issues };
  const db = await getDb();
  const result = await toActionResult(() => acceptInvitation(db, { token, name: values.name, password: values.password }));
  if (!result.ok) return { seq: prev.seq + 1, name: values.name, errors: result.fieldErrors ?? {}, message: result.error };
  redirect("/sign-in?invited=1");
}
