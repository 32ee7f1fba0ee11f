"use client";

import { useState, useTransition } from "react";
import { setRemainingEstimateAction } from "@/app/(app)/tasks/[id]/time-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

/** The assignee's own estimate of the work left; clearing it goes back to estimate minus logged. */
export function RemainingEstimateForm({ taskId, override }: { taskId: string; override: number | null }) {
  const [value, setValue] = useState(override === null ? "" : String(override));
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function save(remainingHours: number | null) {
    setError(null);
    start(async () => {
      const result = await setRemainingEstimateAction({ taskId, remainingHours });
      if (!result.ok) setError(result.error);
      else setValue(result.data.remainingHours === null ? "" : String(result.data.remainingHours));
    });
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const h = Number(value.replace(",", "."));
    if (value.trim() === "") return save(null);
    if (Number.isNaN(h) || h < 0) return setError("Enter the hours left, 0 or more.");
    save(h);
  }

  return (
    <form onSubmit={submit} className="space-y-2" aria-label="Remaining estimate">
      <label htmlFor="remaining-hours" className="block text-xs font-medium text-slate-500">Your remaining estimate (hours)</label>
      <div className="flex items-center gap-2">
        <Input id="remaining-hours" type="number" min="0" step="0.5" className="w-24" placeholder="auto" value={value} onChange={(e) => setValue(e.target.value)} />
        <Button type="submit" size="sm" variant="secondary" disabled={pending}>Save</Button>
        {override !== null ? <Button size="sm" variant="ghost" disabled={pending} onClick={() => save(null)}>Use estimate − logged</Button> : null}
      </div>
      {error ? <Alert>{error}</Alert> : null}
    </form>
  );
}
