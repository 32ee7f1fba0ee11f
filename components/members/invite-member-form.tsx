"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, fieldAria } from "@/components/ui/field";
import { SecretBox, SecretValue } from "@/components/settings/secret-box";
import { approverStages, roles, type Role } from "@/db/schema/values";
import type { FieldIssues } from "@/lib/core/errors";
import { formatDateTime } from "@/lib/core/format";
import { inviteMemberInput } from "@/lib/members/schemas";
import { inviteMemberAction, type InviteState } from "@/app/(app)/settings/members/actions";
import { emptyInviteForm, inviteFormValues, inviteInputFromForm } from "@/app/(app)/settings/members/invite-form";
import { roleHints, roleLabels, stageLabels } from "./labels";

// lives inside the keyed form, so its hint resets with the form
function RoleField({ initial, error }: { initial: string; error?: string[] }) {
  const [role, setRole] = useState(initial);
  return (
    <Field id="role" label="Role" error={error} hint={roleHints[role as Role]}>
      <Select {...fieldAria("role", error)} value={role} onChange={(e) => setRole(e.target.value)} invalid={Boolean(error)}>
        {roles.map((r) => <option key={r} value={r}>{roleLabels[r]}</option>)}
      </Select>
    </Field>
  );
}

export function InviteMemberForm() {
  const [state, formAction, pending] = useActionState<InviteState, FormData>(inviteMemberAction, { seq: 0 });
  const [clientErrors, setClientErrors] = useState<FieldIssues | null>(null);
  const [dismissed, setDismissed] = useState(0);
  const values = state.values ?? emptyInviteForm;
  const errors = clientErrors ?? state.errors ?? {};
  const message = clientErrors ? null : state.message;
  const stagesError = errors.approverStages ?? Object.entries(errors).find(([k]) => k.startsWith("approverStages."))?.[1];

  // The same schema as the service: mistakes are caught before the round trip, and again on the server.
  function validate(e: React.FormEvent<HTMLFormElement>) {
    const parsed = inviteMemberInput.safeParse(inviteInputFromForm(inviteFormValues(new FormData(e.currentTarget))));
    if (parsed.success) return setClientErrors(null);
    e.preventDefault();
    const issues: FieldIssues = {};
    for (const issue of parsed.error.issues) (issues[issue.path.join(".") || "_"] ??= []).push(issue.message);
    setClientErrors(issues);
  }

  const invited = state.invited && dismissed !== state.seq ? state.invited : null;

  return (
    <div className="space-y-5">
      {invited ? (
        <SecretBox title={`Invitation for ${invited.name}`} onDismiss={() => setDismissed(state.seq)}>
          <p>
            Email is not configured: send this link to the person yourself. It works once and expires in 7 days
            ({formatDateTime(invited.expiresAt)}).
          </p>
          <SecretValue id="invitation-link" label={`Invitation link for ${invited.email}`} value={invited.link} what="invitation link" autoFocus wrap />
        </SecretBox>
      ) : null}
      <form key={state.seq} action={formAction} onSubmit={validate} noValidate className="space-y-4">
        {message ? <Alert>{Object.keys(errors).length > 0 ? "Please fix the highlighted fields." : message}</Alert> : null}
        <Field id="email" label="Email" error={errors.email}>
          <Input {...fieldAria("email", errors.email)} type="email" autoComplete="off" defaultValue={values.email} invalid={Boolean(errors.email)} />
        </Field>
        <Field id="name" label="Name" error={errors.name}>
          <Input {...fieldAria("name", errors.name)} autoComplete="off" defaultValue={values.name} invalid={Boolean(errors.name)} maxLength={100} />
        </Field>
        <RoleField initial={values.role} error={errors.role} />
        <fieldset aria-describedby={stagesError ? "approverStages-error" : "approverStages-hint"}>
          <legend className="text-sm font-medium text-slate-700">Approver stages</legend>
          <div className="mt-2 grid grid-cols-2 gap-2">
            {approverStages.map((s) => (
              <label key={s} className="flex items-center gap-2 text-sm text-slate-700">
                <input type="checkbox" name="approverStages" value={s} defaultChecked={values.approverStages.includes(s)}
                  className="size-4 rounded border-slate-300 text-brand-600" />
                {stageLabels[s]}
              </label>
            ))}
          </div>
          {stagesError ? (
            <p id="approverStages-error" role="alert" className="mt-1 text-sm text-red-600">{stagesError[0]}</p>
          ) : (
            <p id="approverStages-hint" className="mt-1 text-xs text-slate-500">The review stages this person can approve. Leave empty if none.</p>
          )}
        </fieldset>
        <Button type="submit" disabled={pending}>{pending ? "Creating invitation…" : "Create invitation link"}</Button>
      </form>
    </div>
  );
}
