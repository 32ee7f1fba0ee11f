export type FieldIssues = Record<string, string[]>;

/** A failure a person can act on. The message is safe to show as it is. */
export abstract class DomainError extends Error {
  abstract readonly kind: string;
  abstract readonly status: number;
}

export class NotFound extends DomainError {
  readonly kind = "not_found";
  readonly status = 404;
  constructor(what: string) {
    super(`${what} was not found.`);
  }
}

export class Unauthorized extends DomainError {
  readonly kind = "unauthorized";
  readonly status = 401;
  constructor(message = "Sign in or send a valid API token.") {
    super(message);
  }
}

export class Forbidden extends DomainError {
  readonly kind = "forbidden";
  readonly status = 403;
}

export class ValidationFailed extends DomainError {
  readonly kind = "validation_failed";
  readonly status = 422;
  constructor(message: string, readonly issues: FieldIssues = {}) {
    super(message);
  }
}

export class Conflict extends DomainError {
  readonly kind = "conflict";
  readonly status = 409;
  constructor(message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
  }
}

export class InvalidTransition extends DomainError {
  readonly kind = "invalid_transition";
  readonly status = 409;
}

export class RateLimited extends DomainError {
  readonly kind = "rate_limited";
  readonly status = 429;
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message);
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}

/** Logs an unexpected error with a reference a person can quote, and returns that reference. */
export function logUnexpected(e: unknown, where: string): string {
  const ref = crypto.randomUUID().slice(0, 8);
  console.error(`[${where}] unexpected error ref=${ref}`, e);
  return ref;
}

export function unexpectedMessage(ref: string) {
  return `Something went wrong on our side (reference ${ref}). Nothing was changed; please try again.`;
}

/**
 * The one place route handlers turn an error into an HTTP problem response (RFC 9457): domain
 * errors with their status and message (plus field issues or conflict details), anything else
 * logged with a reference and answered 500 without a stack or SQL.
 */
export function toProblemResponse(e: unknown, where: string): Response {
  const headers = { "content-type": "application/problem+json" };
  if (isDomainError(e)) {
    const extra = e instanceof ValidationFailed ? { issues: e.issues } : e instanceof Conflict ? { details: e.details } : {};
    return Response.json({ type: "about:blank", title: e.kind, status: e.status, detail: e.message, kind: e.kind, ...extra }, { status: e.status, headers });
  }
  const detail = unexpectedMessage(logUnexpected(e, where));
  return Response.json({ type: "about:blank", title: "unexpected", status: 500, detail, kind: "unexpected" }, { status: 500, headers });
}
