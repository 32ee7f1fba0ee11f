import type { z } from "zod";
import { ValidationFailed, type FieldIssues } from "./errors";

/** Parses input with a domain schema; bad input becomes ValidationFailed with per-field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: FieldIssues = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (issues[key] ??= []).push(issue.message);
  }
  const summary = Object.entries(issues)
    .map(([field, messages]) => (field === "_" ? messages[0] : `${field}: ${messages[0]}`))
    .join("; ");
  throw new ValidationFailed(`Invalid input — ${summary}`, issues);
}
