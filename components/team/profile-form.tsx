"use client";

import { useState, useTransition } from "react";
import { setProfileAction } from "@/app/(app)/team/[id]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, fieldAria, Input, Select } from "@/components/ui/field";
import type { FieldIssues } from "@/lib/core/errors";

/** Title and timezone; the timezone decides which day is "today" for the member's capacity. */
export function ProfileForm({ userId, title, timezone, timezones, canEdit }: { userId: string; title: string | null; timezone: string; timezones: string[]; canEdit: boolean }) {
  const [values, setValues] = useState({ title: title ?? "", timezone });
  const [status, setStatus] = useState<{ ok: boolean; message: string; fieldErrors?: FieldIssues } | null>(null);
  const [pending, start] = useTransition();
  const errors = status?.fieldErrors ?? {};

  if (!canEdit) {
    return (
      <Card title="Profile">
        <dl className="grid grid-cols-2 gap-3 text-sm">
          <div><dt className="text-slate-500">Title</dt><dd className="font-medium text-slate-900">{title ?? "—"}</dd></div>
          <div><dt className="text-slate-500">Timezone</dt><dd className="font-medium text-slate-900">{timezone}</dd></div>
        </dl>
      </Card>
    );
  }

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await setProfileAction({ userId, title: values.title.trim() || null, timezone: values.timezone });
      setStatus(r.ok ? { ok: true, message: "Profile saved." } : { ok: false, message: r.error, fieldErrors: r.fieldErrors });
    });
  };
  return (
    <Card title="Profile">
      <form onSubmit={save} noValidate aria-label="Profile" className="space-y-3">
        <Field id="profile-title" label="Title" error={errors.title}>
          <Input {...fieldAria("profile-title", errors.title)} maxLength={100} value={values.title} onChange={(e) => setValues({ ...values, title: e.target.value })} />
        </Field>
        <Field id="profile-timezone" label="Timezone" error={errors.timezone} hint="Capacity counts days in this timezone.">
          <Select {...fieldAria("profile-timezone", errors.timezone)} value={values.timezone} onChange={(e) => setValues({ ...values, timezone: e.target.value })}>
            {timezones.map((tz) => <option key={tz} value={tz}>{tz.replace(/_/g, " ")}</option>)}
          </Select>
        </Field>
        {status && (status.ok || !Object.keys(errors).length) ? <Alert tone={status.ok ? "success" : "error"}>{status.message}</Alert> : null}
        <div className="flex justify-end"><Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save profile"}</Button></div>
      </form>
    </Card>
  );
}
