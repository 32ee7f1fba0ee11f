"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Sparkles } from "lucide-react";
import { assignSuggestedAction, suggestAssigneeAction } from "@/app/(app)/tasks/assign-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AssigneeSuggestion } from "@/lib/assignment/service";
import { ReasonList } from "./reason-list";

type Candidate = NonNullable<AssigneeSuggestion["best"]>;

/** "Suggest assignee": the best candidate and the runner-up with their reasons, each one click from assigned. */
export function SuggestAssignee({ taskId }: { taskId: string }) {
  const router = useRouter();
  const [suggestion, setSuggestion] = useState<AssigneeSuggestion | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function ask() {
    setError(null);
    setDone(null);
    start(async () => {
      const r = await suggestAssigneeAction(taskId);
      if (r.ok) setSuggestion(r.data);
      else setError(r.error);
    });
  }

  function assign(c: Candidate) {
    if (!suggestion) return;
    setError(null);
    start(async () => {
      const r = await assignSuggestedAction({ id: taskId, version: suggestion.task.version, assigneeId: c.memberId });
      if (!r.ok) return setError(r.error);
      setDone(`Assigned to ${c.name}.`);
      setSuggestion(null);
      router.refresh();
    });
  }

  const current = suggestion?.task.assigneeId;
  const option = (c: Candidate, label: string) => (
    <div className="rounded-md p-3 ring-1 ring-slate-200" aria-label={`${label}: ${c.name}`} role="group">
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</p>
      <p className="mt-0.5 text-sm font-semibold text-slate-900">{c.name}</p>
      <ReasonList reasons={c.reasons} className="mt-2" />
      {current === c.memberId ? (
        <p className="mt-3 text-xs font-medium text-green-700">Already assigned</p>
      ) : suggestion?.canApply ? (
        <Button size="sm" variant={label === "Best" ? "primary" : "secondary"} className="mt-3" onClick={() => assign(c)} disabled={pending}>
          Assign {c.name}
        </Button>
      ) : null}
    </div>
  );

  return (
    <div className="space-y-3">
      <Button variant="secondary" size="sm" onClick={ask} disabled={pending}>
        <Sparkles className="size-4" aria-hidden /> {pending && !suggestion ? "Thinking…" : suggestion ? "Suggest again" : "Suggest assignee"}
      </Button>
      {error ? <Alert>{error}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      {suggestion ? (
        <div className="space-y-3" aria-label="Suggested assignees">
          {suggestion.best ? option(suggestion.best, "Best") : <Alert tone="warning">{suggestion.why}</Alert>}
          {suggestion.runnerUp ? option(suggestion.runnerUp, "Runner-up") : null}
          {suggestion.best ? (
            <p className="text-xs text-slate-500">
              {suggestion.consideredCount} considered{suggestion.excluded.length ? `, ${suggestion.excluded.length} away or without hours in the window` : ""}.
              {suggestion.canApply ? "" : " You can see suggestions but not assign this task."}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
