import type { Metadata } from "next";
import { ListChecks, SearchX } from "lucide-react";
import { loadTaskList } from "@/app/(app)/tasks/load";
import { AutoAssignDialog } from "@/components/assignment/auto-assign-dialog";
import { TaskFilters } from "@/components/tasks/task-filters";
import { TaskFormDialog } from "@/components/tasks/task-form-dialog";
import { TaskList } from "@/components/tasks/task-list";
import { TaskPagination } from "@/components/tasks/task-pagination";
import { TaskSummary } from "@/components/tasks/task-summary";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { webContext } from "@/lib/auth/session";
import { canAutoAssign } from "@/lib/assignment/policy";
import { listOwnerOptions } from "@/lib/members/service";
import { countCampaignTasks } from "@/lib/tasks/list";
import { flatSearchParams, openStatuses, taskFilterCount, type SearchParams } from "@/lib/tasks/list-params";
import { canCreateTask } from "@/lib/tasks/policy";
import { getTaskCampaign, worksOnCampaign } from "@/lib/tasks/records";
import { getCampaignMilestones } from "@/lib/timeline/service";
import { loadCampaign } from "../../load";

export const metadata: Metadata = { title: "Campaign tasks" };

/** A campaign's tasks: counts, filters, inline edits, and "New task" for those who may add one. */
export default async function CampaignTasksPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await webContext();
  const { id } = await params;
  const sp = await searchParams;
  await loadCampaign(id); // a 404 for an unknown campaign
  const [{ page, sort, dir, notice }, counts, members, milestones, campaign, works] = await Promise.all([
    loadTaskList(ctx, sp, { campaignId: id }),
    countCampaignTasks(ctx, id),
    listOwnerOptions(ctx),
    getCampaignMilestones(ctx, id),
    getTaskCampaign(ctx.db, id),
    worksOnCampaign(ctx.db, ctx.actor.userId, id),
  ]);
  const base = `/campaigns/${id}/tasks`;
  const filtered = taskFilterCount(sp) > 0;
  const values = flatSearchParams(sp);
  const canCreate = canCreateTask(ctx.actor, campaign, works);
  const newTask = canCreate ? <TaskFormDialog campaignId={id} milestones={milestones} members={members} /> : null;

  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <TaskSummary
          label="Task counts"
          stats={[
            { label: "Open", value: counts.open, href: `${base}?status=${openStatuses}` },
            { label: "Overdue", value: counts.overdue, tone: "red", href: `${base}?overdue=1` },
            { label: "Done", value: counts.done, tone: "green", href: `${base}?status=done` },
          ]}
        />
        <div className="flex flex-wrap items-start gap-2">
          {counts.open > 0 && canAutoAssign(ctx.actor, campaign) ? <AutoAssignDialog scope={{ campaignId: id }} /> : null}
          {page.items.length > 0 || filtered ? newTask : null}
        </div>
      </div>
      <TaskFilters basePath={base} values={values} members={members} hasFilters={filtered} />
      {notice ? <Alert tone="warning" className="mb-4">{notice}</Alert> : null}
      {page.items.length > 0 ? (
        <>
          <TaskList items={page.items} total={page.total} sort={sort} dir={dir} basePath={base} sp={values} members={members} showCampaign={false} />
          <TaskPagination basePath={base} page={page.page} pageCount={page.pageCount} total={page.total} pageSize={page.pageSize} sp={sp} />
        </>
      ) : filtered ? (
        <EmptyState icon={<SearchX className="size-8" />} title="No tasks match these filters"
          action={<ButtonLink href={base} variant="secondary">Clear filters</ButtonLink>}>
          Try another status, priority, assignee or due date.
        </EmptyState>
      ) : (
        <EmptyState icon={<ListChecks className="size-8" />} title="This campaign has no tasks yet" action={newTask}>
          {canCreate
            ? "Add the work this campaign needs: who does it, by when, and what has to finish first. Or generate the timeline to get the template's tasks."
            : "Tasks will appear here when the campaign's owner or a manager adds them."}
        </EmptyState>
      )}
    </>
  );
}
