import type { CampaignRow, TaskRow } from "@/db/schema";
import { hasRole, requireWrite, type Actor } from "@/lib/core/context";
import { Conflict, Forbidden } from "@/lib/core/errors";

export type TaskCampaignRef = Pick<CampaignRow, "id" | "name" | "ownerId" | "archivedAt">;

const isOwner = (actor: Actor, c: TaskCampaignRef) => actor.userId !== null && c.ownerId === actor.userId;

function assertNotArchived(c: TaskCampaignRef) {
  if (c.archivedAt) throw new Conflict(`"${c.name}" is archived: its tasks cannot be changed. Unarchive the campaign first.`);
}

/** Members create tasks on campaigns they own or already have a task in; managers and admins anywhere. */
export function assertCanCreateTask(actor: Actor, c: TaskCampaignRef, worksOnCampaign: boolean) {
  requireWrite(actor, "create tasks");
  if (!hasRole(actor, "manager") && !isOwner(actor, c) && !worksOnCampaign) {
    throw new Forbidden(`You can only create tasks on campaigns you own or work on; "${c.name}" is not one of them.`);
  }
  assertNotArchived(c);
}

export function canEditTask(actor: Actor, c: TaskCampaignRef, task: Pick<TaskRow, "assigneeId">) {
  if (actor.role === "viewer" || actor.scope !== "read_write") return false;
  return hasRole(actor, "manager") || isOwner(actor, c) || (actor.userId !== null && task.assigneeId === actor.userId);
}

/** Members change tasks assigned to them or on campaigns they own; managers and admins any task. */
export function assertCanEditTask(actor: Actor, c: TaskCampaignRef, task: Pick<TaskRow, "title" | "assigneeId">, doing = "change tasks") {
  requireWrite(actor, doing);
  if (!canEditTask(actor, c, task)) {
    throw new Forbidden(`You can only change tasks assigned to you or on campaigns you own; "${task.title}" is neither.`);
  }
  assertNotArchived(c);
}
