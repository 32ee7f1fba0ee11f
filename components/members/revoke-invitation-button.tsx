"use client";

import { ConfirmButton } from "@/components/settings/confirm-button";
import { revokeInvitationAction } from "@/app/(app)/settings/members/actions";

export function RevokeInvitationButton({ id, email }: { id: string; email: string }) {
  return (
    <ConfirmButton
      label="Revoke"
      ariaLabel={`Revoke the invitation for ${email}`}
      title={`Revoke the invitation for ${email}?`}
      description="The link stops working at once. You can invite them again later."
      confirmLabel="Revoke invitation"
      pendingLabel="Revoking…"
      onConfirm={() => revokeInvitationAction(id)}
    />
  );
}
