import type { Metadata } from "next";
import { Megaphone, SearchX } from "lucide-react";
import { CampaignFilters } from "@/components/campaigns/campaign-filters";
import { CampaignTable } from "@/components/campaigns/campaign-table";
import { Pagination } from "@/components/campaigns/pagination";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { webContext } from "@/lib/auth/session";
import { listCampaigns, listCampaignTags } from "@/lib/campaigns/list";
import { activeFilterCount, listInputFromSearchParams, type SearchParams } from "@/lib/campaigns/list-params";
import { hasRole, type Ctx } from "@/lib/core/context";
import { ValidationFailed } from "@/lib/core/errors";
import { listOwnerOptions } from "@/lib/members/service";

export const metadata: Metadata = { title: "Campaigns" };

/** A hand-edited link with a bad filter still shows the list, with a note on what was ignored. */
async function listOrExplain(ctx: Ctx, sp: SearchParams) {
  try {
    return { page: await listCampaigns(ctx, listInputFromSearchParams(sp)), notice: null };
  } catch (e) {
    if (!(e instanceof ValidationFailed)) throw e;
    return {
      page: await listCampaigns(ctx, {}),
      notice: `Some filters in the link were not understood and were ignored (${e.message.replace(/^Invalid input — /, "")}).`,
    };
  }
}

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await webContext();
  const sp = await searchParams;
  const { page, notice } = await listOrExplain(ctx, sp);
  const [owners, tags] = await Promise.all([listOwnerOptions(ctx), listCampaignTags(ctx)]);
  const filtered = activeFilterCount(sp) > 0;
  const canCreate = hasRole(ctx.actor, "manager");
  const values = Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : (v ?? "")]));

  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Plan, review and launch your team's campaigns."
        actions={canCreate ? <ButtonLink href="/campaigns/new">New campaign</ButtonLink> : null}
      />
      <CampaignFilters values={values} owners={owners} tags={tags} hasFilters={filtered} />
      {notice ? <Alert tone="warning" className="mb-4">{notice}</Alert> : null}
      {page.items.length > 0 ? (
        <>
          <CampaignTable page={page} sp={sp} />
          <Pagination page={page.page} pageCount={page.pageCount} total={page.total} pageSize={page.pageSize} sp={sp} />
        </>
      ) : filtered ? (
        <EmptyState icon={<SearchX className="size-8" />} title="No campaigns match these filters"
          action={<ButtonLink href="/campaigns" variant="secondary">Clear filters</ButtonLink>}>
          Try a broader search, another status, or include archived campaigns.
        </EmptyState>
      ) : (
        <EmptyState icon={<Megaphone className="size-8" />} title="No campaigns yet"
          action={canCreate ? <ButtonLink href="/campaigns/new">Create the first campaign</ButtonLink> : null}>
          {canCreate
            ? "Create a campaign to plan its dates, budget, goals and channels, then submit it for review."
            : "When a manager creates a campaign it will appear here."}
        </EmptyState>
      )}
    </>
  );
}
