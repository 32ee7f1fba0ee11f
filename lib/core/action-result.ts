import { unstable_rethrow } from "next/navigation";
import { isDomainError, logUnexpected, unexpectedMessage, ValidationFailed, Conflict, type FieldIssues } from "./errors";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: FieldIssues; kind?: string };

/** The one place server actions turn domain errors into something a form can show. */
export async function toActionResult<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (e) {
    unstable_rethrow(e); // redirects and not-found are Next.js control flow, not failures
    if (e instanceof ValidationFailed) return { ok: false, error: e.message, fieldErrors: e.issues, kind: e.kind };
    if (e instanceof Conflict) return { ok: false, error: e.message, kind: e.kind };
    if (isDomainError(e)) return { ok: false, error: e.message, kind: e.kind };
    return { ok: false, error: unexpectedMessage(logUnexpected(e, "action")) };
  }
}
