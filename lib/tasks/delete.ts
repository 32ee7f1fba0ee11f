import { eq, or, sql } from "drizzle-orm";
import { taskDependencies, tasks } from "@/db/schema";
import { audit } from "@/lib/audit/service";
import type { Ctx } from "@/lib/core/context";
import { parseInput } from "@/lib/core/validation";
import { assertCanDeleteTask } from "./policy";
import { getTaskCampaign, getTaskOrThrow } from "./records";
import { deleteTaskInput, type DeleteTaskInput } from "./schemas";
import { staleTaskConflict } from "./service";
import { taskSnapshot } from "./view";

export type DeletedTask = { id: string; title: string; campaignId: string; removedDependencies: number };

/**
 * Deletes a task and every dependency to or from it, version-checked, in one transaction. Only the
 * campaign's owner, managers and admins may; the audit row keeps what the task was.
 */
export async function deleteTask(ctx: Ctx, raw: DeleteTaskInput): Promise<DeletedTask> {
  const input = parseInput(deleteTaskInput, raw);
  return ctx.db.transaction(async (tx) => {
    const current = await getTaskOrThrow(tx, input.id, true);
    const campaign = await getTaskCampaign(tx, current.campaignId);
    assertCanDeleteTask(ctx.actor, campaign, current);
    if (current.version !== input.version) throw await staleTaskConflict(tx, input.id, input.version);
    const [links] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(taskDependencies)
      .where(or(eq(taskDependencies.predecessorId, current.id), eq(taskDependencies.successorId, current.id)));
    const removedDependencies = links?.n ?? 0;
    // the dependency rows go with the task (on delete cascade)
    await tx.delete(tasks).where(eq(tasks.id, current.id));
    await audit(tx, ctx.actor, {
      action: "task.deleted", entityType: "task", entityId: current.id,
      summary: `Deleted task "${current.title}" from "${campaign.name}"` +
        (removedDependencies ? ` and its ${removedDependencies} ${removedDependencies === 1 ? "dependency" : "dependencies"}` : ""),
      before: taskSnapshot(current),
    });
    return { id: current.id, title: current.title, campaignId: current.campaignId, removedDependencies };
  });
}
