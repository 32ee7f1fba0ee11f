"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { WRONG_CREDENTIALS } from "@/lib/auth/credentials";

export type SignInState = { error?: string; email?: string };

function safeRedirect(target: FormDataEntryValue | null) {
  const path = typeof target === "string" ? target : "";
  return path.startsWith("/") && !path.startsWith("//") ? path : "/campaigns";
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  try {
    await signIn("credentials", {
      email,
      password: String(formData.get("password") ?? ""),
      redirectTo: safeRedirect(formData.get("callbackUrl")),
    });
    return {};
  } catch (e) {
    if (e instanceof CredentialsSignin) {
      const wait = /^rate_limited:(\d+)$/.exec(e.code)?.[1];
      if (wait) {
        const minutes = Math.max(1, Math.ceil(Number(wait) / 60));
        return { email, error: `Too many failed sign-in attempts. Try again in ${minutes === 1 ? "a minute" : `${minutes} minutes`}.` };
      }
      return { email, error: WRONG_CREDENTIALS };
    }
    if (e instanceof AuthError) return { email, error: "Sign-in is unavailable right now. Please try again." };
    throw e; // the successful redirect
  }
}
