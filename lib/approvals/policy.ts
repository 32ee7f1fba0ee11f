import type { ApproverStage } from "@/db/schema/values";
import { requireWrite, type Actor } from "@/lib/core/context";
import { Forbidden } from "@/lib/core/errors";
import { stageLabels } from "./labels";

/**
 * Only members holding a stage's approver stage decide it (DESIGN §2): an admin without the
 * compliance stage cannot approve compliance either, in the UI, by MCP or by a forged post.
 */
export function decideRefusal(actor: Actor, stage: ApproverStage): string | null {
  if (actor.scope !== "read_write") return "This API token is read-only.";
  if (actor.role === "viewer") return "Viewers have read-only access.";
  if (!actor.approverStages.includes(stage)) return `Only ${stageLabels[stage].toLowerCase()} approvers decide the ${stageLabels[stage]} stage.`;
  return null;
}

export function assertCanDecide(actor: Actor, stage: ApproverStage, campaignName: string) {
  requireWrite(actor, "decide approvals");
  const refusal = decideRefusal(actor, stage);
  if (refusal) {
    throw new Forbidden(`You are not a ${stageLabels[stage].toLowerCase()} approver, so you cannot decide the ${stageLabels[stage]} stage of "${campaignName}". Admins grant approver stages on the Members page.`);
  }
}

export function assertCanComment(actor: Actor) {
  requireWrite(actor, "comment on approvals");
}
