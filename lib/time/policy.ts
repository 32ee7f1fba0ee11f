import type { TaskRow, TimeEntryRow } from "@/db/schema";
import { hasRole, requireWrite, type Actor } from "@/lib/core/context";
import { Conflict, Forbidden } from "@/lib/core/errors";
import type { TaskCampaignRef } from "@/lib/tasks/policy";

const isOwner = (actor: Actor, c: TaskCampaignRef) => actor.userId !== null && c.ownerId === actor.userId;
const isAssignee = (actor: Actor, t: Pick<TaskRow, "assigneeId">) => actor.userId !== null && t.assigneeId === actor.userId;
const writes = (actor: Actor) => actor.role !== "viewer" && actor.scope === "read_write";

/** The assignee, the campaign's owner, managers and admins log time on a task; viewers and read-only tokens never. */
export function canLogTime(actor: Actor, c: TaskCampaignRef, task: Pick<TaskRow, "assigneeId">) {
  if (!writes(actor) || actor.userId === null || c.archivedAt) return false;
  return hasRole(actor, "manager") || isOwner(actor, c) || isAssignee(actor, task);
}

export function assertCanLogTime(actor: Actor, c: TaskCampaignRef, task: Pick<TaskRow, "title" | "assigneeId">) {
  requireWrite(actor, "log time");
  if (actor.userId === null) throw new Forbidden("Time is logged by a person, not by the system.");
  if (!hasRole(actor, "manager") && !isOwner(actor, c) && !isAssignee(actor, task)) {
    throw new Forbidden(`You can only log time on tasks assigned to you or on campaigns you own; "${task.title}" is neither.`);
  }
  if (c.archivedAt) throw new Conflict(`"${c.name}" is archived: no more time can be logged on its tasks.`);
}

/** An entry is changed by its author, managers and admins. */
export function canEditEntry(actor: Actor, entry: Pick<TimeEntryRow, "userId">) {
  if (!writes(actor)) return false;
  return hasRole(actor, "manager") || (actor.userId !== null && entry.userId === actor.userId);
}

export function assertCanEditEntry(actor: Actor, entry: Pick<TimeEntryRow, "userId">, doing: string) {
  requireWrite(actor, doing);
  if (!canEditEntry(actor, entry)) throw new Forbidden(`Only the person who logged the time, managers and admins can ${doing}.`);
}

/** The assignee gives their own remaining estimate; managers and admins may correct it. */
export function canSetRemaining(actor: Actor, task: Pick<TaskRow, "assigneeId">) {
  return writes(actor) && (hasRole(actor, "manager") || isAssignee(actor, task));
}

export function assertCanSetRemaining(actor: Actor, task: Pick<TaskRow, "title" | "assigneeId">) {
  requireWrite(actor, "set a remaining estimate");
  if (!canSetRemaining(actor, task)) {
    throw new Forbidden(`Only the assignee, managers and admins can set the remaining estimate of "${task.title}".`);
  }
}
