"use client";

import { useState, useTransition } from "react";
import { addOrganizationHolidayAction, bulkTimeOffAction, bulkWeeklyHoursAction } from "@/app/(app)/team/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, fieldAria, Input } from "@/components/ui/field";
import type { FieldIssues } from "@/lib/core/errors";
import { HoursInputs, stringsToHours } from "./hours-inputs";

type Chosen = { id: string; name: string }[];
type Failure = { error: string; fieldErrors?: FieldIssues };

function Names({ members }: { members: Chosen }) {
  return <p className="mb-3 text-sm text-slate-600">For {members.map((m) => m.name).join(", ")}.</p>;
}

function Footer({ pending, label, onClose }: { pending: boolean; label: string; onClose: () => void }) {
  return (
    <div className="mt-5 flex justify-end gap-2">
      <Button variant="secondary" onClick={onClose}>Cancel</Button>
      <Button type="submit" disabled={pending}>{pending ? "Saving…" : label}</Button>
    </div>
  );
}

export function BulkTimeOffDialog({ open, members, onClose, onDone }: { open: boolean; members: Chosen; onClose: () => void; onDone: (message: string) => void }) {
  const [values, setValues] = useState({ startDate: "", endDate: "", reason: "" });
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, start] = useTransition();
  const errors = failure?.fieldErrors ?? {};
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await bulkTimeOffAction({ userIds: members.map((m) => m.id), ...values });
      if (!r.ok) return setFailure(r);
      setFailure(null);
      setValues({ startDate: "", endDate: "", reason: "" });
      onDone(`Added time off for ${r.data.count} ${r.data.count === 1 ? "member" : "members"}.`);
    });
  };
  return (
    <Dialog open={open} onOpenChange={(o) => !o && onClose()} title="Add time off" description="The same days off for everyone selected. If anyone already has time off then, nothing is saved.">
      <form onSubmit={submit} noValidate>
        <Names members={members} />
        {failure ? <Alert className="mb-3">{failure.error}</Alert> : null}
        <div className="grid grid-cols-2 gap-3">
          <Field id="bulk-start" label="First day off" error={errors.startDate}>
            <Input {...fieldAria("bulk-start", errors.startDate)} type="date" required value={values.startDate} onChange={(e) => setValues({ ...values, startDate: e.target.value })} />
          </Field>
          <Field id="bulk-end" label="Last day off" error={errors.endDate}>
            <Input {...fieldAria("bulk-end", errors.endDate)} type="date" required value={values.endDate} onChange={(e) => setValues({ ...values, endDate: e.target.value })} />
          </Field>
          <Field id="bulk-reason" label="Reason" error={errors.reason} className="col-span-2">
            <Input {...fieldAria("bulk-reason", errors.reason)} value={values.reason} maxLength={200} placeholder="e.g. Team offsite" onChange={(e) => setValues({ ...values, reason: e.target.value })} />
          </Field>
        </div>
        <Footer pending={pending} label="Add time off" onClose={onClose} />
      </form>
    </Dialog>
  );
}

export function BulkWeeklyHoursDialog({ open, members, onClose, onDone }: { open: boolean; members: Chosen; onClose: () => void; onDone: (message: string) => void }) {
  const [hours, setHours] = useState(["8", "8", "8", "8", "8", "0", "0"]);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await bulkWeeklyHoursAction({ userIds: members.map((m) => m.id), weeklyHours: stringsToHours(hours) as never });
      if (!r.ok) return setFailure(r);
      setFailure(null);
      onDone(`Set weekly hours for ${r.data.count} ${r.data.count === 1 ? "member" : "members"}.`);
    });
  };
  return (
    <Dialog open={open} onOpenChange={(o) => !o && onClose()} wide title="Set weekly hours" description="Replaces the weekly hours of everyone selected.">
      <form onSubmit={submit} noValidate>
        <Names members={members} />
        {failure ? <Alert className="mb-3">{failure.error}</Alert> : null}
        <HoursInputs idPrefix="bulk-hours" values={hours} onChange={setHours} errors={failure?.fieldErrors} />
        <Footer pending={pending} label="Set hours" onClose={onClose} />
      </form>
    </Dialog>
  );
}

export function HolidayButton() {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ date: "", name: "" });
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const errors = failure?.fieldErrors ?? {};
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await addOrganizationHolidayAction(values);
      if (!r.ok) return setFailure(r);
      setFailure(null);
      setDone(`${values.name} (${values.date}) is now a holiday for all ${r.data.members} members.`);
      setValues({ date: "", name: "" });
    });
  };
  return (
    <>
      <Button variant="secondary" onClick={() => { setDone(null); setOpen(true); }}>Add organisation holiday</Button>
      <Dialog open={open} onOpenChange={setOpen} title="Add organisation holiday" description="A day nobody works: capacity and schedules of the whole team skip it.">
        {done ? (
          <>
            <Alert tone="success">{done}</Alert>
            <div className="mt-5 flex justify-end"><Button onClick={() => setOpen(false)}>Close</Button></div>
          </>
        ) : (
          <form onSubmit={submit} noValidate>
            {failure && !Object.keys(errors).length ? <Alert className="mb-3">{failure.error}</Alert> : null}
            <div className="space-y-3">
              <Field id="holiday-date" label="Date" error={errors.date}>
                <Input {...fieldAria("holiday-date", errors.date)} type="date" required value={values.date} onChange={(e) => setValues({ ...values, date: e.target.value })} />
              </Field>
              <Field id="holiday-name" label="Name" error={errors.name}>
                <Input {...fieldAria("holiday-name", errors.name)} required maxLength={100} placeholder="e.g. New Year's Day" value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} />
              </Field>
            </div>
            <Footer pending={pending} label="Add holiday" onClose={() => setOpen(false)} />
          </form>
        )}
      </Dialog>
    </>
  );
}
