"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { bulkApproveAction } from "@/app/(app)/approvals/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import type { BulkOutcome } from "./queue-outcomes";

/** Approves the selected requests one by one on the server; reports each request's outcome. */
export function QueueBulkBar({ ids, onDone, onClear }: {
  ids: string[]; onDone: (outcome: BulkOutcome, failedIds: string[]) => void; onClear: () => void;
}) {
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [pending, start] = useTransition();

  function approve() {
    start(async () => {
      const result = await bulkApproveAction({ requestIds: ids, comment });
      if (!result.ok) return onDone({ error: result.fieldErrors?.requestIds?.[0] ?? result.error }, ids);
      onDone({ result: result.data }, result.data.results.filter((r) => !r.ok).map((r) => r.requestId));
      setComment("");
      router.refresh();
    });
  }

  return (
    <div role="region" aria-label="Approve selected requests" className="mb-3 flex flex-wrap items-end gap-3 rounded-lg bg-brand-50 px-4 py-3 ring-1 ring-brand-200">
      <p className="self-center text-sm font-medium text-slate-900" aria-live="polite">{ids.length} selected</p>
      <div className="min-w-64 flex-1">
        <label htmlFor="queue-bulk-comment" className="mb-1 block text-xs font-medium text-slate-600">Comment for all (optional)</label>
        <Input id="queue-bulk-comment" value={comment} maxLength={5000} onChange={(e) => setComment(e.target.value)} className="h-8 py-1 text-xs"
          onKeyDown={(e) => { if (e.key === "Enter" && !pending) { e.preventDefault(); approve(); } }} />
      </div>
      <Button size="sm" onClick={approve} disabled={pending}>{pending ? "Approving…" : `Approve selected (${ids.length})`}</Button>
      <Button size="sm" variant="ghost" onClick={onClear} disabled={pending}>Clear selection</Button>
    </div>
  );
}
