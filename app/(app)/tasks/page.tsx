import type { Metadata } from "next";
import Link from "next/link";
import { ListChecks, SearchX } from "lucide-react";
import { TaskFilters } from "@/components/tasks/task-filters";
import { TaskList } from "@/components/tasks/task-list";
import { TaskPagination } from "@/components/tasks/task-pagination";
import { TaskSummary } from "@/components/tasks/task-summary";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { webContext } from "@/lib/auth/session";
import { listOwnerOptions } from "@/lib/members/service";
import { listBoardCampaigns } from "@/lib/tasks/board";
import { countTasks } from "@/lib/tasks/list";
import { flatSearchParams, taskFilterCount, type SearchParams } from "@/lib/tasks/list-params";
import { loadTaskList } from "./load";

export const metadata: Metadata = { title: "My tasks" };

/** The tasks assigned to me, open ones first by due date; or, with scope=all, every task I can see. */
export default async function MyTasksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await webContext();
  const sp = await searchParams;
  const all = sp.scope === "all";
  const me = ctx.actor.userId ?? undefined;
  const [{ page, sort, dir, notice }, counts, members, campaigns] = await Promise.all([
    loadTaskList(ctx, sp, all ? {} : { assigneeId: me }),
    countTasks(ctx, all ? {} : { assigneeId: me }),
    listOwnerOptions(ctx),
    listBoardCampaigns(ctx),
  ]);
  const filtered = taskFilterCount(sp) > 0;
  const values = flatSearchParams(sp);
  const base = "/tasks";
  const scopeHref = (scope?: string) => (scope ? `${base}?scope=${scope}` : base);
  const tab = (label: string, active: boolean, href: string) => (
    <Link href={href} aria-current={active ? "page" : undefined}
      className={cn("rounded-md px-3 py-1.5 text-sm font-medium", active ? "bg-white text-slate-900 shadow-sm ring-1 ring-slate-200" : "text-slate-600 hover:text-slate-900")}>
      {label}
    </Link>
  );

  return (
    <>
      <PageHeader
        title={all ? "All tasks" : "My tasks"}
        description={all ? "Every task of the campaigns in flight." : "Tasks assigned to you, open ones first by due date."}
        actions={
          <>
            <nav aria-label="Scope" className="flex gap-1 rounded-lg bg-slate-100 p-1">{tab("Assigned to me", !all, scopeHref())}{tab("All tasks", all, scopeHref("all"))}</nav>
            {me ? <ButtonLink href={`/team/${me}/timesheet`} variant="secondary">My timesheet</ButtonLink> : null}
          </>
        }
      />
      {counts.overdue > 0 ? (
        <Alert tone="warning" className="mb-4">
          {all ? "" : "You have "}<span className="font-semibold">{counts.overdue} overdue {counts.overdue === 1 ? "task" : "tasks"}</span>
          {all ? " across campaigns." : "."} <Link href={`${base}?${new URLSearchParams({ ...(all ? { scope: "all" } : {}), overdue: "1" })}`} className="font-medium underline">Show only overdue</Link>
        </Alert>
      ) : null}
      <TaskSummary
        label={all ? "All tasks" : "Your tasks"}
        stats={[
          { label: "Open", value: counts.open },
          { label: "Overdue", value: counts.overdue, tone: "red" },
          { label: "Done", value: counts.done, tone: "green" },
        ]}
      />
      <TaskFilters basePath={base} values={values} members={all ? members : undefined} campaigns={campaigns} hasFilters={filtered} keep={["scope"]} />
      {notice ? <Alert tone="warning" className="mb-4">{notice}</Alert> : null}
      {page.items.length > 0 ? (
        <>
          <TaskList items={page.items} total={page.total} sort={sort} dir={dir} basePath={base} sp={values} members={members} showCampaign />
          <TaskPagination basePath={base} page={page.page} pageCount={page.pageCount} total={page.total} pageSize={page.pageSize} sp={sp} />
        </>
      ) : filtered ? (
        <EmptyState icon={<SearchX className="size-8" />} title="No tasks match these filters"
          action={<ButtonLink href={scopeHref(all ? "all" : undefined)} variant="secondary">Clear filters</ButtonLink>}>
          Try another status, priority or due date, or search for a different title.
        </EmptyState>
      ) : all ? (
        <EmptyState icon={<ListChecks className="size-8" />} title="No tasks yet" action={<ButtonLink href="/campaigns" variant="secondary">Go to campaigns</ButtonLink>}>
          Tasks belong to campaigns: open a campaign and add tasks on its Tasks tab, or generate its timeline.
        </EmptyState>
      ) : (
        <EmptyState icon={<ListChecks className="size-8" />} title="Nothing is assigned to you"
          action={<ButtonLink href={scopeHref("all")} variant="secondary">See all tasks</ButtonLink>}>
          When someone assigns you a task it shows up here, with what is overdue at the top.
        </EmptyState>
      )}
    </>
  );
}
