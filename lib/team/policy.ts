import { hasRole, requireWrite, type Actor } from "@/lib/core/context";
import { Forbidden } from "@/lib/core/errors";

/** Members look after their own schedule, skills and profile; managers and admins after anyone's. */
export function canEditMember(actor: Actor, userId: string): boolean {
  if (actor.scope !== "read_write" || actor.role === "viewer") return false;
  return actor.userId === userId || hasRole(actor, "manager");
}

export function assertCanEditMember(actor: Actor, userId: string, doing: string) {
  requireWrite(actor, doing);
  if (!canEditMember(actor, userId)) throw new Forbidden(`Members can only ${doing} for themselves; ask a manager to change someone else's.`);
}

/** Schedules of many people at once (bulk time off, holidays, weekly hours) are a manager's job. */
export function assertCanEditTeam(actor: Actor, doing: string) {
  requireWrite(actor, doing);
  if (!hasRole(actor, "manager")) throw new Forbidden(`Only managers and admins can ${doing}.`);
}
