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

/** Deleting removes a task's history from the plan: only the campaign's owner, managers and admins may. */
export function canDeleteTask(actor: Actor, c: TaskCampaignRef) {
  if (actor.role === "viewer" || actor.scope !== "read_write") return false;
  return hasRole(actor, "manager") || isOwner(actor, c);
}

export function assertCanDeleteTask(actor: Actor, c: TaskCampaignRef, task: Pick<TaskRow, "title">) {
  requireWrite(actor, "delete tasks");
  if (!canDeleteTask(actor, c)) {
    throw new Forbidden(`Only the campaign's owner, managers and admins can delete tasks; "${task.title}" is on "${c.name}", which you do not own.`);
  }
  assertNotArchived(c);
}

/** Whether to offer "New task" on a campaign (the service checks again with assertCanCreateTask). */
export function canCreateTask(actor: Actor, c: TaskCampaignRef, worksOnCampaign: boolean) {
  if (actor.role === "viewer" || actor.scope !== "read_write" || c.archivedAt) return false;
  return hasRole(actor, "manager") || isOwner(actor, c) || worksOnCampaign;
}
