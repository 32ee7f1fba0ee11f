"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/core/action-result";

/** A button that asks before doing something hard to undo, and shows the service's refusal in the dialog. */
export function ConfirmButton({ label, ariaLabel, title, description, confirmLabel, pendingLabel, onConfirm }: {
  label: string;
  ariaLabel?: string;
  title: string;
  description: string;
  confirmLabel: string;
  pendingLabel: string;
  onConfirm: () => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, start] = useTransition();

  function confirm() {
    setError(null);
    start(async () => {
      const result = await onConfirm();
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setOpen(false);
      router.refresh();
    });
  }

  return (
    <>
      <Button variant="secondary" size="sm" aria-label={ariaLabel} onClick={() => { setError(null); setOpen(true); }}>
        {label}
      </Button>
      <Dialog open={open} onOpenChange={(o) => !busy && setOpen(o)} title={title} description={description}>
        {error ? <Alert className="mb-4">{error}</Alert> : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)} disabled={busy}>Cancel</Button>
          <Button variant="danger" onClick={confirm} disabled={busy}>{busy ? pendingLabel : confirmLabel}</Button>
        </div>
      </Dialog>
    </>
  );
}
