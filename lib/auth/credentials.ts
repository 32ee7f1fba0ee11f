import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import type { Db } from "@/db/types";
import { Unauthorized } from "@/lib/core/errors";
import { burnPasswordCheck, verifyPassword } from "./passwords";
import { beginSignInAttempt, markSignInSucceeded } from "./rate-limit";

export const signInInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address"),
  password: z.string().min(1, "Enter your password").max(200),
});

// One message for unknown email and wrong password: nobody learns which accounts exist.
export const WRONG_CREDENTIALS = "Email or password is incorrect.";

/** Checks credentials with rate limiting; returns the user or throws Unauthorized / RateLimited. */
export async function verifyCredentials(db: Db, raw: unknown, ip: string) {
  const parsed = signInInput.safeParse(raw);
  if (!parsed.success) throw new Unauthorized(WRONG_CREDENTIALS);
  const { email, password } = parsed.data;
  // counted as a failure until the password checks out, so simultaneous guesses cannot slip past the limit
  const attemptId = await beginSignInAttempt(db, email, ip);
  const [user] = await db.select().from(users).where(eq(users.email, email));
  let ok = false;
  if (user?.passwordHash && !user.deactivatedAt) ok = await verifyPassword(password, user.passwordHash);
  else await burnPasswordCheck(password);
  if (ok) await markSignInSucceeded(db, attemptId);
  if (!ok || !user) throw new Unauthorized(WRONG_CREDENTIALS);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
