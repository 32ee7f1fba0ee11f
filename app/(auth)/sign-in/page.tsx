import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { currentUser } from "@/lib/auth/session";
import { isEmbedded } from "@/db/client";
import { demoAccounts } from "@/db/seed";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; invited?: string }> }) {
  if (await currentUser()) redirect("/campaigns");
  const { callbackUrl, invited } = await searchParams;
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight">Sign in</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">Welcome back. Use the account your admin invited.</p>
      {invited === "1" ? <Alert tone="success" className="mb-4">Your account is ready. Sign in with your email and the password you just chose.</Alert> : null}
      <SignInForm callbackUrl={callbackUrl} />
      {isEmbedded() ? (
        <details className="mt-6 rounded-md bg-slate-50 p-3 text-xs text-slate-600">
          <summary className="cursor-pointer font-medium text-slate-700">Demo accounts</summary>
          <ul className="mt-2 space-y-1 font-mono">
            {demoAccounts.map((a) => <li key={a.email}>{a.email} / {a.password}</li>)}
          </ul>
        </details>
      ) : null}
    </>
  );
}
