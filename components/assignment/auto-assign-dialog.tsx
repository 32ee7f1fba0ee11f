"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Wand2 } from "lucide-react";
import { applyAutoAssignAction, previewAutoAssignAction, type AutoAssignScope } from "@/app/(app)/tasks/assign-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { AutoAssignResult } from "@/lib/assignment/service";
import { formatDay } from "@/lib/core/format";
import { ReasonList } from "./reason-list";

/** "Auto-assign" (a campaign, or the selected tasks): a preview of every proposed assignment with its reasons, applied in one go. */
export function AutoAssignDialog({ scope, label = "Auto-assign", size, onApplied }: {
  scope: AutoAssignScope; label?: string; size?: "sm"; onApplied?: () => void;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [plan, setPlan] = useState<AutoAssignResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function preview() {
    setError(null);
    setPlan(null);
    start(async () => {
      const r = await previewAutoAssignAction(scope);
      if (r.ok) setPlan(r.data);
      else setError(r.error);
    });
  }

  function apply() {
    if (!plan) return;
    setError(null);
    start(async () => {
      const r = await applyAutoAssignAction(scope, plan.planId);
      if (!r.ok) return setError(r.error);
      setPlan(r.data);
      router.refresh();
    });
  }

  const n = plan?.proposals.length ?? 0;
  // tell the caller only once the person has seen the outcome: a bulk bar unmounts on it
  function setOpenAndReport(next: boolean) {
    setOpen(next);
    if (!next && plan?.applied) onApplied?.();
  }
  return (
    <>
      <Button variant="secondary" size={size} onClick={() => { setOpen(true); preview(); }}>
        <Wand2 className="size-4" aria-hidden /> {label}
      </Button>
      <Dialog open={open} onOpenChange={setOpenAndReport} wide title="Auto-assign tasks"
        description={"taskIds" in scope
          ? "The selected open, unassigned tasks by due date and priority, each to the best available person, with workloads updated as it goes."
          : "Open, unassigned tasks by due date and priority, each to the best available person, with workloads updated as it goes."}>
        {error ? (
          <Alert className="mb-4">
            {error}{" "}
            <button type="button" className="font-medium underline" onClick={preview}>Preview again</button>
          </Alert>
        ) : null}
        {pending && !plan ? <p className="py-6 text-center text-sm text-slate-500" role="status">Working out the plan…</p> : null}
        {plan?.applied ? <Alert tone="success" className="mb-4">{plan.summary}</Alert> : null}
        {plan && !plan.applied && n === 0 && plan.unassignable.length === 0 ? (
          <p className="py-6 text-center text-sm text-slate-500">Every open task already has an assignee.</p>
        ) : null}
        {plan && !plan.applied && n > 0 ? <p className="mb-2 text-sm text-slate-700">{plan.summary} Nothing changes until you apply.</p> : null}
        {plan && n > 0 ? (
          <div className="max-h-[55vh] overflow-y-auto rounded-md ring-1 ring-slate-200">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{plan.applied ? "Assignments made" : "Proposed assignments"}</caption>
              <thead className="sticky top-0 bg-slate-50 text-xs text-slate-500">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">Task</th>
                  <th scope="col" className="px-3 py-2 font-medium">{plan.applied ? "Assigned to" : "Proposed"}</th>
                  <th scope="col" className="px-3 py-2 font-medium">Runner-up</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {plan.proposals.map((p) => (
                  <tr key={p.taskId}>
                    <td className="px-3 py-2 font-medium text-slate-900">
                      {p.title}
                      <span className="block text-xs font-normal text-slate-500">{p.dueDate ? `Due ${formatDay(p.dueDate)}` : "No due date"}</span>
                    </td>
                    <td className="px-3 py-2">
                      <span className="font-medium text-slate-900">{p.member.name}</span>
                      <ReasonList reasons={p.reasons} className="mt-1" />
                    </td>
                    <td className="px-3 py-2 text-slate-700">{p.runnerUp?.name ?? <span className="text-slate-400">None</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {plan && plan.unassignable.length ? (
          <div className="mt-4">
            <h3 className="text-sm font-semibold text-slate-900">Cannot be assigned ({plan.unassignable.length})</h3>
            <ul className="mt-1 space-y-1 text-sm text-slate-700">
              {plan.unassignable.map((u) => (
                <li key={u.taskId}><span className="font-medium">{u.title}</span>: {u.why}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpenAndReport(false)}>{plan?.applied ? "Close" : "Cancel"}</Button>
          {plan && !plan.applied && n > 0 ? (
            <Button onClick={apply} disabled={pending}>{pending ? "Assigning…" : `Apply ${n} assignment${n === 1 ? "" : "s"}`}</Button>
          ) : null}
        </div>
      </Dialog>
    </>
  );
}
