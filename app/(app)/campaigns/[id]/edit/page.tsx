import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { PageHeader } from "@/components/ui/page-header";
import { webContext } from "@/lib/auth/session";
import { formValuesFromCampaign } from "@/lib/campaigns/form";
import { launchDateHasTimeline } from "@/lib/campaigns/service";
import { hasRole } from "@/lib/core/context";
import { listOwnerOptions } from "@/lib/members/service";
import { updateCampaignAction } from "../../actions";
import { loadCampaign } from "../load";

export const metadata: Metadata = { title: "Edit campaign" };

export default async function EditCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await webContext();
  const { id } = await params;
  const detail = await loadCampaign(id);
  if (!detail.can.edit) redirect(`/campaigns/${id}`);
  const c = detail.campaign;
  const owners = await listOwnerOptions(ctx);
  return (
    <>
      <PageHeader title={`Edit ${c.name}`} eyebrow="Campaigns" />
      <CampaignForm
        action={updateCampaignAction.bind(null, c.id, c.version)}
        initial={formValuesFromCampaign(c)}
        owners={owners}
        submitLabel="Save changes"
        cancelHref={`/campaigns/${c.id}`}
        canChooseOwner={hasRole(ctx.actor, "manager")}
        launchDateHint={detail.hasTimeline ? launchDateHasTimeline : undefined}
      />
    </>
  );
}
