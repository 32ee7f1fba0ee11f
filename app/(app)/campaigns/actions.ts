"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { webContext } from "@/lib/auth/session";
import { toActionResult, type ActionResult } from "@/lib/core/action-result";
import { campaignInputFromForm, formValuesFromData, toFormErrors, type CampaignFormValues } from "@/lib/campaigns/form";
import { createCampaign, setCampaignArchived, transitionCampaign, updateCampaign } from "@/lib/campaigns/service";
import type { ArchiveCampaignInput, CreateCampaignInput, TransitionCampaignInput, UpdateCampaignInput } from "@/lib/campaigns/schemas";

export type CampaignFormState = {
  seq: number;
  values?: CampaignFormValues;
  errors?: ReturnType<typeof toFormErrors>;
  message?: string;
  conflict?: boolean;
};

function failed(prev: CampaignFormState, values: CampaignFormValues, result: Extract<ActionResult<unknown>, { ok: false }>): CampaignFormState {
  return {
    seq: prev.seq + 1,
    values,
    errors: toFormErrors(result.fieldErrors ?? {}),
    message: result.error,
    conflict: result.kind === "conflict",
  };
}

export async function createCampaignAction(prev: CampaignFormState, data: FormData): Promise<CampaignFormState> {
  const ctx = await webContext();
  const values = formValuesFromData(data);
  const input = { ...campaignInputFromForm(values), generateTimeline: values.generateTimeline ?? false } as CreateCampaignInput;
  const result = await toActionResult(() => createCampaign(ctx, input));
  if (!result.ok) return failed(prev, values, result);
  revalidatePath("/campaigns");
  redirect(`/campaigns/${result.data.id}?created=1`);
}

export async function updateCampaignAction(id: string, version: number, prev: CampaignFormState, data: FormData): Promise<CampaignFormState> {
  const ctx = await webContext();
  const values = formValuesFromData(data);
  const input = { id, version, ...campaignInputFromForm(values) } as UpdateCampaignInput;
  const result = await toActionResult(() => updateCampaign(ctx, input));
  if (!result.ok) return failed(prev, values, result);
  revalidatePath("/campaigns");
  revalidatePath(`/campaigns/${id}`);
  redirect(`/campaigns/${id}?saved=1`);
}

export async function transitionCampaignAction(input: TransitionCampaignInput): Promise<ActionResult<{ status: string }>> {
  const ctx = await webContext();
  const result = await toActionResult(async () => ({ status: (await transitionCampaign(ctx, input)).status }));
  if (result.ok) {
    revalidatePath("/campaigns");
    revalidatePath(`/campaigns/${input.id}`);
  }
  return result;
}

export async function archiveCampaignAction(input: ArchiveCampaignInput): Promise<ActionResult<{ archived: boolean }>> {
  const ctx = await webContext();
  const result = await toActionResult(async () => ({ archived: (await setCampaignArchived(ctx, input)).archived }));
  if (result.ok) {
    revalidatePath("/campaigns");
    revalidatePath(`/campaigns/${input.id}`);
  }
  return result;
}
