import type { CreateApiTokenInput } from "@/lib/api-tokens/schemas";

/** What the new-token form holds, as typed, so nothing is lost when the service says no. */
export type TokenFormValues = { name: string; scope: string; expires: string };

export const expiryOptions = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "365 days" },
  { value: "never", label: "Never" },
] as const;

export const emptyTokenForm: TokenFormValues = { name: "", scope: "read", expires: "90" };

export function tokenFormValues(data: FormData): TokenFormValues {
  return {
    name: String(data.get("name") ?? ""),
    scope: String(data.get("scope") ?? "read"),
    expires: String(data.get("expiresInDays") ?? "90"),
  };
}

/** Form strings → the service's input; anything odd is passed on for the schema to reject with a message. */
export function tokenInputFromForm(v: TokenFormValues): CreateApiTokenInput {
  return {
    name: v.name,
    scope: v.scope as CreateApiTokenInput["scope"],
    expiresInDays: v.expires === "never" ? null : Number(v.expires),
  };
}
