"use client";

import { useState, useTransition } from "react";
import { addTimeOffAction, removeTimeOffAction } from "@/app/(app)/team/[id]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, fieldAria, Input } from "@/components/ui/field";
import type { FieldIssues } from "@/lib/core/errors";
import type { TimeOffView } from "@/lib/team/service";
import { formatRangeDays } from "./labels";

const days = (r: TimeOffView) => Math.round((Date.parse(r.endDate) - Date.parse(r.startDate)) / 86_400_000) + 1;

function RangeList({ label, ranges, canEdit, onRemove, busy }: { label: string; ranges: TimeOffView[]; canEdit: boolean; onRemove: (r: TimeOffView) => void; busy: string | null }) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-100">
      {ranges.map((r) => (
        <li key={r.id} className="flex items-center justify-between gap-3 py-2">
          <div>
            <p className="text-sm font-medium text-slate-900">{formatRangeDays(r)}</p>
            <p className="text-xs text-slate-500">{days(r)} {days(r) === 1 ? "day" : "days"}{r.reason ? ` · ${r.reason}` : ""}</p>
          </div>
          {canEdit ? (
            <Button size="sm" variant="ghost" disabled={busy === r.id} onClick={() => onRemove(r)} aria-label={`Remove time off ${formatRangeDays(r)}`}>
              {busy === r.id ? "Removing…" : "Remove"}
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function TimeOffCard({ userId, upcoming, recent, canEdit }: { userId: string; upcoming: TimeOffView[]; recent: TimeOffView[]; canEdit: boolean }) {
  const [values, setValues] = useState({ startDate: "", endDate: "", reason: "" });
  const [failure, setFailure] = useState<{ error: string; fieldErrors?: FieldIssues } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const errors = failure?.fieldErrors ?? {};

  const add = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await addTimeOffAction({ userId, ...values });
      if (!r.ok) return setFailure(r);
      setFailure(null);
      setValues({ startDate: "", endDate: "", reason: "" });
    });
  };
  const remove = (range: TimeOffView) => {
    setBusy(range.id);
    start(async () => {
      const r = await removeTimeOffAction(range.id);
      setBusy(null);
      setFailure(r.ok ? null : r);
    });
  };

  return (
    <Card title="Time off">
      {upcoming.length ? (
        <RangeList label="Upcoming time off" ranges={upcoming} canEdit={canEdit} onRemove={remove} busy={busy} />
      ) : (
        <p className="text-sm text-slate-500">No time off planned.</p>
      )}
      {recent.length ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm text-slate-600">Recent ({recent.length})</summary>
          <RangeList label="Recent time off" ranges={recent} canEdit={canEdit} onRemove={remove} busy={busy} />
        </details>
      ) : null}
      {failure && !Object.keys(errors).length && !canEdit ? <Alert className="mt-3">{failure.error}</Alert> : null}
      {canEdit ? (
        <form onSubmit={add} noValidate aria-label="Add time off" className="mt-4 border-t border-slate-100 pt-4">
          <h3 className="mb-2 text-sm font-semibold text-slate-900">Add time off</h3>
          {failure && !Object.keys(errors).length ? <Alert className="mb-3">{failure.error}</Alert> : null}
          <div className="grid gap-3">
            <Field id="off-start" label="First day off" error={errors.startDate}>
              <Input {...fieldAria("off-start", errors.startDate)} type="date" required value={values.startDate} onChange={(e) => setValues({ ...values, startDate: e.target.value })} />
            </Field>
            <Field id="off-end" label="Last day off" error={errors.endDate}>
              <Input {...fieldAria("off-end", errors.endDate)} type="date" required value={values.endDate} min={values.startDate || undefined} onChange={(e) => setValues({ ...values, endDate: e.target.value })} />
            </Field>
            <Field id="off-reason" label="Reason" error={errors.reason} className="col-span-2">
              <Input {...fieldAria("off-reason", errors.reason)} maxLength={200} placeholder="e.g. Vacation" value={values.reason} onChange={(e) => setValues({ ...values, reason: e.target.value })} />
            </Field>
          </div>
          <div className="mt-3 flex justify-end">
            <Button type="submit" disabled={pending}>{pending && !busy ? "Adding…" : "Add time off"}</Button>
          </div>
        </form>
      ) : null}
    </Card>
  );
}
