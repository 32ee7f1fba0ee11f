import { eq, sql } from "drizzle-orm";
import { tasks, users } from "@/db/schema";
import { audit } from "@/lib/audit/service";
import type { Ctx } from "@/lib/core/context";
import { isDomainError, logUnexpected, unexpectedMessage } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { assertCanEditTask } from "./policy";
import { assertAssignable, getTaskCampaign, getTaskOrThrow, predecessorsOf } from "./records";
import { decideTaskMove, taskStatusLabels } from "./rules";
import { bulkUpdateTasksInput, type BulkUpdateTasksInput } from "./schemas";
import { taskSnapshot } from "./view";

export type BulkItemResult = { id: string; title: string; ok: boolean; changed: boolean; error?: string };
export type BulkUpdateResult = {
  results: BulkItemResult[];
  summary: { total: number; updated: number; unchanged: number; failed: number; message: string };
};

function summarize(results: BulkItemResult[]): BulkUpdateResult["summary"] {
  const updated = results.filter((r) => r.ok && r.changed).length;
  const unchanged = results.filter((r) => r.ok && !r.changed).length;
  const failed = results.filter((r) => !r.ok).length;
  const parts = [`${updated} updated`];
  if (unchanged) parts.push(`${unchanged} already as asked`);
  if (failed) parts.push(`${failed} failed`);
  return { total: results.length, updated, unchanged, failed, message: parts.join(", ") };
}

/**
 * Changes the status and/or assignee of many tasks. Each task is checked and written on its own,
 * in its own transaction (permissions, transition rules, open dependencies, assignability), so one
 * refused task neither stops the others nor leaves itself half-changed.
 */
export async function bulkUpdateTasks(ctx: Ctx, raw: BulkUpdateTasksInput): Promise<BulkUpdateResult> {
  const input = parseInput(bulkUpdateTasksInput, raw);
  const ids = [...new Set(input.ids)];
  let assignee: { name: string; error?: unknown } | null = null;
  if (input.assigneeId) {
    const [u] = await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, input.assigneeId));
    assignee = { name: u?.name ?? "Unknown member" };
    // the same for every task: checked once, reported on each
    await assertAssignable(ctx.db, input.assigneeId).catch((e: unknown) => (assignee!.error = e));
  }

  const results: BulkItemResult[] = [];
  for (const id of ids) {
    let title = "";
    try {
      const changed = await ctx.db.transaction(async (tx) => {
        const current = await getTaskOrThrow(tx, id, true);
        title = current.title;
        const campaign = await getTaskCampaign(tx, current.campaignId);
        assertCanEditTask(ctx.actor, campaign, current, "change tasks");
        const changes: Partial<typeof tasks.$inferInsert> = {};
        const said: string[] = [];
        if (input.status !== undefined && input.status !== current.status) {
          changes.status = decideTaskMove(current, input.status, await predecessorsOf(tx, current.id));
          changes.completedAt = changes.status === "done" ? new Date() : null;
          said.push(`moved from ${taskStatusLabels[current.status]} to ${taskStatusLabels[changes.status]}`);
        }
        if (input.assigneeId !== undefined && input.assigneeId !== current.assigneeId) {
          if (assignee?.error) throw assignee.error;
          changes.assigneeId = input.assigneeId;
          said.push(input.assigneeId ? `assigned to ${assignee!.name}` : "unassigned");
        }
        if (said.length === 0) return false;
        const [row] = await tx
          .update(tasks)
          .set({ ...changes, version: sql`${tasks.version} + 1`, updatedAt: new Date() })
          .where(eq(tasks.id, current.id))
          .returning();
        await audit(tx, ctx.actor, {
          action: changes.status ? "task.status_changed" : "task.updated", entityType: "task", entityId: current.id,
          summary: `Bulk edit: "${current.title}" ${said.join(" and ")}`,
          before: taskSnapshot(current), after: taskSnapshot(row!),
        });
        return true;
      });
      results.push({ id, title, ok: true, changed });
    } catch (e) {
      const error = isDomainError(e) ? e.message : unexpectedMessage(logUnexpected(e, "bulkUpdateTasks"));
      results.push({ id, title: title || "Unknown task", ok: false, changed: false, error });
    }
  }
  return { results, summary: summarize(results) };
}
