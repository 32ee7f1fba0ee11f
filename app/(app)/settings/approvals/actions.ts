"use server";

import { revalidatePath } from "next/cache";
import { webContext } from "@/lib/auth/session";
import { toActionResult, type ActionResult } from "@/lib/core/action-result";
import { updateApprovalSettings, type ApprovalSettingsView } from "@/lib/approvals/settings";
import type { UpdateApprovalSettingsInput } from "@/lib/approvals/settings-schema";

/** Saves the whole approval configuration; the service checks the admin role and the version. */
export async function updateApprovalSettingsAction(raw: UpdateApprovalSettingsInput): Promise<ActionResult<ApprovalSettingsView>> {
  const ctx = await webContext();
  const result = await toActionResult(() => updateApprovalSettings(ctx, raw));
  if (result.ok) revalidatePath("/settings/approvals");
  return result;
}
