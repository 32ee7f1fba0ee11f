import { and, asc, eq, ilike, ne, notInArray, or } from "drizzle-orm";
import { milestones, taskDependencies, tasks, users } from "@/db/schema";
import type { TaskStatus } from "@/db/schema/values";
import type { Ctx } from "@/lib/core/context";
import { InvalidTransition } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { canDeleteTask, canEditTask } from "./policy";
import { getTaskCampaign, getTaskOrThrow, predecessorsOf } from "./records";
import { decideTaskMove, effectiveStatus, isOverdue, openBlockers, taskStatusLabels, taskTransitions, todayIso } from "./rules";
import { dependencyCandidatesInput, type DependencyDirection } from "./schemas";
import { toTaskView, type TaskView } from "./view";

export type TaskLink = { id: string; title: string; status: TaskStatus };
/** A legal next status; `allowed` is false when the rules refuse it now, with the reason. */
export type NextStatus = { status: TaskStatus; label: string; allowed: boolean; reason?: string };

export type TaskDetail = TaskView & {
  campaign: { id: string; name: string; archived: boolean };
  milestone: { id: string; name: string } | null;
  assignee: { id: string; name: string } | null;
  /** tasks this one waits for */
  predecessors: TaskLink[];
  /** tasks waiting for this one */
  successors: TaskLink[];
  blockedBy: string[];
  overdue: boolean;
  effectiveStatus: TaskStatus;
  nextStatuses: NextStatus[];
  can: { edit: boolean; delete: boolean };
};

/** The moves the transition table offers from `task`'s status, each decided against its predecessors. */
export function nextStatusesOf(task: { title: string; status: TaskStatus }, predecessors: readonly TaskLink[]): NextStatus[] {
  return taskTransitions[task.status].map((to) => {
    try {
      decideTaskMove(task, to, predecessors);
      return { status: to, label: taskStatusLabels[to], allowed: true };
    } catch (e) {
      if (!(e instanceof InvalidTransition)) throw e;
      return { status: to, label: taskStatusLabels[to], allowed: false, reason: e.message };
    }
  });
}

/** One task with everything its page shows: links, blockers, legal moves and what the reader may do. */
export async function getTaskDetail(ctx: Ctx, id: string): Promise<TaskDetail> {
  const { taskId } = parseInput(dependencyCandidatesInput.pick({ taskId: true }), { taskId: id });
  const row = await getTaskOrThrow(ctx.db, taskId);
  const [campaign, predecessors, successors, milestone, assignee] = await Promise.all([
    getTaskCampaign(ctx.db, row.campaignId),
    predecessorsOf(ctx.db, row.id),
    ctx.db
      .select({ id: tasks.id, title: tasks.title, status: tasks.status })
      .from(taskDependencies)
      .innerJoin(tasks, eq(tasks.id, taskDependencies.successorId))
      .where(eq(taskDependencies.predecessorId, row.id))
      .orderBy(asc(tasks.position), asc(tasks.title)),
    row.milestoneId
      ? ctx.db.select({ id: milestones.id, name: milestones.name }).from(milestones).where(eq(milestones.id, row.milestoneId)).then((r) => r[0] ?? null)
      : null,
    row.assigneeId
      ? ctx.db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, row.assigneeId)).then((r) => r[0] ?? null)
      : null,
  ]);
  const archived = campaign.archivedAt !== null;
  return {
    ...toTaskView(row),
    campaign: { id: campaign.id, name: campaign.name, archived },
    milestone,
    assignee,
    predecessors,
    successors,
    blockedBy: openBlockers(predecessors),
    overdue: isOverdue(row, todayIso()),
    effectiveStatus: effectiveStatus(row, predecessors),
    nextStatuses: nextStatusesOf(row, predecessors),
    can: { edit: !archived && canEditTask(ctx.actor, campaign, row), delete: !archived && canDeleteTask(ctx.actor, campaign) },
  };
}

const candidateLimit = 50;

/**
 * Tasks a dependency could link `taskId` to: the same campaign, not itself, not already linked that
 * way (either way without a direction); by title. A link that would close a cycle is still offered:
 * adding it says which cycle.
 */
export async function listDependencyCandidates(ctx: Ctx, taskId: string, q?: string, direction?: DependencyDirection): Promise<TaskLink[]> {
  const input = parseInput(dependencyCandidatesInput, { taskId, q: q || undefined, direction });
  const task = await getTaskOrThrow(ctx.db, input.taskId);
  const links = await ctx.db
    .select({ from: taskDependencies.predecessorId, to: taskDependencies.successorId })
    .from(taskDependencies)
    .where(or(eq(taskDependencies.predecessorId, task.id), eq(taskDependencies.successorId, task.id)));
  const linked = links
    .filter((l) => !input.direction || (input.direction === "waits_for" ? l.to === task.id : l.from === task.id))
    .map((l) => (l.from === task.id ? l.to : l.from));
  return ctx.db
    .select({ id: tasks.id, title: tasks.title, status: tasks.status })
    .from(tasks)
    .where(and(
      eq(tasks.campaignId, task.campaignId),
      ne(tasks.id, task.id),
      linked.length ? notInArray(tasks.id, linked) : undefined,
      input.q ? ilike(tasks.title, `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
    ))
    .orderBy(asc(tasks.title), asc(tasks.id))
    .limit(candidateLimit);
}
