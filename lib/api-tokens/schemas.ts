import { z } from "zod";
import { tokenScopes } from "@/db/schema/values";

export const createApiTokenInput = z
  .object({
    name: z.string().trim().min(1, "Give the token a name, e.g. 'Claude Desktop'").max(100, "Name is at most 100 characters"),
    scope: z.enum(tokenScopes, { error: "Scope is read or read_write" }).default("read"),
    expiresInDays: z.number().int().min(1, "At least 1 day").max(3650, "At most 10 years").nullable().default(90),
  })
  .strict();

export type CreateApiTokenInput = z.input<typeof createApiTokenInput>;
