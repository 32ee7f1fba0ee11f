"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, fieldAria } from "@/components/ui/field";
import type { FieldIssues } from "@/lib/core/errors";
import { acceptInvitationAction, type AcceptInvitationState } from "./actions";
import { acceptFormIssues, acceptFormValues } from "./accept-form";

export function AcceptInvitationForm({ token, email, name }: { token: string; email: string; name: string }) {
  const [state, formAction, pending] = useActionState<AcceptInvitationState, FormData>(acceptInvitationAction.bind(null, token), { seq: 0 });
  const [clientErrors, setClientErrors] = useState<FieldIssues | null>(null);
  const errors = clientErrors ?? state.errors ?? {};
  const message = clientErrors ? null : (state.message ?? errors._?.[0] ?? errors.token?.[0]);
  const fieldErrors = Object.keys(errors).some((k) => k !== "_" && k !== "token");

  // The same rules as the server, checked before the round trip and again there.
  function validate(e: React.FormEvent<HTMLFormElement>) {
    const issues = acceptFormIssues(token, acceptFormValues(new FormData(e.currentTarget)));
    if (Object.keys(issues).length === 0) return setClientErrors(null);
    e.preventDefault();
    setClientErrors(issues);
  }

  return (
    <form key={state.seq} action={formAction} onSubmit={validate} noValidate className="space-y-4">
      {message && !fieldErrors ? (
        <Alert>
          {message} <Link href="/sign-in" className="font-medium underline">Go to sign in</Link>
        </Alert>
      ) : null}
      <Field id="email" label="Email">
        <Input id="email" type="email" value={email} readOnly autoComplete="username" className="read-only:bg-slate-50 read-only:text-slate-600" />
      </Field>
      <Field id="name" label="Your name" error={errors.name}>
        <Input {...fieldAria("name", errors.name)} defaultValue={state.name ?? name} autoComplete="name" maxLength={100} invalid={Boolean(errors.name)} />
      </Field>
      <Field id="password" label="Password" error={errors.password} hint="At least 10 characters">
        <Input {...fieldAria("password", errors.password)} type="password" autoComplete="new-password" autoFocus invalid={Boolean(errors.password)} />
      </Field>
      <Field id="confirmPassword" label="Confirm password" error={errors.confirmPassword}>
        <Input {...fieldAria("confirmPassword", errors.confirmPassword)} type="password" autoComplete="new-password" invalid={Boolean(errors.confirmPassword)} />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>{pending ? "Creating your account…" : "Create account"}</Button>
    </form>
  );
}
