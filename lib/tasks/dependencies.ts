import { and, eq, inArray } from "drizzle-orm";
import { taskDependencies, tasks } from "@/db/schema";
import { audit } from "@/lib/audit/service";
import type { Ctx } from "@/lib/core/context";
import { ValidationFailed } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { CycleError, wouldCreateCycle } from "@/lib/timeline/graph";
import { assertCanEditTask } from "./policy";
import { getTaskCampaign, getTaskOrThrow } from "./records";
import { taskDependencyInput, type TaskDependencyInput } from "./schemas";

export type TaskDependencyResult = {
  predecessor: { id: string; title: string };
  successor: { id: string; title: string };
  /** false when nothing changed: the dependency already existed (add) or did not exist (remove) */
  changed: boolean;
};

/** Parses, loads both tasks and checks the actor may change the successor's dependencies. */
async function prepare(ctx: Ctx, raw: TaskDependencyInput, doing: string) {
  const input = parseInput(taskDependencyInput, raw);
  if (input.predecessorId === input.successorId) {
    throw new ValidationFailed("A task cannot depend on itself.", { predecessorId: ["Choose a different task"] });
  }
  const [predecessor, successor] = await Promise.all([
    getTaskOrThrow(ctx.db, input.predecessorId),
    getTaskOrThrow(ctx.db, input.successorId),
  ]);
  const campaign = await getTaskCampaign(ctx.db, successor.campaignId);
  assertCanEditTask(ctx.actor, campaign, successor, doing);
  return { predecessor, successor, campaign };
}

const refOf = (t: { id: string; title: string }) => ({ id: t.id, title: t.title });

/**
 * Makes `successorId` wait for `predecessorId`. Both tasks must be in the same campaign; an edge
 * that would close a cycle is rejected with the cycle named by task title, and nothing is written.
 */
export async function addTaskDependency(ctx: Ctx, raw: TaskDependencyInput): Promise<TaskDependencyResult> {
  const { predecessor, successor, campaign } = await prepare(ctx, raw, "change task dependencies");
  if (predecessor.campaignId !== successor.campaignId) {
    throw new ValidationFailed(
      `"${successor.title}" and "${predecessor.title}" belong to different campaigns; a task can only depend on tasks of its own campaign.`,
      { predecessorId: ["Choose a task of the same campaign"] },
    );
  }
  return ctx.db.transaction(async (tx) => {
    // one dependency change per campaign at a time, so two concurrent edges cannot close a cycle together
    await getTaskCampaign(tx, campaign.id, true);
    const nodes = await tx.select({ id: tasks.id, title: tasks.title }).from(tasks).where(eq(tasks.campaignId, campaign.id));
    const ids = nodes.map((n) => n.id);
    const edges = (await tx
      .select({ from: taskDependencies.predecessorId, to: taskDependencies.successorId })
      .from(taskDependencies)
      .where(inArray(taskDependencies.successorId, ids)));
    const result = { predecessor: refOf(predecessor), successor: refOf(successor) };
    if (edges.some((e) => e.from === predecessor.id && e.to === successor.id)) return { ...result, changed: false };

    const cycle = wouldCreateCycle(ids, edges, { from: predecessor.id, to: successor.id });
    if (cycle) {
      const titles = new Map(nodes.map((n) => [n.id, n.title]));
      const named = new CycleError(cycle, (id) => titles.get(id) ?? id).message.replace(/^Dependency cycle: /, "");
      throw new ValidationFailed(
        `"${successor.title}" cannot depend on "${predecessor.title}": that would make a cycle (${named}). Dependencies must not loop back.`,
        { predecessorId: [`Would create a cycle: ${named}`] },
      );
    }
    await tx.insert(taskDependencies).values({ predecessorId: predecessor.id, successorId: successor.id });
    await audit(tx, ctx.actor, {
      action: "task.dependency_added", entityType: "task", entityId: successor.id,
      summary: `"${successor.title}" now waits for "${predecessor.title}"`,
      after: { predecessorId: predecessor.id, successorId: successor.id },
    });
    return { ...result, changed: true };
  });
}

/** Removes a dependency; removing one that does not exist changes nothing. */
export async function removeTaskDependency(ctx: Ctx, raw: TaskDependencyInput): Promise<TaskDependencyResult> {
  const { predecessor, successor } = await prepare(ctx, raw, "change task dependencies");
  return ctx.db.transaction(async (tx) => {
    const removed = await tx
      .delete(taskDependencies)
      .where(and(eq(taskDependencies.predecessorId, predecessor.id), eq(taskDependencies.successorId, successor.id)))
      .returning({ successorId: taskDependencies.successorId });
    if (removed.length) {
      await audit(tx, ctx.actor, {
        action: "task.dependency_removed", entityType: "task", entityId: successor.id,
        summary: `"${successor.title}" no longer waits for "${predecessor.title}"`,
        before: { predecessorId: predecessor.id, successorId: successor.id },
      });
    }
    return { predecessor: refOf(predecessor), successor: refOf(successor), changed: removed.length > 0 };
  });
}
