"use client";

import { revokeTokenAction } from "@/app/(app)/settings/tokens/actions";
import { ConfirmButton } from "./confirm-button";

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  return (
    <ConfirmButton
      label="Revoke"
      ariaLabel={`Revoke token ${name}`}
      title={`Revoke “${name}”?`}
      description="Anything using this token, such as Claude, loses access at once. This cannot be undone."
      confirmLabel="Revoke token"
      pendingLabel="Revoking…"
      onConfirm={() => revokeTokenAction(id)}
    />
  );
}
