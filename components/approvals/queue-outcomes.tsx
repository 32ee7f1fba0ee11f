"use client";

import { useEffect, useRef } from "react";
import { CheckCircle2, XCircle } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { stageLabels } from "@/lib/approvals/labels";
import type { BulkApproveResult } from "@/lib/approvals/types";

/** "3 approved, 1 failed"; a side with nothing in it is left out ("2 approved"). */
export function bulkSummary(result: Pick<BulkApproveResult, "approved" | "failed">) {
  const parts = [];
  if (result.approved > 0 || result.failed === 0) parts.push(`${result.approved} approved`);
  if (result.failed > 0) parts.push(`${result.failed} failed`);
  return parts.join(", ");
}

/** What a bulk approval did: the result item by item, or why the whole call was refused. */
export type BulkOutcome = { result: BulkApproveResult } | { error: string };

function useFocusOnShow<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  // the rows a person acted on may vanish on refresh; focus moves to the news instead of the page top
  useEffect(() => { ref.current?.focus(); }, [key]);
  return ref;
}

function Dismiss({ onDismiss, label }: { onDismiss: () => void; label: string }) {
  return <button type="button" onClick={onDismiss} className="shrink-0 text-xs font-medium underline" aria-label={label}>Dismiss</button>;
}

/** Stays on screen until dismissed, so a person can work through the failures. */
export function QueueBulkOutcome({ outcome, onDismiss }: { outcome: BulkOutcome; onDismiss: () => void }) {
  const ref = useFocusOnShow<HTMLDivElement>(outcome);
  const failed = "error" in outcome || outcome.result.failed > 0;
  return (
    <div ref={ref} tabIndex={-1} className="mb-3 rounded-md outline-offset-2">
      <Alert tone={"error" in outcome ? "error" : failed ? "warning" : "success"}>
        <div className="flex items-start justify-between gap-4">
          {"error" in outcome ? <p>{outcome.error}</p> : (
            <div className="min-w-0">
              <p className="font-medium">{bulkSummary(outcome.result)}</p>
              <ul className="mt-1.5 space-y-1">
                {outcome.result.results.map((r) => (
                  <li key={r.requestId} className="flex items-start gap-1.5">
                    {r.ok
                      ? <CheckCircle2 className="mt-0.5 size-4 shrink-0 text-green-700" aria-hidden />
                      : <XCircle className="mt-0.5 size-4 shrink-0 text-red-700" aria-hidden />}
                    <span>
                      <span className="sr-only">{r.ok ? "Approved: " : "Failed: "}</span>
                      <span className="font-medium">{r.campaignName ?? "Unknown request"}</span>
                      {r.stage ? <> · {stageLabels[r.stage]}</> : null} — {r.message}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Dismiss onDismiss={onDismiss} label="Dismiss the bulk approval results" />
        </div>
      </Alert>
    </div>
  );
}

/** The one-sentence outcome of each decision made on this page, newest first. */
export function QueueDecisionNotices({ messages, onDismiss }: { messages: { id: string; message: string }[]; onDismiss: () => void }) {
  const ref = useFocusOnShow<HTMLDivElement>(messages[0]?.id);
  return (
    <div ref={ref} tabIndex={-1} className="mb-3 rounded-md outline-offset-2">
      <Alert tone="success">
        <div className="flex items-start justify-between gap-4">
          {messages.length === 1 ? <p>{messages[0]!.message}</p> : (
            <ul className="list-disc space-y-0.5 pl-5">{messages.map((m) => <li key={m.id}>{m.message}</li>)}</ul>
          )}
          <Dismiss onDismiss={onDismiss} label="Dismiss the decision messages" />
        </div>
      </Alert>
    </div>
  );
}
