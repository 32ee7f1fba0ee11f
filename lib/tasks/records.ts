import { and, eq, isNull, sql } from "drizzle-orm";
import { campaigns, milestones, taskDependencies, tasks, users, type TaskRow } from "@/db/schema";
import type { Db } from "@/db/types";
import { NotFound, ValidationFailed } from "@/lib/core/errors";
import type { TaskCampaignRef } from "./policy";
import type { TaskRef } from "./rules";

/** Loaders shared by the task services: each reads one thing and says clearly when it is missing. */

export async function getTaskOrThrow(db: Db, id: string, lock = false): Promise<TaskRow> {
  const q = db.select().from(tasks).where(eq(tasks.id, id));
  const [row] = await (lock ? q.for("update") : q);
  if (!row) throw new NotFound("That task");
  return row;
}

export async function getTaskCampaign(db: Db, campaignId: string, lock = false): Promise<TaskCampaignRef> {
  const q = db
    .select({ id: campaigns.id, name: campaigns.name, ownerId: campaigns.ownerId, archivedAt: campaigns.archivedAt })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  const [row] = await (lock ? q.for("update") : q);
  if (!row) throw new NotFound("That campaign");
  return row;
}

/** Whether the person already has a task in the campaign (members may then add tasks to it). */
export async function worksOnCampaign(db: Db, userId: string | null, campaignId: string): Promise<boolean> {
  if (!userId) return false;
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(tasks)
    .where(and(eq(tasks.campaignId, campaignId), eq(tasks.assigneeId, userId)))
    .limit(1);
  return row !== undefined;
}

export async function assertAssignable(db: Db, assigneeId: string) {
  const [u] = await db
    .select({ role: users.role })
    .from(users)
    .where(and(eq(users.id, assigneeId), isNull(users.deactivatedAt)));
  if (!u) throw new ValidationFailed("The assignee must be an active member.", { assigneeId: ["Choose an active member"] });
  if (u.role === "viewer") throw new ValidationFailed("Viewers cannot be assigned tasks.", { assigneeId: ["Viewers cannot be assigned tasks"] });
}

export async function assertMilestoneOf(db: Db, milestoneId: string, campaignId: string) {
  const [m] = await db.select({ campaignId: milestones.campaignId }).from(milestones).where(eq(milestones.id, milestoneId));
  if (!m || m.campaignId !== campaignId) {
    throw new ValidationFailed("The milestone must belong to the task's campaign.", { milestoneId: ["Choose a milestone of this campaign"] });
  }
}

/** The tasks `taskId` depends on, with their titles and statuses. */
export async function predecessorsOf(db: Db, taskId: string): Promise<(TaskRef & { id: string })[]> {
  return db
    .select({ id: tasks.id, title: tasks.title, status: tasks.status })
    .from(taskDependencies)
    .innerJoin(tasks, eq(tasks.id, taskDependencies.predecessorId))
    .where(eq(taskDependencies.successorId, taskId))
    .orderBy(tasks.position, tasks.title);
}
