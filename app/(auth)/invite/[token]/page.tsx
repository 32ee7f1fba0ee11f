import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { withArticle } from "@/components/members/labels";
import { getDb } from "@/db/client";
import { isDomainError, NotFound } from "@/lib/core/errors";
import { getInvitation } from "@/lib/members/service";
import { AcceptInvitationForm } from "./accept-invitation-form";

export const metadata: Metadata = { title: "Accept invitation" };

async function loadInvitation(token: string) {
  try {
    return { invitation: await getInvitation(await getDb(), token) };
  } catch (e) {
    if (e instanceof NotFound) {
      return { problem: "This invitation link is not valid. It may have been mistyped, revoked, or replaced by a newer invitation. Ask an admin to invite you again." };
    }
    if (isDomainError(e)) return { problem: e.message }; // already used, or expired
    throw e;
  }
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { invitation, problem } = await loadInvitation(token);

  if (!invitation) {
    return (
      <>
        <h1 className="text-xl font-semibold tracking-tight">This invitation can&apos;t be used</h1>
        <p role="alert" className="mt-2 mb-6 text-sm text-slate-600">{problem}</p>
        <ButtonLink href="/sign-in" variant="secondary" className="w-full">Go to sign in</ButtonLink>
      </>
    );
  }

  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight">You&apos;ve been invited to Campaign Manager as {withArticle(invitation.role)}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">Choose a password to finish setting up your account. You&apos;ll sign in with it next.</p>
      <AcceptInvitationForm token={token} email={invitation.email} name={invitation.name} />
    </>
  );
}
