"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Send } from "lucide-react";
import { submitForApprovalAction } from "@/app/(app)/approvals/actions";
import { Button } from "@/components/ui/button";
import { useWorkflowNotice } from "./workflow-notice";

/** Submit (or resubmit after changes) for approval; the outcome is shown at the top of the tab. */
export function WorkflowSubmitButton({ campaignId, label }: { campaignId: string; label: string }) {
  const router = useRouter();
  const { show } = useWorkflowNotice();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function submit() {
    setError(null);
    start(async () => {
      const result = await submitForApprovalAction({ campaignId });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      show(result.data.message);
      router.refresh();
    });
  }

  return (
    <div className="space-y-2">
      <Button onClick={submit} disabled={pending} aria-describedby={error ? `submit-${campaignId}-error` : undefined}>
        <Send className="size-4" aria-hidden /> {pending ? "Submitting…" : label}
      </Button>
      {error ? <p id={`submit-${campaignId}-error`} role="alert" className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
