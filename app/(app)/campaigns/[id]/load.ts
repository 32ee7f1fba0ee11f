import { notFound } from "next/navigation";
import type { Ctx } from "@/lib/core/context";
import { NotFound, ValidationFailed } from "@/lib/core/errors";
import { getCampaign } from "@/lib/campaigns/service";

/** A malformed or unknown id in the URL is a 404 page, not an error page. */
export async function loadCampaign(ctx: Ctx, id: string) {
  try {
    return await getCampaign(ctx, { id });
  } catch (e) {
    if (e instanceof NotFound || e instanceof ValidationFailed) notFound();
    throw e;
  }
}
