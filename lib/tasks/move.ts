import { eq, sql } from "drizzle-orm";
import { campaigns, tasks, users } from "@/db/schema";
import { audit } from "@/lib/audit/service";
import type { Ctx } from "@/lib/core/context";
import { NotFound } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { cardFields, openBlockersSql, toBoardCard, type BoardCard, type CardRow } from "./board-cards";
import { positionFor } from "./board-position";
import { assertCanEditTask } from "./policy";
import { getTaskCampaign, getTaskOrThrow, predecessorsOf } from "./records";
import { decideTaskMove, taskStatusLabels, todayIso } from "./rules";
import { moveTaskInput, type MoveTaskInput } from "./schemas";
import { staleTaskConflict } from "./service";
import { taskSnapshot } from "./view";

/** One card as the board shows it to `ctx`'s actor. */
export async function getBoardCard(ctx: Ctx, id: string): Promise<BoardCard> {
  const [row] = await ctx.db
    .select({ ...cardFields, blockedBy: openBlockersSql(tasks.id).as("blocked_by") })
    .from(tasks)
    .innerJoin(campaigns, eq(campaigns.id, tasks.campaignId))
    .leftJoin(users, eq(users.id, tasks.assigneeId))
    .where(eq(tasks.id, id));
  if (!row) throw new NotFound("That task");
  return toBoardCard(row as CardRow, row.blockedBy, ctx.actor, todayIso());
}

/**
 * Moves a card on the board: to another column (the same rules as setTaskStatus, so a task
 * cannot start while a dependency is open) and/or to a place between two cards of its column.
 * One transaction with the task's row locked; a stale version is refused with what changed.
 */
export async function moveTask(ctx: Ctx, raw: MoveTaskInput): Promise<BoardCard> {
  const input = parseInput(moveTaskInput, raw);
  await ctx.db.transaction(async (tx) => {
    // the row lock makes two simultaneous moves of one task run one after the other
    const current = await getTaskOrThrow(tx, input.id, true);
    const campaign = await getTaskCampaign(tx, current.campaignId);
    assertCanEditTask(ctx.actor, campaign, current, "move tasks");
    if (current.version !== input.version) throw await staleTaskConflict(tx, input.id, input.version);
    const crossing = current.status !== input.toStatus;
    const to = crossing ? decideTaskMove(current, input.toStatus, await predecessorsOf(tx, current.id)) : current.status;
    const position = await positionFor(tx, current, to, input);
    const [row] = await tx
      .update(tasks)
      .set({
        status: to,
        position,
        // reopening clears the completion time; finishing again records the new one
        ...(crossing ? { completedAt: to === "done" ? new Date() : null } : {}),
        version: sql`${tasks.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(tasks.id, current.id))
      .returning();
    await audit(tx, ctx.actor, {
      action: crossing ? "task.status_changed" : "task.reordered",
      entityType: "task",
      entityId: row!.id,
      summary: crossing
        ? `Moved "${row!.title}" from ${taskStatusLabels[current.status]} to ${taskStatusLabels[to]}`
        : `Reordered "${row!.title}" in ${taskStatusLabels[to]}`,
      before: { ...taskSnapshot(current), position: current.position },
      after: { ...taskSnapshot(row!), position: row!.position },
    });
  });
  return getBoardCard(ctx, input.id);
}
