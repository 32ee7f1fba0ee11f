import Link from "next/link";
import { ArrowDown, ArrowUp } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { hrefWith, type SearchParams } from "@/lib/campaigns/list-params";
import { typeLabels } from "@/lib/campaigns/labels";
import type { CampaignPage } from "@/lib/campaigns/list";
import { formatDay, formatMoney } from "@/lib/core/format";
import { PriorityBadge, StatusBadge } from "./status-badge";

function SortHeader({ label, sortKey, page, sp, className }: { label: string; sortKey: string; page: CampaignPage; sp: SearchParams; className?: string }) {
  const active = page.sort === sortKey;
  const nextDir = active && page.dir === "asc" ? "desc" : "asc";
  const Icon = page.dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <th scope="col" className={className} aria-sort={active ? (page.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={hrefWith(sp, { sort: sortKey, dir: nextDir })} className="inline-flex items-center gap-1 hover:text-slate-900">
        {label}
        {active ? <Icon className="size-3" aria-hidden /> : null}
      </Link>
    </th>
  );
}

export function CampaignTable({ page, sp }: { page: CampaignPage; sp: SearchParams }) {
  const th = "px-4 py-2.5 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase";
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Campaigns, {page.total} in total</caption>
        <thead className="bg-slate-50">
          <tr>
            <SortHeader label="Campaign" sortKey="name" page={page} sp={sp} className={th} />
            <th scope="col" className={th}>Status</th>
            <SortHeader label="Priority" sortKey="priority" page={page} sp={sp} className={th} />
            <th scope="col" className={th}>Owner</th>
            <SortHeader label="Launch" sortKey="launch_date" page={page} sp={sp} className={th} />
            <th scope="col" className={`${th} text-right`}>Budget</th>
            <SortHeader label="Updated" sortKey="updated" page={page} sp={sp} className={th} />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {page.items.map((c) => (
            <tr key={c.id} className="hover:bg-slate-50">
              <td className="max-w-xs px-4 py-3">
                <Link href={`/campaigns/${c.id}`} className="font-medium text-slate-900 hover:text-brand-700">{c.name}</Link>
                <div className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-slate-500">
                  <span>{typeLabels[c.type]}</span>
                  {c.tags.slice(0, 3).map((t) => <span key={t} className="rounded bg-slate-100 px-1.5 py-px">#{t}</span>)}
                  {c.archived ? <Badge>Archived</Badge> : null}
                </div>
              </td>
              <td className="px-4 py-3"><StatusBadge status={c.status} /></td>
              <td className="px-4 py-3"><PriorityBadge priority={c.priority} /></td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-700">{c.owner?.name ?? <span className="text-slate-400">Unassigned</span>}</td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-700">{formatDay(c.launchDate)}</td>
              <td className="px-4 py-3 text-right whitespace-nowrap text-slate-700 tabular-nums">{c.budget ? formatMoney(c.budget.amountCents, c.budget.currency) : "—"}</td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-500">{formatDay(c.updatedAt.slice(0, 10))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
