"use client";

import { useState, useTransition } from "react";
import { bulkUpdateTasksAction } from "@/app/(app)/tasks/actions";
import { AutoAssignDialog } from "@/components/assignment/auto-assign-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { taskStatuses } from "@/db/schema/values";
import type { BulkItemResult } from "@/lib/tasks/bulk";
import { taskStatusLabels } from "@/lib/tasks/rules";

type Option = { id: string; name: string };

/** What a bulk change did, item by item: "8 updated, 2 failed: …". */
export type BulkOutcome = { message: string; failures: BulkItemResult[] } | { error: string };

export function TaskBulkBar({ ids, members, onDone, onClear }: {
  ids: string[]; members: Option[]; onDone: (outcome: BulkOutcome, failedIds: string[]) => void; onClear: () => void;
}) {
  const [status, setStatus] = useState("");
  const [assignee, setAssignee] = useState("");
  const [pending, start] = useTransition();
  const nothing = !status && !assignee;

  function apply() {
    start(async () => {
      const result = await bulkUpdateTasksAction({
        ids,
        ...(status ? { status: status as (typeof taskStatuses)[number] } : {}),
        ...(assignee ? { assigneeId: assignee === "none" ? null : assignee } : {}),
      });
      if (!result.ok) return onDone({ error: result.error }, ids);
      const failures = result.data.results.filter((r) => !r.ok);
      onDone({ message: result.data.summary.message, failures }, failures.map((f) => f.id));
      setStatus("");
      setAssignee("");
    });
  }

  return (
    <div role="region" aria-label="Bulk edit" className="mb-3 flex flex-wrap items-end gap-3 rounded-lg bg-brand-50 px-4 py-3 ring-1 ring-brand-200">
      <p className="self-center text-sm font-medium text-slate-900">{ids.length} selected</p>
      <div>
        <label htmlFor="bulk-status" className="mb-1 block text-xs font-medium text-slate-600">Change status</label>
        <Select id="bulk-status" value={status} onChange={(e) => setStatus(e.target.value)} className="h-8 py-1 text-xs">
          <option value="">Keep status</option>
          {taskStatuses.map((s) => <option key={s} value={s}>{taskStatusLabels[s]}</option>)}
        </Select>
      </div>
      <div>
        <label htmlFor="bulk-assignee" className="mb-1 block text-xs font-medium text-slate-600">Change assignee</label>
        <Select id="bulk-assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)} className="h-8 py-1 text-xs">
          <option value="">Keep assignee</option>
          <option value="none">Unassign</option>
          {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </Select>
      </div>
      <Button size="sm" onClick={apply} disabled={pending || nothing}>{pending ? "Applying…" : `Apply to ${ids.length}`}</Button>
      <AutoAssignDialog scope={{ taskIds: ids }} label="Auto-assign selected" size="sm" onApplied={onClear} />
      <Button size="sm" variant="ghost" onClick={onClear}>Clear selection</Button>
    </div>
  );
}

export function BulkOutcomeAlert({ outcome, onDismiss }: { outcome: BulkOutcome; onDismiss: () => void }) {
  const failed = "error" in outcome || outcome.failures.length > 0;
  return (
    <Alert tone={failed ? "warning" : "success"} className="mb-3">
      <div className="flex items-start justify-between gap-4">
        <div>
          {"error" in outcome ? <p>{outcome.error}</p> : (
            <>
              <p className="font-medium">{outcome.message}{outcome.failures.length ? ":" : "."}</p>
              {outcome.failures.length ? (
                <ul className="mt-1 list-disc space-y-0.5 pl-5">
                  {outcome.failures.map((f) => <li key={f.id}><span className="font-medium">{f.title}</span> — {f.error}</li>)}
                </ul>
              ) : null}
            </>
          )}
        </div>
        <button type="button" onClick={onDismiss} className="text-xs font-medium underline">Dismiss</button>
      </div>
    </Alert>
  );
}
