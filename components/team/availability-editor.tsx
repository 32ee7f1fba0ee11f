"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setAvailabilityAction } from "@/app/(app)/team/[id]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { FieldIssues } from "@/lib/core/errors";
import { HoursInputs, hoursToStrings, stringsToHours } from "./hours-inputs";
import { weekdayShort } from "./labels";

type Status = { tone: "success" | "error" | "warning"; message: string; fieldErrors?: FieldIssues } | null;

/** Hours per weekday, saved with the version it was read at: a stale save is refused, not merged. */
export function AvailabilityEditor({ userId, weeklyHours, version, canEdit }: { userId: string; weeklyHours: number[]; version: number; canEdit: boolean }) {
  const router = useRouter();
  const [values, setValues] = useState(hoursToStrings(weeklyHours));
  const [current, setCurrent] = useState(version);
  const [status, setStatus] = useState<Status>(null);
  const [pending, start] = useTransition();
  const total = weeklyHours.reduce((s, h) => s + h, 0);

  if (!canEdit) {
    return (
      <Card title="Weekly availability">
        <dl className="grid grid-cols-7 gap-2 text-center">
          {weekdayShort.map((d, i) => (
            <div key={d} className="rounded-md bg-slate-50 py-2 ring-1 ring-slate-200">
              <dt className="text-xs text-slate-500">{d}</dt>
              <dd className="text-sm font-semibold text-slate-900 tabular-nums">{weeklyHours[i]} h</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-sm text-slate-600">Total per week: <span className="font-semibold text-slate-900">{total} h</span></p>
      </Card>
    );
  }

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await setAvailabilityAction({ userId, weeklyHours: stringsToHours(values) as never, version: current });
      if (r.ok) {
        setCurrent(r.data.version);
        setStatus({ tone: "success", message: "Weekly hours saved." });
        router.refresh();
      } else if (r.kind === "conflict") {
        setStatus({ tone: "warning", message: `${r.error}` });
      } else {
        setStatus({ tone: "error", message: r.error, fieldErrors: r.fieldErrors });
      }
    });
  };

  return (
    <Card title="Weekly availability">
      <form onSubmit={save} noValidate aria-label="Weekly availability">
        <HoursInputs idPrefix="hours" values={values} onChange={(v) => { setValues(v); setStatus(null); }} errors={status?.fieldErrors} />
        {status ? (
          <Alert tone={status.tone} className="mt-3">
            {status.message}
            {status.tone === "warning" ? <> <button type="button" className="font-medium underline" onClick={() => window.location.reload()}>Reload</button></> : null}
          </Alert>
        ) : null}
        <div className="mt-3 flex items-center justify-end gap-2">
          <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save hours"}</Button>
        </div>
      </form>
    </Card>
  );
}
