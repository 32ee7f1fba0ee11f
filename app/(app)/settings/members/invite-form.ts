import type { InviteMemberInput } from "@/lib/members/schemas";

/** What the invite form holds, as typed, so nothing is lost when the service says no. */
export type InviteFormValues = { email: string; name: string; role: string; approverStages: string[] };

export const emptyInviteForm: InviteFormValues = { email: "", name: "", role: "member", approverStages: [] };

export function inviteFormValues(data: FormData): InviteFormValues {
  return {
    email: String(data.get("email") ?? ""),
    name: String(data.get("name") ?? ""),
    role: String(data.get("role") ?? ""),
    approverStages: data.getAll("approverStages").map(String),
  };
}

/** Form strings → the service's input; unknown values are passed on for the schema to reject with a message. */
export function inviteInputFromForm(v: InviteFormValues): InviteMemberInput {
  return {
    email: v.email,
    name: v.name,
    role: v.role as InviteMemberInput["role"],
    approverStages: v.approverStages as InviteMemberInput["approverStages"],
  };
}
