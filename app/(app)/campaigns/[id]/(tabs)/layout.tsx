import Link from "next/link";
import { Pencil } from "lucide-react";
import { ArchiveButton } from "@/components/campaigns/archive-button";
import { CampaignTabs } from "@/components/campaigns/campaign-tabs";
import { PriorityBadge, StatusBadge } from "@/components/campaigns/status-badge";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { webContext } from "@/lib/auth/session";
import { typeLabels } from "@/lib/campaigns/labels";
import { countCampaignTasks } from "@/lib/tasks/list";
import { loadCampaign } from "../load";

/** A campaign's header and its views (overview, tasks, board, timeline, approvals). */
export default async function CampaignLayout({ params, children }: { params: Promise<{ id: string }>; children: React.ReactNode }) {
  const { id } = await params;
  const detail = await loadCampaign(id);
  const counts = await countCampaignTasks(await webContext(), id);
  const c = detail.campaign;
  const base = `/campaigns/${c.id}`;
  const approvals = detail.approvals;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-500">
        <Link href="/campaigns" className="hover:text-slate-800">Campaigns</Link> <span aria-hidden>/</span> <span className="text-slate-700">{c.name}</span>
      </nav>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{c.name}</h1>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <StatusBadge status={c.status} />
            <PriorityBadge priority={c.priority} />
            <Badge>{typeLabels[c.type]}</Badge>
            {c.archived ? <Badge tone="slate">Archived</Badge> : null}
          </div>
        </div>
        <div className="flex items-start gap-2">
          {detail.can.edit ? <ButtonLink href={`${base}/edit`} variant="secondary" size="sm"><Pencil className="size-4" aria-hidden /> Edit</ButtonLink> : null}
          {detail.can.archive && (c.archived || c.status === "completed" || c.status === "cancelled") ? <ArchiveButton campaignId={c.id} archived={c.archived} /> : null}
        </div>
      </div>
      <CampaignTabs
        tabs={[
          { href: base, label: "Overview" },
          {
            href: `${base}/tasks`, label: "Tasks",
            count: counts.overdue > 0
              ? { value: counts.overdue, tone: "red", label: `${counts.overdue} overdue` }
              : { value: counts.open, tone: "slate", label: `${counts.open} open` },
          },
          { href: `${base}/board`, label: "Board" },
          { href: `${base}/timeline`, label: "Timeline" },
          {
            href: `${base}/approvals`, label: "Approvals",
            count: {
              value: approvals.open, tone: approvals.overdue > 0 ? "red" : "slate",
              label: `${approvals.open} open approval ${approvals.open === 1 ? "request" : "requests"}${approvals.overdue > 0 ? `, ${approvals.overdue} overdue` : ""}`,
            },
          },
        ]}
      />
      {children}
    </>
  );
}
