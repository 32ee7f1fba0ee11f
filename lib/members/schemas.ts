import { z } from "zod";
import { approverStages, roles } from "@/db/schema/values";

const stages = z.array(z.enum(approverStages, { error: `Approver stages are: ${approverStages.join(", ")}` })).transform((s) => [...new Set(s)]);

export const inviteMemberInput = z
  .object({
    email: z.string().trim().toLowerCase().email("Enter a valid email address"),
    name: z.string().trim().min(1, "Enter the person's name").max(100, "Name is at most 100 characters"),
    role: z.enum(roles, { error: `Role is one of: ${roles.join(", ")}` }),
    approverStages: stages.default([]),
  })
  .strict();

export const updateMemberInput = z
  .object({
    id: z.uuid("Member id must be a UUID"),
    role: z.enum(roles, { error: `Role is one of: ${roles.join(", ")}` }).optional(),
    approverStages: stages.optional(),
    title: z.string().trim().max(100, "Title is at most 100 characters").nullable().optional(),
  })
  .strict();

export const setMemberActiveInput = z.object({ id: z.uuid("Member id must be a UUID"), active: z.boolean() }).strict();

export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters")
  .max(200, "Use at most 200 characters");

export const acceptInvitationInput = z
  .object({
    token: z.string().min(20, "This invitation link is incomplete").max(200),
    name: z.string().trim().min(1, "Enter your name").max(100, "Name is at most 100 characters"),
    password: passwordSchema,
  })
  .strict();

export type InviteMemberInput = z.input<typeof inviteMemberInput>;
export type UpdateMemberInput = z.input<typeof updateMemberInput>;
export type AcceptInvitationInput = z.input<typeof acceptInvitationInput>;
