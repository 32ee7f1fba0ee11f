import type { FieldIssues } from "@/lib/core/errors";
import { acceptInvitationInput } from "@/lib/members/schemas";

export type AcceptFormValues = { name: string; password: string; confirmPassword: string };

export function acceptFormValues(data: FormData): AcceptFormValues {
  return {
    name: String(data.get("name") ?? ""),
    password: String(data.get("password") ?? ""),
    confirmPassword: String(data.get("confirmPassword") ?? ""),
  };
}

/** What the person can fix before the service is asked: its own schema (passwordSchema included), plus the confirmation. */
export function acceptFormIssues(token: string, v: AcceptFormValues): FieldIssues {
  const issues: FieldIssues = {};
  const parsed = acceptInvitationInput.safeParse({ token, name: v.name, password: v.password });
  if (!parsed.success) for (const issue of parsed.error.issues) (issues[issue.path.join(".") || "_"] ??= []).push(issue.message);
  if (!issues.password && v.password !== v.confirmPassword) issues.confirmPassword = ["The passwords do not match"];
  return issues;
}
