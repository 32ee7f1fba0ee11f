"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, Input, Select, Textarea, fieldAria } from "@/components/ui/field";
import { campaignPriorities, campaignTypes, channels } from "@/db/schema/values";
import { campaignInputFromForm, formValuesFromData, toFormErrors, type CampaignFormValues } from "@/lib/campaigns/form";
import { channelLabels, priorityLabels, typeLabels } from "@/lib/campaigns/labels";
import { createCampaignInput } from "@/lib/campaigns/schemas";
import type { CampaignFormState } from "@/app/(app)/campaigns/actions";

type Errors = NonNullable<CampaignFormState["errors"]>;

export function CampaignForm({ action, initial, owners, submitLabel, cancelHref, canChooseOwner, offerTimeline = false, launchDateHint }: {
  action: (prev: CampaignFormState, data: FormData) => Promise<CampaignFormState>;
  initial: CampaignFormValues;
  owners: { id: string; name: string }[];
  submitLabel: string;
  cancelHref: string;
  canChooseOwner: boolean;
  /** on create: offer to generate milestones and tasks from the type's template */
  offerTimeline?: boolean;
  /** shown under the launch date instead of the default hint, e.g. when a timeline hangs off it */
  launchDateHint?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { seq: 0 });
  const [clientErrors, setClientErrors] = useState<Errors | null>(null);
  const values = state.values ?? initial;
  const errors: Errors = clientErrors ?? state.errors ?? {};
  const message = clientErrors ? "Please fix the highlighted fields." : state.message;

  // The same zod schema as the server: mistakes are caught before the round trip, and again on the server.
  function validate(e: React.FormEvent<HTMLFormElement>) {
    const parsed = createCampaignInput.safeParse(campaignInputFromForm(formValuesFromData(new FormData(e.currentTarget))));
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    e.preventDefault();
    const issues: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (issues[issue.path.join(".") || "_"] ??= []).push(issue.message);
    setClientErrors(toFormErrors(issues));
  }

  const text = (id: keyof CampaignFormValues, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}, hint?: string) => (
    <Field id={id} label={label} error={errors[id]} hint={hint}>
      <Input {...fieldAria(id, errors[id])} defaultValue={values[id] as string} invalid={Boolean(errors[id])} {...props} />
    </Field>
  );

  return (
    <form key={state.seq} action={formAction} onSubmit={validate} noValidate className="space-y-8">
      {message ? (
        <Alert tone={state.conflict ? "warning" : "error"} title={state.conflict ? "Someone else changed this campaign" : undefined}>
          {message}
          {state.conflict ? <> <Link className="font-medium underline" href="?">Reload the latest version</Link></> : null}
        </Alert>
      ) : null}

      <fieldset className="grid gap-5 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2">
        <legend className="sr-only">Basics</legend>
        <div className="sm:col-span-2">{text("name", "Name", { autoFocus: true, placeholder: "e.g. Spring launch 2027" })}</div>
        <Field id="type" label="Type" error={errors.type}>
          <Select {...fieldAria("type", errors.type)} defaultValue={values.type} invalid={Boolean(errors.type)}>
            <option value="">Choose a type…</option>
            {campaignTypes.map((t) => <option key={t} value={t}>{typeLabels[t]}</option>)}
          </Select>
        </Field>
        <Field id="priority" label="Priority" error={errors.priority}>
          <Select {...fieldAria("priority", errors.priority)} defaultValue={values.priority}>
            {campaignPriorities.map((p) => <option key={p} value={p}>{priorityLabels[p]}</option>)}
          </Select>
        </Field>
        <Field id="ownerId" label="Owner" error={errors.ownerId} hint={canChooseOwner ? undefined : "Only managers can change the owner"}>
          <Select {...fieldAria("ownerId", errors.ownerId)} defaultValue={values.ownerId} disabled={!canChooseOwner}>
            <option value="">No owner yet</option>
            {owners.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </Select>
        </Field>
        {!canChooseOwner ? <input type="hidden" name="ownerId" value={values.ownerId} /> : null}
        {text("tags", "Tags", { placeholder: "q1, flagship" }, "Comma-separated")}
        <div className="sm:col-span-2">
          <Field id="description" label="Description" error={errors.description}>
            <Textarea {...fieldAria("description", errors.description)} rows={4} defaultValue={values.description} placeholder="What is this campaign, who is it for, and why now?" />
          </Field>
        </div>
      </fieldset>

      <fieldset className="grid gap-5 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:grid-cols-3">
        <legend className="float-left mb-1 text-sm font-semibold text-slate-900 sm:col-span-3">Dates</legend>
        {text("startDate", "Start date", { type: "date" })}
        {text("launchDate", "Launch date", { type: "date" }, launchDateHint ?? "Needed before submitting for review")}
        {text("endDate", "End date", { type: "date" })}
      </fieldset>

      <fieldset className="grid gap-5 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:grid-cols-3">
        <legend className="float-left mb-1 text-sm font-semibold text-slate-900 sm:col-span-3">Budget and goals</legend>
        {text("budget", "Budget", { inputMode: "decimal", placeholder: "25,000" })}
        {text("currency", "Currency", { maxLength: 3, className: "uppercase" }, "ISO code, e.g. USD, EUR")}
        {text("goalRevenue", "Revenue goal", { inputMode: "decimal" })}
        {text("goalImpressions", "Impressions goal", { inputMode: "numeric" })}
        {text("goalClicks", "Clicks goal", { inputMode: "numeric" })}
        {text("goalLeads", "Leads goal", { inputMode: "numeric" })}
        {text("goalConversions", "Conversions goal", { inputMode: "numeric" })}
      </fieldset>

      <fieldset className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <legend className="float-left mb-3 text-sm font-semibold text-slate-900">Channels</legend>
        <div className="clear-both grid grid-cols-2 gap-2 sm:grid-cols-4">
          {channels.map((c) => (
            <label key={c} className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" name="channels" value={c} defaultChecked={values.channels.includes(c)} className="size-4 rounded border-slate-300 text-brand-600" />
              {channelLabels[c]}
            </label>
          ))}
        </div>
        {errors.channels ? <p className="mt-2 text-sm text-red-600" role="alert">{errors.channels[0]}</p> : null}
      </fieldset>

      {offerTimeline ? (
        <div className="flex items-start gap-3 rounded-lg bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200">
          <input id="generateTimeline" type="checkbox" name="generateTimeline" defaultChecked={values.generateTimeline ?? true}
            aria-describedby="generateTimeline-hint" className="mt-0.5 size-4 rounded border-slate-300 text-brand-600" />
          <div>
            <label htmlFor="generateTimeline" className="font-medium text-slate-900">Generate the timeline from the template</label>
            <p id="generateTimeline-hint" className="text-slate-600">Milestones and tasks for this campaign type, scheduled back from the launch date in working days, with buffer by priority.</p>
          </div>
        </div>
      ) : null}

      <div className="flex items-center justify-end gap-3">
        <Link href={cancelHref} className={buttonClass("secondary")}>Cancel</Link>
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : submitLabel}</Button>
      </div>
    </form>
  );
}
