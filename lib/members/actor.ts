import type { UserRow, Via } from "@/db/schema";
import type { Actor } from "@/lib/core/context";

export function actorFromUser(user: UserRow, via: Via): Actor {
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    approverStages: user.approverStages,
    via,
    scope: "read_write",
  };
}
