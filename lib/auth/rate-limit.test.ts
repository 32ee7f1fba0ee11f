import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { signInAttempts } from "@/db/schema";
import { makeUser, rejectionOf } from "@/db/testing/factories";
import { RateLimited, Unauthorized } from "@/lib/core/errors";
import { verifyCredentials } from "./credentials";
import {
  assertSignInAllowed, beginSignInAttempt, markSignInSucceeded, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP, recordSignInAttempt,
  retryAfterSeconds, SIGN_IN_WINDOW_MINUTES,
} from "./rate-limit";

let seq = 0;
const email = () => `person-${++seq}-${Date.now().toString(36)}@test.example`;
const ip = () => `198.51.100.${++seq}`;

describe("retryAfterSeconds", () => {
  const now = new Date("2027-01-01T12:00:00Z");
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

  it("allows an attempt below the limit", () => {
    expect(retryAfterSeconds(4, minutesAgo(1), 5, now)).toBe(0);
    expect(retryAfterSeconds(0, null, 5, now)).toBe(0);
  });

  it("waits until the oldest failure leaves the window", () => {
    expect(retryAfterSeconds(5, minutesAgo(0), 5, now)).toBe(15 * 60);
    expect(retryAfterSeconds(5, minutesAgo(10), 5, now)).toBe(5 * 60);
    expect(retryAfterSeconds(7, minutesAgo(14.5), 5, now)).toBe(30);
  });

  it("rounds a partial second up and never answers 0 while limited", () => {
    expect(retryAfterSeconds(5, new Date(minutesAgo(10).getTime() + 1), 5, now)).toBe(5 * 60 + 1);
    expect(retryAfterSeconds(5, minutesAgo(15), 5, now)).toBe(1);
    expect(retryAfterSeconds(5, minutesAgo(20), 5, now)).toBe(1);
  });

  it("uses the window it is given", () => {
    expect(retryAfterSeconds(3, minutesAgo(1), 3, now, 60)).toBe(59 * 60);
    expect(SIGN_IN_WINDOW_MINUTES).toBe(15);
  });
});

describe("assertSignInAllowed", () => {
  async function failFor(e: string, i: string, count: number, at?: Date) {
    const db = await getDb();
    await db.insert(signInAttempts).values(Array.from({ length: count }, () => ({ email: e, ip: i, succeeded: false, ...(at ? { at } : {}) })));
  }

  it("allows an email with fewer than 5 recent failures", async () => {
    const e = email();
    await failFor(e, ip(), MAX_FAILURES_PER_EMAIL - 1);
    await expect(assertSignInAllowed(await getDb(), e, ip())).resolves.toBeUndefined();
  });

  it("ignores successful attempts", async () => {
    const e = email();
    for (let n = 0; n < 10; n++) await recordSignInAttempt(await getDb(), e, ip(), true);
    await expect(assertSignInAllowed(await getDb(), e, ip())).resolves.toBeUndefined();
  });

  it("says 'in a minute' when the wait is under a minute", async () => {
    const e = email();
    const now = new Date();
    await failFor(e, ip(), MAX_FAILURES_PER_EMAIL, new Date(now.getTime() - (SIGN_IN_WINDOW_MINUTES * 60 - 30) * 1000));
    const err = await rejectionOf(assertSignInAllowed(await getDb(), e, ip(), now));
    expect(err).toBeInstanceOf(RateLimited);
    expect(err.message).toBe("Too many failed sign-in attempts. Try again in a minute.");
    expect((err as RateLimited).retryAfterSeconds).toBe(30);
  });

  it("says how many minutes remain, rounded up", async () => {
    const e = email();
    const now = new Date();
    await failFor(e, ip(), MAX_FAILURES_PER_EMAIL, new Date(now.getTime() - 10.5 * 60_000));
    const err = await rejectionOf(assertSignInAllowed(await getDb(), e, ip(), now));
    expect(err.message).toBe("Too many failed sign-in attempts. Try again in 5 minutes.");
  });

  it("lets the email in again once the window has passed", async () => {
    const e = email();
    const db = await getDb();
    await failFor(e, ip(), MAX_FAILURES_PER_EMAIL);
    await expect(assertSignInAllowed(db, e, ip())).rejects.toBeInstanceOf(RateLimited);
    const later = new Date(Date.now() + (SIGN_IN_WINDOW_MINUTES * 60 + 5) * 1000);
    await expect(assertSignInAllowed(db, e, ip(), later)).resolves.toBeUndefined();
  });
});

describe("per-IP limit", () => {
  it("blocks an address after 20 failures across different emails, but not other addresses", async () => {
    const db = await getDb();
    const attacker = ip();
    const account = await makeUser({ role: "member", password: "correct horse battery" });
    // 19 guesses at different accounts, then the 20th through the real sign-in path
    for (let n = 0; n < MAX_FAILURES_PER_IP - 1; n++) await recordSignInAttempt(db, email(), attacker, false);
    const last = await rejectionOf(verifyCredentials(db, { email: account.email, password: "wrong password" }, attacker));
    expect(last).toBeInstanceOf(Unauthorized);

    // no single email has reached its limit, yet this address is refused even with the right password
    const blocked = await rejectionOf(verifyCredentials(db, { email: account.email, password: "correct horse battery" }, attacker));
    expect(blocked).toBeInstanceOf(RateLimited);
    expect(blocked.message).toMatch(/Try again in 15 minutes\.$/);
    const fresh = await rejectionOf(assertSignInAllowed(db, email(), attacker));
    expect(fresh).toBeInstanceOf(RateLimited);

    expect((await verifyCredentials(db, { email: account.email, password: "correct horse battery" }, ip())).id).toBe(account.id);
  });

  it("allows an address with 19 failures", async () => {
    const db = await getDb();
    const busy = ip();
    for (let n = 0; n < MAX_FAILURES_PER_IP - 1; n++) await recordSignInAttempt(db, email(), busy, false);
    await expect(assertSignInAllowed(db, email(), busy)).resolves.toBeUndefined();
  });
});

describe("beginSignInAttempt", () => {
  it("records the attempt as failed until it is marked succeeded", async () => {
    const db = await getDb();
    const e = email();
    const id = await beginSignInAttempt(db, e, ip());
    const [pending] = await db.select().from(signInAttempts).where(eq(signInAttempts.id, id));
    expect(pending).toMatchObject({ email: e, succeeded: false });
    await markSignInSucceeded(db, id);
    const [done] = await db.select().from(signInAttempts).where(eq(signInAttempts.id, id));
    expect(done!.succeeded).toBe(true);
  });

  it("records nothing when the attempt is refused", async () => {
    const db = await getDb();
    const e = email();
    for (let n = 0; n < MAX_FAILURES_PER_EMAIL; n++) await beginSignInAttempt(db, e, ip());
    await expect(beginSignInAttempt(db, e, ip())).rejects.toBeInstanceOf(RateLimited);
    expect(await db.select().from(signInAttempts).where(eq(signInAttempts.email, e))).toHaveLength(MAX_FAILURES_PER_EMAIL);
  });

  it("lets exactly 5 of many simultaneous attempts for one email through", async () => {
    const db = await getDb();
    const e = email();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => beginSignInAttempt(db, e, ip())));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(MAX_FAILURES_PER_EMAIL);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof RateLimited)).toHaveLength(10 - MAX_FAILURES_PER_EMAIL);
  });

  it("lets exactly 20 of many simultaneous attempts from one address through", async () => {
    const db = await getDb();
    const address = ip();
    const results = await Promise.allSettled(Array.from({ length: 25 }, () => beginSignInAttempt(db, email(), address)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(MAX_FAILURES_PER_IP);
  });
});

