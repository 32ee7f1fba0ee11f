import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { signInAttempts, type UserRow } from "@/db/schema";
import { makeUser, rejectionOf } from "@/db/testing/factories";
import { RateLimited, Unauthorized } from "@/lib/core/errors";
import { verifyCredentials, WRONG_CREDENTIALS } from "./credentials";
import { MAX_FAILURES_PER_EMAIL } from "./rate-limit";

const PASSWORD = "correct horse battery";

let seq = 0;
// each test signs in from its own address, so only the limits it means to hit apply
const freshIp = () => `192.0.2.${++seq}`;

let user: UserRow;

beforeAll(async () => {
  user = await makeUser({ role: "member", password: PASSWORD });
});

describe("verifyCredentials", () => {
  it("returns the user for the right password, whatever the email's case and spacing", async () => {
    const db = await getDb();
    const signedIn = await verifyCredentials(db, { email: `  ${user.email.toUpperCase()} `, password: PASSWORD }, freshIp());
    expect(signedIn).toEqual({ id: user.id, email: user.email, name: user.name, role: "member" });
  });

  it("gives a wrong password and an unknown email the identical message", async () => {
    const db = await getDb();
    const wrong = await rejectionOf(verifyCredentials(db, { email: user.email, password: "not the password" }, freshIp()));
    const unknown = await rejectionOf(verifyCredentials(db, { email: "nobody@test.example", password: PASSWORD }, freshIp()));
    for (const e of [wrong, unknown]) {
      expect(e).toBeInstanceOf(Unauthorized);
      expect(e.message).toBe(WRONG_CREDENTIALS);
    }
    expect(wrong.message).toBe(unknown.message);
  });

  it("gives malformed input and a user without a password the same message", async () => {
    const db = await getDb();
    const noPassword = await makeUser({ role: "member" });
    for (const input of [{ email: "not-an-email", password: "x" }, { email: user.email }, null, { email: noPassword.email, password: PASSWORD }]) {
      const e = await rejectionOf(verifyCredentials(db, input, freshIp()));
      expect(e).toBeInstanceOf(Unauthorized);
      expect(e.message).toBe(WRONG_CREDENTIALS);
    }
  });

  it("records each attempt, failed or not", async () => {
    const db = await getDb();
    const ip = freshIp();
    await verifyCredentials(db, { email: user.email, password: PASSWORD }, ip);
    await rejectionOf(verifyCredentials(db, { email: user.email, password: "wrong password" }, ip));
    const rows = await db.select().from(signInAttempts).where(eq(signInAttempts.ip, ip));
    expect(rows.map((r) => r.succeeded).sort()).toEqual([false, true]);
    expect(rows.every((r) => r.email === user.email)).toBe(true);
  });

  it("refuses even the right password after 5 failures for one email, saying when to retry", async () => {
    const db = await getDb();
    const victim = await makeUser({ role: "member", password: PASSWORD });
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      // spread over addresses: the limit is on the account, not on where the guesses come from
      const e = await rejectionOf(verifyCredentials(db, { email: victim.email, password: `guess ${i} wrong` }, freshIp()));
      expect(e).toBeInstanceOf(Unauthorized);
    }
    const blocked = await rejectionOf(verifyCredentials(db, { email: victim.email, password: PASSWORD }, freshIp()));
    expect(blocked).toBeInstanceOf(RateLimited);
    expect(blocked.message).toMatch(/^Too many failed sign-in attempts\. Try again in (\d+) minutes\.$/);
    expect(Number(blocked.message.match(/in (\d+) minutes/)![1])).toBe(15);
    expect((blocked as RateLimited).retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect((blocked as RateLimited).retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // a refused attempt is not checked, so it does not extend the lock-out
    const rows = await db.select().from(signInAttempts).where(eq(signInAttempts.email, victim.email));
    expect(rows).toHaveLength(MAX_FAILURES_PER_EMAIL);
  });

  it("keeps other accounts usable while one is locked", async () => {
    const db = await getDb();
    const locked = await makeUser({ role: "member", password: PASSWORD });
    const ip = freshIp();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) await rejectionOf(verifyCredentials(db, { email: locked.email, password: "wrong password" }, ip));
    expect(await rejectionOf(verifyCredentials(db, { email: locked.email, password: PASSWORD }, ip))).toBeInstanceOf(RateLimited);
    expect((await verifyCredentials(db, { email: user.email, password: PASSWORD }, ip)).id).toBe(user.id);
  });

  it("counts only failures within the last 15 minutes", async () => {
    const db = await getDb();
    const returning = await makeUser({ role: "member", password: PASSWORD });
    const old = new Date(Date.now() - 16 * 60_000);
    await db.insert(signInAttempts).values(
      Array.from({ length: 10 }, () => ({ email: returning.email, ip: freshIp(), succeeded: false, at: old })),
    );
    expect((await verifyCredentials(db, { email: returning.email, password: PASSWORD }, freshIp())).id).toBe(returning.id);
  });

  it("holds the per-email limit when many guesses arrive at once", async () => {
    const db = await getDb();
    const target = await makeUser({ role: "member", password: PASSWORD });
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => verifyCredentials(db, { email: target.email, password: `burst guess ${i}` }, freshIp())),
    );
    const reasons = results.map((r) => (r.status === "rejected" ? r.reason : r.value));
    expect(reasons.filter((e) => e instanceof Unauthorized)).toHaveLength(MAX_FAILURES_PER_EMAIL);
    expect(reasons.filter((e) => e instanceof RateLimited)).toHaveLength(12 - MAX_FAILURES_PER_EMAIL);
    const rows = await db.select().from(signInAttempts).where(eq(signInAttempts.email, target.email));
    expect(rows).toHaveLength(MAX_FAILURES_PER_EMAIL);
  });
});
