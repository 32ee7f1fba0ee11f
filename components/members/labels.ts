import type { ApproverStage, Role } from "@/db/schema/values";

export const roleLabels: Record<Role, string> = { admin: "Admin", manager: "Manager", member: "Member", viewer: "Viewer" };

export const roleHints: Record<Role, string> = {
  admin: "Everything a manager can do, plus members and settings.",
  manager: "Creates and owns campaigns, moves them through review and launch.",
  member: "Works on campaigns they are part of.",
  viewer: "Read-only access to campaigns.",
};

export const stageLabels: Record<ApproverStage, string> = {
  content: "Content", compliance: "Compliance", executive: "Executive", final: "Final",
};

/** "an admin", "a manager" */
export function withArticle(role: Role) {
  return `${role === "admin" ? "an" : "a"} ${roleLabels[role].toLowerCase()}`;
}
