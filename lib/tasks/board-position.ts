import { and, asc, desc, eq, max, ne, or, sql, type SQL } from "drizzle-orm";
import { tasks, type TaskRow } from "@/db/schema";
import type { TaskStatus } from "@/db/schema/values";
import type { Db } from "@/db/types";
import { ValidationFailed } from "@/lib/core/errors";
import { taskStatusLabels } from "./rules";

/** Below this gap between two neighbours the column is renumbered before a card goes between them. */
export const MIN_POSITION_GAP = 1e-6;

type Slot = { id: string; position: number };
type Placement = { afterId?: string; beforeId?: string };

async function neighbour(db: Db, id: string, task: TaskRow, column: TaskStatus, field: "afterId" | "beforeId"): Promise<Slot> {
  const [n] = await db
    .select({ id: tasks.id, position: tasks.position, campaignId: tasks.campaignId, status: tasks.status })
    .from(tasks)
    .where(eq(tasks.id, id));
  if (!n || n.campaignId !== task.campaignId || n.status !== column) {
    const message = `Place the task next to a card of the same campaign in ${taskStatusLabels[column]}.`;
    throw new ValidationFailed(message, { [field]: [message] });
  }
  return n;
}

const column = (task: TaskRow, status: TaskStatus) =>
  and(eq(tasks.campaignId, task.campaignId), eq(tasks.status, status), ne(tasks.id, task.id));

/** The card right after (or before) `slot` in the column, in board order (position, then id). */
async function adjacent(db: Db, task: TaskRow, status: TaskStatus, slot: Slot, dir: "next" | "prev"): Promise<Slot | undefined> {
  const beyond: SQL | undefined =
    dir === "next"
      ? or(sql`${tasks.position} > ${slot.position}`, and(eq(tasks.position, slot.position), sql`${tasks.id} > ${slot.id}`))
      : or(sql`${tasks.position} < ${slot.position}`, and(eq(tasks.position, slot.position), sql`${tasks.id} < ${slot.id}`));
  const order = dir === "next" ? [asc(tasks.position), asc(tasks.id)] : [desc(tasks.position), desc(tasks.id)];
  const [row] = await db
    .select({ id: tasks.id, position: tasks.position })
    .from(tasks)
    .where(and(column(task, status), beyond))
    .orderBy(...order)
    .limit(1);
  return row;
}

/**
 * Spreads a column's positions out to 1, 2, 3… in board order (the moving task left out), so a
 * card fits between any two again. Rare: only when repeated drops between the same two cards
 * have halved the gap some forty times.
 */
async function renumberColumn(db: Db, task: TaskRow, status: TaskStatus) {
  await db.select({ id: tasks.id }).from(tasks).where(column(task, status)).for("update");
  await db.execute(sql`
    update ${tasks} set position = r.rn
    from (
      select id, row_number() over (order by position, id) as rn from ${tasks}
      where campaign_id = ${task.campaignId} and status = ${status} and id <> ${task.id}
    ) r
    where ${tasks.id} = r.id`);
}

/**
 * Where `task` lands in column `status`: between `afterId` (the card above) and `beforeId` (the
 * card below); with one of them, right next to it; with neither, at the bottom. Positions are
 * fractional, so a move rewrites one row — unless the gap has worn too thin.
 */
export async function positionFor(db: Db, task: TaskRow, status: TaskStatus, at: Placement, renumbered = false): Promise<number> {
  const after = at.afterId ? await neighbour(db, at.afterId, task, status, "afterId") : undefined;
  const before = at.beforeId ? await neighbour(db, at.beforeId, task, status, "beforeId") : undefined;
  if (!after && !before) {
    const [row] = await db.select({ max: max(tasks.position) }).from(tasks).where(column(task, status));
    return row?.max === null || row?.max === undefined ? 1 : Number(row.max) + 1;
  }
  // a board read a moment ago may list the neighbours the other way round: take them as a range
  let lo = after?.position ?? (await adjacent(db, task, status, before!, "prev"))?.position;
  let hi = before?.position ?? (await adjacent(db, task, status, after!, "next"))?.position;
  if (lo === undefined) return hi! - 1;
  if (hi === undefined) return lo + 1;
  if (lo > hi) [lo, hi] = [hi, lo];
  if (hi - lo >= MIN_POSITION_GAP) return lo + (hi - lo) / 2;
  if (renumbered) throw new Error("positions still too close after renumbering the column");
  await renumberColumn(db, task, status);
  return positionFor(db, task, status, at, true);
}
