import type { Metadata } from "next";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { webContext } from "@/lib/auth/session";
import { emptyCampaignForm } from "@/lib/campaigns/form";
import { hasRole } from "@/lib/core/context";
import { listOwnerOptions } from "@/lib/members/service";
import { createCampaignAction } from "../actions";

export const metadata: Metadata = { title: "New campaign" };

export default async function NewCampaignPage() {
  const ctx = await webContext();
  if (!hasRole(ctx.actor, "manager")) {
    return (
      <>
        <PageHeader title="New campaign" />
        <Alert tone="info" title="Managers create campaigns">
          Ask a manager to create the campaign and make you its owner; you can then edit it and submit it for review.
        </Alert>
        <ButtonLink href="/campaigns" variant="secondary" className="mt-4">Back to campaigns</ButtonLink>
      </>
    );
  }
  const owners = await listOwnerOptions(ctx);
  return (
    <>
      <PageHeader title="New campaign" description="Start with the basics; you can fill in the plan as it firms up." />
      <CampaignForm
        action={createCampaignAction}
        initial={{ ...emptyCampaignForm, ownerId: ctx.actor.userId ?? "" }}
        owners={owners}
        submitLabel="Create campaign"
        cancelHref="/campaigns"
        canChooseOwner
        offerTimeline
      />
    </>
  );
}
