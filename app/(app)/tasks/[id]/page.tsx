import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SuggestAssignee } from "@/components/assignment/suggest-assignee";
import { ActivityFeed } from "@/components/campaigns/activity-feed";
import { PriorityBadge } from "@/components/campaigns/status-badge";
import { DeleteTaskButton } from "@/components/tasks/delete-task-button";
import { BlockedBadge, OverdueBadge, TaskStatusBadge } from "@/components/tasks/task-badges";
import { TaskDependencies } from "@/components/tasks/task-dependencies";
import { TaskFormDialog } from "@/components/tasks/task-form-dialog";
import { TaskStatusControls } from "@/components/tasks/task-status-controls";
import { Alert } from "@/components/ui/alert";
import { TimeSection } from "@/components/time/time-section";
import { Card } from "@/components/ui/card";
import { listEntityActivity } from "@/lib/audit/service";
import { webContext } from "@/lib/auth/session";
import type { Ctx } from "@/lib/core/context";
import { NotFound, ValidationFailed } from "@/lib/core/errors";
import { formatDateTime, formatDay } from "@/lib/core/format";
import { listOwnerOptions } from "@/lib/members/service";
import { getTaskDetail } from "@/lib/tasks/detail";
import { getTaskTime } from "@/lib/time/task-time";
import { getCampaignMilestones } from "@/lib/timeline/service";

export const metadata: Metadata = { title: "Task" };

async function load(ctx: Ctx, id: string) {
  try {
    return await getTaskDetail(ctx, id);
  } catch (e) {
    if (e instanceof NotFound || e instanceof ValidationFailed) notFound();
    throw e;
  }
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

const none = (text: string) => <span className="text-slate-400">{text}</span>;

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await webContext();
  const { id } = await params;
  const task = await load(ctx, id);
  const [activity, members, milestones, time] = await Promise.all([
    listEntityActivity(ctx.db, "task", task.id, 50),
    task.can.edit ? listOwnerOptions(ctx) : [],
    task.can.edit ? getCampaignMilestones(ctx, task.campaignId) : [],
    getTaskTime(ctx, task.id),
  ]);
  const tasksHref = `/campaigns/${task.campaign.id}/tasks`;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-500">
        <Link href="/campaigns" className="hover:text-slate-800">Campaigns</Link> <span aria-hidden>/</span>{" "}
        <Link href={`/campaigns/${task.campaign.id}`} className="hover:text-slate-800">{task.campaign.name}</Link> <span aria-hidden>/</span>{" "}
        <Link href={tasksHref} className="hover:text-slate-800">Tasks</Link>
      </nav>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{task.title}</h1>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <TaskStatusBadge status={task.status} />
            <PriorityBadge priority={task.priority} />
            {task.overdue ? <OverdueBadge /> : null}
            {task.effectiveStatus === "blocked" && task.blockedBy.length ? <BlockedBadge blockedBy={task.blockedBy} /> : null}
          </div>
        </div>
        <div className="flex items-start gap-2">
          {task.can.edit ? <TaskFormDialog campaignId={task.campaignId} task={task} milestones={milestones} members={members} /> : null}
          {task.can.delete ? <DeleteTaskButton task={task} links={task.predecessors.length + task.successors.length} /> : null}
        </div>
      </div>
      {task.campaign.archived ? <Alert tone="info" className="mb-4">The campaign is archived: this task is read-only.</Alert> : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Details">
            {task.description ? <p className="text-sm whitespace-pre-line text-slate-700">{task.description}</p> : <p className="text-sm text-slate-400">No description.</p>}
            <dl className="mt-5 grid grid-cols-2 gap-4 sm:grid-cols-3">
              <Detail label="Campaign"><Link href={tasksHref} className="hover:text-brand-700">{task.campaign.name}</Link></Detail>
              <Detail label="Milestone">{task.milestone?.name ?? none("None")}</Detail>
              <Detail label="Assignee">{task.assignee?.name ?? none("Unassigned")}</Detail>
              <Detail label="Start">{formatDay(task.startDate)}</Detail>
              <Detail label="Due"><span className={task.overdue ? "font-medium text-red-700" : undefined}>{formatDay(task.dueDate)}</span></Detail>
              <Detail label="Estimate">{task.estimateHours === null ? none("Not estimated") : `${task.estimateHours} h`}</Detail>
              <Detail label="Required skills">{task.requiredSkills.length ? task.requiredSkills.join(", ") : none("None")}</Detail>
              <Detail label="Completed">{task.completedAt ? formatDateTime(task.completedAt) : none("Not yet")}</Detail>
              <Detail label="Last updated">{formatDateTime(task.updatedAt)}</Detail>
            </dl>
          </Card>
          <TimeSection taskId={task.id} time={time} timesheetHref={ctx.actor.userId ? `/team/${ctx.actor.userId}/timesheet` : null} />
          <Card title="Dependencies">
            <TaskDependencies task={task} predecessors={task.predecessors} successors={task.successors} canEdit={task.can.edit} />
          </Card>
          <Card title="Activity">
            <ActivityFeed items={activity.map((a) => ({ id: a.id, at: a.at.toISOString(), summary: a.summary, via: a.via, actor: a.actorName }))} />
          </Card>
        </div>
        <div>
          <Card title="Status">
            <p className="mb-3 text-sm text-slate-600">Now: <span className="font-medium text-slate-900">{task.effectiveStatus === "blocked" && task.status === "todo" ? "To do, waiting on other tasks" : <TaskStatusBadge status={task.status} />}</span></p>
            {task.can.edit ? <TaskStatusControls key={task.version} taskId={task.id} version={task.version} options={task.nextStatuses} /> : <p className="text-sm text-slate-500">You can view this task but not change it.</p>}
          </Card>
          {task.status !== "done" && task.status !== "cancelled" && !task.campaign.archived ? (
            <Card title="Assignee" className="mt-6">
              <p className="mb-3 text-sm text-slate-600">Now: <span className="font-medium text-slate-900">{task.assignee?.name ?? "Unassigned"}</span></p>
              <SuggestAssignee key={task.version} taskId={task.id} />
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
