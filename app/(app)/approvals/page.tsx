import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SearchX } from "lucide-react";
import { QueueEmpty } from "@/components/approvals/queue-empty";
import { QueueList } from "@/components/approvals/queue-list";
import { queueHref, QueueTabs } from "@/components/approvals/queue-tabs";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listApprovalQueue } from "@/lib/approvals/queue";
import { queueInput } from "@/lib/approvals/schemas";
import type { QueuePage } from "@/lib/approvals/types";
import { webContext } from "@/lib/auth/session";
import { isDomainError } from "@/lib/core/errors";

export const metadata: Metadata = { title: "Approvals" };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const descriptions: Record<QueuePage["tab"], string> = {
  mine: "Requests waiting on a stage you approve, soonest deadline first.",
  all: "Every open request across campaigns, soonest deadline first.",
  overdue: "Open requests past their deadline, the longest overdue first.",
  decided: "What you approved, rejected or sent back for changes, newest first.",
};

/** The approver's queue: open requests by deadline, decided in place or approved in bulk; and what I decided. */
export default async function ApprovalsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await webContext();
  const sp = await searchParams;
  const parsed = queueInput.safeParse({ tab: one(sp.tab), page: one(sp.page) });
  let notice = parsed.success ? null : "The link asked for a tab or page that does not exist, so your own queue is shown.";
  let queue: QueuePage;
  try {
    queue = await listApprovalQueue(ctx, parsed.success ? parsed.data : {});
  } catch (e) {
    // a tab this person may not open (e.g. All for a member): their own queue instead, with the reason
    if (!isDomainError(e) || !parsed.success || parsed.data.tab === "mine") throw e;
    notice = e.message;
    queue = await listApprovalQueue(ctx, {});
  }
  if (queue.tab === "all" && !queue.canSeeAll) redirect(queueHref("mine"));

  const { tab, items, total, page, pageSize, counts, canSeeAll } = queue;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));

  return (
    <>
      <PageHeader title="Approvals" description={descriptions[tab]} actions={<QueueTabs active={tab} counts={counts} canSeeAll={canSeeAll} />} />
      {notice ? <Alert tone="warning" className="mb-4">{notice}</Alert> : null}
      {counts.overdue > 0 && tab !== "overdue" && tab !== "decided" ? (
        <Alert tone="warning" className="mb-4">
          <span className="font-semibold">{counts.overdue} {counts.overdue === 1 ? "request is" : "requests are"} past the deadline.</span>{" "}
          <Link href={queueHref("overdue")} className="font-medium underline">Show only overdue</Link>
        </Alert>
      ) : null}
      {items.length > 0 ? (
        <>
          <QueueList items={items} tab={tab} total={total} />
          {total > pageSize
            ? <Pagination page={page} pageCount={pageCount} total={total} pageSize={pageSize} hrefFor={(p) => queueHref(tab, p)} />
            : <p className="mt-3 text-sm text-slate-500">{total} {total === 1 ? "request" : "requests"}</p>}
        </>
      ) : total > 0 ? (
        <EmptyState icon={<SearchX className="size-8" />} title={`Page ${page} is empty`}
          action={<ButtonLink href={queueHref(tab)} variant="secondary">Go to the first page</ButtonLink>}>
          Requests were decided since this link was made; there are {total} on {pageCount === 1 ? "one page" : `${pageCount} pages`}.
        </EmptyState>
      ) : (
        <QueueEmpty tab={tab} canSeeAll={canSeeAll} />
      )}
    </>
  );
}
