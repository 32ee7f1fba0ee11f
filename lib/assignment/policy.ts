import { hasRole, type Actor } from "@/lib/core/context";
import { Conflict, Forbidden } from "@/lib/core/errors";

type CampaignRef = { name: string; ownerId: string | null; archivedAt: Date | null };

const owns = (actor: Actor, c: CampaignRef) => actor.userId !== null && c.ownerId === actor.userId;

/** Whether to offer "Auto-assign" (the service checks again). */
export function canAutoAssign(actor: Actor, c: CampaignRef) {
  if (actor.role === "viewer" || actor.scope !== "read_write" || c.archivedAt) return false;
  return hasRole(actor, "manager") || owns(actor, c);
}

/** Auto-assigning decides for others: the campaign's owner, managers and admins only. */
export function assertCanAutoAssign(actor: Actor, list: CampaignRef[]) {
  if (actor.role === "viewer") throw new Forbidden("Viewers have read-only access and cannot auto-assign tasks.");
  for (const c of list) {
    if (!hasRole(actor, "manager") && !owns(actor, c)) {
      throw new Forbidden(`Only the campaign's owner, managers and admins can auto-assign tasks; you do not own "${c.name}".`);
    }
    if (c.archivedAt) throw new Conflict(`"${c.name}" is archived: its tasks cannot be changed. Unarchive the campaign first.`);
  }
}
