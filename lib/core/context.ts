import type { Db } from "@/db/types";
import type { ApproverStage, Role, TokenScope, Via } from "@/db/schema";
import { Forbidden } from "./errors";

/** Who is acting, and through which door. */
export type Actor = {
  userId: string | null; // null only for the system itself
  name: string;
  email: string | null;
  role: Role;
  approverStages: ApproverStage[];
  via: Via;
  tokenId?: string;
  scope: TokenScope; // browser sessions are read_write; API tokens carry their own scope
};

export type Ctx = { db: Db; actor: Actor };

export const systemActor: Actor = {
  userId: null,
  name: "System",
  email: null,
  role: "admin",
  approverStages: [],
  via: "system",
  scope: "read_write",
};

const rank: Record<Role, number> = { viewer: 0, member: 1, manager: 2, admin: 3 };

export function hasRole(actor: Actor, atLeast: Role) {
  return rank[actor.role] >= rank[atLeast];
}

export function requireRole(actor: Actor, atLeast: Role, doing: string) {
  if (!hasRole(actor, atLeast)) {
    throw new Forbidden(`Only ${atLeast === "admin" ? "admins" : `${atLeast}s and above`} can ${doing}.`);
  }
}

/** Any write goes through here first: viewers and read-only tokens stop at this line. */
export function requireWrite(actor: Actor, doing: string) {
  if (actor.scope !== "read_write") {
    throw new Forbidden(`This API token is read-only, so it cannot ${doing}. Create a read-write token to make changes.`);
  }
  if (actor.role === "viewer") throw new Forbidden(`Viewers have read-only access and cannot ${doing}.`);
}
