import { and, count, eq, gte, lt, min, sql } from "drizzle-orm";
import { signInAttempts } from "@/db/schema";
import type { Db } from "@/db/types";
import { RateLimited } from "@/lib/core/errors";

export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

/** Pure: given recent failures, how long until another attempt is allowed (0 = now). */
export function retryAfterSeconds(failures: number, oldestFailure: Date | null, max: number, now: Date, windowMinutes = SIGN_IN_WINDOW_MINUTES) {
  if (failures < max || !oldestFailure) return 0;
  const freeAt = oldestFailure.getTime() + windowMinutes * 60_000;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
}

function waitText(seconds: number) {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "in a minute" : `in ${minutes} minutes`;
}

async function recentFailures(db: Db, column: typeof signInAttempts.email | typeof signInAttempts.ip, value: string, since: Date) {
  const [row] = await db
    .select({ n: count(), oldest: min(signInAttempts.at) })
    .from(signInAttempts)
    .where(and(eq(column, value), eq(signInAttempts.succeeded, false), gte(signInAttempts.at, since)));
  return { n: row?.n ?? 0, oldest: row?.oldest ?? null };
}

/**
 * Throws RateLimited when this email or IP has failed too often recently. State lives in the
 * database, so the limit holds across every app instance.
 */
export async function assertSignInAllowed(db: Db, email: string, ip: string, now = new Date()) {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const [byEmail, byIp] = await Promise.all([
    recentFailures(db, signInAttempts.email, email, since),
    recentFailures(db, signInAttempts.ip, ip, since),
  ]);
  const wait = Math.max(
    retryAfterSeconds(byEmail.n, byEmail.oldest && new Date(byEmail.oldest), MAX_FAILURES_PER_EMAIL, now),
    retryAfterSeconds(byIp.n, byIp.oldest && new Date(byIp.oldest), MAX_FAILURES_PER_IP, now),
  );
  if (wait > 0) throw new RateLimited(`Too many failed sign-in attempts. Try again ${waitText(wait)}.`, wait);
}

export async function recordSignInAttempt(db: Db, email: string, ip: string, succeeded: boolean) {
  await db.insert(signInAttempts).values({ email, ip, succeeded });
  await pruneOldAttempts(db);
}

/**
 * Checks the limits and records the attempt as failed in one locked step, before the password is
 * checked: otherwise a burst of simultaneous guesses all pass the check before any is recorded.
 * Returns the attempt's id for markSignInSucceeded.
 */
export async function beginSignInAttempt(db: Db, email: string, ip: string): Promise<string> {
  const id = await db.transaction(async (tx) => {
    // email lock before IP lock, always: one order, so these locks never deadlock
    await tx.execute(sql`select pg_advisory_xact_lock(1, hashtext(${email}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(2, hashtext(${ip}))`);
    await assertSignInAllowed(tx, email, ip);
    const [row] = await tx.insert(signInAttempts).values({ email, ip, succeeded: false }).returning({ id: signInAttempts.id });
    return row!.id;
  });
  await pruneOldAttempts(db);
  return id;
}

export async function markSignInSucceeded(db: Db, attemptId: string) {
  await db.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, attemptId));
}

async function pruneOldAttempts(db: Db) {
  // keep the table small: nothing older than a day matters to the limiter
  if (Math.random() < 0.05) await db.delete(signInAttempts).where(lt(signInAttempts.at, new Date(Date.now() - 86_400_000)));
}
