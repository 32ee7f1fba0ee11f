"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/field";
import type { CampaignStatus } from "@/db/schema/values";
import type { CampaignAction } from "@/lib/campaigns/service";
import { transitionCampaignAction } from "@/app/(app)/campaigns/actions";

type Pending = { action: CampaignAction; needsReason: boolean; override: boolean } | null;

export function TransitionControls({ campaignId, actions, readiness, threshold, canOverride }: {
  campaignId: string; actions: CampaignAction[]; readiness: number; threshold: number; canOverride: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Pending>(null);
  const [reason, setReason] = useState("");
  const [busy, startTransition] = useTransition();
  const allowed = actions.filter((a) => a.allowed);

  function run(to: CampaignStatus, opts: { reason?: string; overrideReadiness?: boolean } = {}) {
    setError(null);
    startTransition(async () => {
      const result = await transitionCampaignAction({ id: campaignId, to, ...opts });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setDialog(null);
      setReason("");
      router.refresh();
    });
  }

  function start(a: CampaignAction) {
    const override = a.action === "go_live" && readiness < threshold && canOverride;
    if (a.action === "cancel" || override) {
      setReason("");
      setError(null);
      setDialog({ action: a, needsReason: a.action !== "cancel", override });
    } else run(a.to);
  }

  if (allowed.length === 0) return null;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {allowed.map((a) => (
          <Button key={`${a.action}-${a.to}`} size="sm" disabled={busy} onClick={() => start(a)}
            variant={a.action === "cancel" ? "ghost" : a.action === "pause" ? "secondary" : "primary"}>
            {a.label}
          </Button>
        ))}
      </div>
      {error && !dialog ? <Alert>{error}</Alert> : null}
      <Dialog
        open={dialog !== null}
        onOpenChange={(open) => !open && setDialog(null)}
        title={dialog?.override ? "Go live below the readiness threshold?" : (dialog?.action.label ?? "")}
        description={
          dialog?.override
            ? `Readiness is ${readiness}, below the threshold of ${threshold}. As a manager you can override; your reason is recorded in the activity log.`
            : "Cancelling stops all work on this campaign. You can say why (optional)."
        }
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (dialog) run(dialog.action.to, { reason, overrideReadiness: dialog.override || undefined });
          }}
          className="space-y-4"
        >
          {error ? <Alert>{error}</Alert> : null}
          <div>
            <label htmlFor="transition-reason" className="mb-1 block text-sm font-medium text-slate-700">
              {dialog?.needsReason ? "Reason (required)" : "Reason (optional)"}
            </label>
            <Textarea id="transition-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} required={dialog?.needsReason} autoFocus />
          </div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setDialog(null)}>Back</Button>
            <Button type="submit" variant={dialog?.action.action === "cancel" ? "danger" : "primary"} disabled={busy}>
              {busy ? "Working…" : dialog?.override ? "Override and go live" : (dialog?.action.label ?? "Confirm")}
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
