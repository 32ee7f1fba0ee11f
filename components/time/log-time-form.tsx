"use client";

import { useState, useTransition } from "react";
import { logTimeAction } from "@/app/(app)/tasks/[id]/time-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria, Input } from "@/components/ui/field";
import type { FieldIssues } from "@/lib/core/errors";
import { formatDay } from "@/lib/core/format";
import { formatHours } from "@/lib/time/rules";

/** A manual entry: the day, hours and an optional note. Keeps what was typed when the server refuses it. */
export function LogTimeForm({ taskId, today }: { taskId: string; today: string }) {
  const [workDate, setWorkDate] = useState(today);
  const [hours, setHours] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldIssues>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setSaved(null);
    const h = Number(hours.replace(",", "."));
    if (!hours.trim() || Number.isNaN(h)) return setErrors({ hours: ["Enter the hours worked, e.g. 1.5"] });
    start(async () => {
      const result = await logTimeAction({ taskId, workDate, hours: h, note });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        return setError(result.fieldErrors && Object.keys(result.fieldErrors).length ? null : result.error);
      }
      setErrors({});
      setHours("");
      setNote("");
      setSaved(`Logged ${formatHours(result.data.hours ?? 0)} for ${formatDay(result.data.workDate)}.`);
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Log time" className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[10rem_6rem_1fr]">
        <Field id="time-date" label="Date" error={errors.workDate}>
          <Input type="date" max={today} value={workDate} onChange={(e) => setWorkDate(e.target.value)} invalid={Boolean(errors.workDate)} {...fieldAria("time-date", errors.workDate)} />
        </Field>
        <Field id="time-hours" label="Hours" error={errors.hours}>
          <Input type="number" inputMode="decimal" min="0.01" max="24" step="0.25" placeholder="1.5" value={hours} onChange={(e) => setHours(e.target.value)} invalid={Boolean(errors.hours)} {...fieldAria("time-hours", errors.hours)} />
        </Field>
        <Field id="time-note" label="Note" error={errors.note}>
          <Input value={note} maxLength={1000} placeholder="What you worked on (optional)" onChange={(e) => setNote(e.target.value)} invalid={Boolean(errors.note)} {...fieldAria("time-note", errors.note)} />
        </Field>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={pending}>{pending ? "Logging…" : "Log time"}</Button>
        {saved ? <p role="status" className="text-sm text-green-700">{saved}</p> : null}
      </div>
      {error ? <Alert>{error}</Alert> : null}
    </form>
  );
}
