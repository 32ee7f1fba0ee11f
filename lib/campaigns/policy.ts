import type { CampaignRow } from "@/db/schema";
import { hasRole, requireWrite, type Actor } from "@/lib/core/context";
import { Forbidden } from "@/lib/core/errors";
import type { TransitionAction } from "./lifecycle";

type CampaignRef = Pick<CampaignRow, "name" | "ownerId">;

const isOwner = (actor: Actor, c: CampaignRef) => actor.userId !== null && c.ownerId === actor.userId;

/** Moves a member may make on a campaign they own; everything else in the lifecycle is a manager's. */
const ownerActions: TransitionAction[] = ["submit", "schedule", "go_live", "pause", "resume", "finish"];

export function canEditCampaign(actor: Actor, c: CampaignRef) {
  return actor.role !== "viewer" && (hasRole(actor, "manager") || isOwner(actor, c));
}

export function canTransition(actor: Actor, c: CampaignRef, action: TransitionAction) {
  if (actor.role === "viewer") return false;
  return hasRole(actor, "manager") || (isOwner(actor, c) && ownerActions.includes(action));
}

export function assertCanCreateCampaign(actor: Actor) {
  requireWrite(actor, "create campaigns");
  if (!hasRole(actor, "manager")) throw new Forbidden("Only managers and admins can create campaigns; ask a manager to create one and make you its owner.");
}

export function assertCanEditCampaign(actor: Actor, c: CampaignRef) {
  requireWrite(actor, "edit campaigns");
  if (!canEditCampaign(actor, c)) throw new Forbidden(`You can only edit campaigns you own; "${c.name}" belongs to someone else.`);
}

export function assertCanTransition(actor: Actor, c: CampaignRef, action: TransitionAction) {
  requireWrite(actor, "change a campaign's status");
  if (!canTransition(actor, c, action)) {
    throw new Forbidden(
      isOwner(actor, c)
        ? `Only managers and admins can ${action.replace("_", " ")} a campaign.`
        : `You can only change the status of campaigns you own; "${c.name}" belongs to someone else.`,
    );
  }
}

export function assertCanArchive(actor: Actor) {
  requireWrite(actor, "archive campaigns");
  if (!hasRole(actor, "manager")) throw new Forbidden("Only managers and admins can archive or unarchive campaigns.");
}

export function assertCanAssignOwner(actor: Actor, newOwnerId: string | null | undefined, currentOwnerId: string | null) {
  if (newOwnerId === undefined || newOwnerId === currentOwnerId) return;
  if (!hasRole(actor, "manager")) throw new Forbidden("Only managers and admins can change a campaign's owner.");
}
