import { z } from "zod";
import { tool } from "../tool";

export const whoamiTool = tool("whoami", {
  title: "Who am I",
  description:
    "Who this API token acts for: the user (id, name, email), their role (admin, manager, member or viewer), the approval " +
    "stages they approve (content, compliance, executive, final) and the token's scope (read or read_write). canWrite is " +
    "false for read-only tokens and for viewers. Call it first to know what you may do; the user id is what ownerId takes.",
  input: z.object({}).strict(),
  annotations: { readOnlyHint: true },
  run: async ({ actor }) => ({
    user: { id: actor.userId, name: actor.name, email: actor.email },
    role: actor.role,
    approverStages: actor.approverStages,
    token: { id: actor.tokenId ?? null, scope: actor.scope },
    canWrite: actor.scope === "read_write" && actor.role !== "viewer",
  }),
});
