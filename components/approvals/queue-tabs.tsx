import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { QueueTab } from "@/lib/approvals/types";

export const queueTabLabels: Record<QueueTab, string> = { mine: "Mine", all: "All", overdue: "Overdue", decided: "Decided by me" };

/** The URL of one page of one queue tab; the defaults (mine, page 1) stay out of the URL. */
export function queueHref(tab: QueueTab, page = 1) {
  const params = new URLSearchParams();
  if (tab !== "mine") params.set("tab", tab);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/approvals?${query}` : "/approvals";
}

/** Mine / All / Overdue / Decided by me as links with their totals; "All" only for those who may see every request. */
export function QueueTabs({ active, counts, canSeeAll }: { active: QueueTab; counts: Record<QueueTab, number>; canSeeAll: boolean }) {
  const tabs: QueueTab[] = canSeeAll ? ["mine", "all", "overdue", "decided"] : ["mine", "overdue", "decided"];
  return (
    <nav aria-label="Approval queues" className="flex gap-1 rounded-lg bg-slate-100 p-1">
      {tabs.map((tab) => {
        const current = tab === active;
        return (
          <Link key={tab} href={queueHref(tab)} aria-current={current ? "page" : undefined}
            className={cn(
              "inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap",
              current ? "bg-white text-slate-900 shadow-sm ring-1 ring-slate-200" : "text-slate-600 hover:text-slate-900",
            )}>
            {queueTabLabels[tab]}
            <span className={cn(
              "rounded-full px-1.5 text-xs tabular-nums",
              tab === "overdue" && counts.overdue > 0 ? "bg-red-100 text-red-700" : current ? "bg-slate-100 text-slate-700" : "bg-slate-200/70 text-slate-600",
            )}>
              <span className="sr-only">(</span>{counts[tab]}<span className="sr-only">)</span>
            </span>
          </Link>
        );
      })}
    </nav>
  );
}
