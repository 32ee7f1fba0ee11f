"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input, Select, fieldAria } from "@/components/ui/field";
import { tokenScopes } from "@/db/schema/values";
import { createApiTokenInput } from "@/lib/api-tokens/schemas";
import type { FieldIssues } from "@/lib/core/errors";
import { createTokenAction, type CreateTokenState } from "@/app/(app)/settings/tokens/actions";
import { emptyTokenForm, expiryOptions, tokenFormValues, tokenInputFromForm } from "@/app/(app)/settings/tokens/token-form";
import { claudeCommand } from "./claude-command";
import { CodeSnippet } from "./code-snippet";
import { SecretBox, SecretValue } from "./secret-box";
import { scopeDescriptions, scopeLabels } from "./token-scope";

/** The new-token form, and the new token itself, shown once above the form. */
export function TokenCreateForm({ origin, guide }: { origin: string; guide: React.ReactNode }) {
  const [state, formAction, pending] = useActionState<CreateTokenState, FormData>(createTokenAction, { seq: 0 });
  const [clientErrors, setClientErrors] = useState<FieldIssues | null>(null);
  const [dismissed, setDismissed] = useState(0);
  const values = state.values ?? emptyTokenForm;
  const errors = clientErrors ?? state.errors ?? {};
  const message = clientErrors ? null : state.message;
  const fieldMessage = message && Object.keys(errors).length > 0 ? "Please fix the highlighted fields." : message;

  // The same schema as the service: mistakes are caught before the round trip, and again on the server.
  function validate(e: React.FormEvent<HTMLFormElement>) {
    const parsed = createApiTokenInput.safeParse(tokenInputFromForm(tokenFormValues(new FormData(e.currentTarget))));
    if (parsed.success) return setClientErrors(null);
    e.preventDefault();
    const issues: FieldIssues = {};
    for (const issue of parsed.error.issues) (issues[issue.path.join(".") || "_"] ??= []).push(issue.message);
    setClientErrors(issues);
  }

  const created = state.created && dismissed !== state.seq ? state.created : null;

  return (
    <div className="space-y-6">
      {created ? (
        <SecretBox title={`Your new token "${created.name}"`} onDismiss={() => setDismissed(state.seq)}>
          <p className="font-medium">Copy it now: it won&apos;t be shown again. If you lose it, revoke it and create a new one.</p>
          <SecretValue id="new-token" label={`${scopeLabels[created.scope]} token`} value={created.secret} what="token" autoFocus />
          <CodeSnippet label="Claude Code command with this token" code={claudeCommand(origin, created.secret)} what="Claude Code command with this token" />
        </SecretBox>
      ) : null}

      <div className="grid items-start gap-6 lg:grid-cols-5">
        <Card title="Create a token" className="lg:col-span-2">
          <form key={state.seq} action={formAction} onSubmit={validate} noValidate className="space-y-5">
            {fieldMessage ? <Alert>{fieldMessage}</Alert> : null}
            <Field id="name" label="Name" error={errors.name} hint="Where you will use it, e.g. “Claude Desktop”">
              <Input {...fieldAria("name", errors.name)} defaultValue={values.name} invalid={Boolean(errors.name)} maxLength={100} autoComplete="off" />
            </Field>
            <fieldset aria-describedby={errors.scope ? "scope-error" : undefined}>
              <legend className="mb-2 text-sm font-medium text-slate-700">Scope</legend>
              <div className="space-y-2">
                {tokenScopes.map((s) => (
                  <label key={s} className="flex cursor-pointer gap-3 rounded-md p-3 ring-1 ring-slate-200 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-500">
                    <input type="radio" name="scope" value={s} defaultChecked={values.scope === s} aria-describedby={`scope-${s}-hint`}
                      className="mt-0.5 size-4 border-slate-300 text-brand-600" />
                    <span>
                      <span className="block text-sm font-medium text-slate-900">{scopeLabels[s]}</span>
                      <span id={`scope-${s}-hint`} className="block text-xs text-slate-600">{scopeDescriptions[s]}</span>
                    </span>
                  </label>
                ))}
              </div>
              {errors.scope ? <p id="scope-error" role="alert" className="mt-1 text-sm text-red-600">{errors.scope[0]}</p> : null}
            </fieldset>
            <Field id="expiresInDays" label="Expires after" error={errors.expiresInDays}>
              <Select {...fieldAria("expiresInDays", errors.expiresInDays)} defaultValue={values.expires} invalid={Boolean(errors.expiresInDays)}>
                {expiryOptions.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </Select>
            </Field>
            <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create token"}</Button>
          </form>
        </Card>
        <div className="lg:col-span-3">{guide}</div>
      </div>
    </div>
  );
}
