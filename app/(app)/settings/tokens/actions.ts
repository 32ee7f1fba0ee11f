"use server";

import { revalidatePath } from "next/cache";
import { webContext } from "@/lib/auth/session";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/service";
import { toActionResult, type ActionResult } from "@/lib/core/action-result";
import type { FieldIssues } from "@/lib/core/errors";
import { tokenFormValues, tokenInputFromForm, type TokenFormValues } from "./token-form";

export type CreateTokenState = {
  seq: number;
  values?: TokenFormValues;
  errors?: FieldIssues;
  message?: string;
  /** The raw token, present only in the response to the request that created it. */
  created?: { name: string; scope: "read" | "read_write"; secret: string };
};

export async function createTokenAction(prev: CreateTokenState, data: FormData): Promise<CreateTokenState> {
  const ctx = await webContext();
  const values = tokenFormValues(data);
  const result = await toActionResult(() => createApiToken(ctx, tokenInputFromForm(values)));
  if (!result.ok) return { seq: prev.seq + 1, values, errors: result.fieldErrors ?? {}, message: result.error };
  revalidatePath("/settings/tokens");
  return { seq: prev.seq + 1, created: { name: result.data.token.name, scope: result.data.token.scope, secret: result.data.secret } };
}

export async function revokeTokenAction(id: string): Promise<ActionResult> {
  const ctx = await webContext();
  const result = await toActionResult(async () => {
    await revokeApiToken(ctx, id);
    return undefined;
  });
  if (result.ok) revalidatePath("/settings/tokens");
  return result;
}
