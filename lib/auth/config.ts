import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { env } from "@/lib/core/env";
import { RateLimited } from "@/lib/core/errors";
import { verifyCredentials } from "./credentials";

/** Carries the limiter's wait (in seconds) to the sign-in form through Auth.js's error code. */
class RateLimitedSignIn extends CredentialsSignin {
  constructor(seconds: number) {
    super();
    this.code = `rate_limited:${seconds}`;
  }
}

function clientIp(request: Request | undefined) {
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request?.headers.get("x-real-ip") || "unknown";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/sign-in" },
  logger: {
    // a wrong password is an expected outcome with its own message on the form, not a server error
    error(error) {
      if (error.name === "CredentialsSignin" || error instanceof CredentialsSignin) return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        try {
          const user = await verifyCredentials(await getDb(), credentials, clientIp(request));
          return { id: user.id, email: user.email, name: user.name };
        } catch (e) {
          if (e instanceof RateLimited) throw new RateLimitedSignIn(e.retryAfterSeconds);
          return null; // Auth.js reports CredentialsSignin: one message for every bad combination
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
}));
