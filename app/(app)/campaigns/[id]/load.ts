import { cache } from "react";
import { notFound } from "next/navigation";
import { webContext } from "@/lib/auth/session";
import { NotFound, ValidationFailed } from "@/lib/core/errors";
import { getCampaign } from "@/lib/campaigns/service";

/**
 * The campaign in the URL, read as the signed-in person. A malformed or unknown id is a 404
 * page, not an error page. Cached per request, so the layout (header, tabs) and the tab's page
 * read it once.
 */
export const loadCampaign = cache(async (id: string) => {
  const ctx = await webContext();
  try {
    return await getCampaign(ctx, { id });
  } catch (e) {
    if (e instanceof NotFound || e instanceof ValidationFailed) notFound();
    throw e;
  }
});
