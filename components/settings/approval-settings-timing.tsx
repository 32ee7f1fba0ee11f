"use client";

import { Input } from "@/components/ui/field";
import { campaignPriorities } from "@/db/schema/values";
import type { ApprovalConfig } from "@/lib/approvals/settings-schema";
import { priorityLabels } from "@/lib/campaigns/labels";
import { CheckboxGroup, errorAt, FieldProblem, NumberDraft, type SettingsErrors } from "./approval-settings-fields";

const commonZones = [
  "UTC", "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Paris", "Europe/Berlin", "Europe/Amsterdam", "Europe/Madrid",
  "Europe/Rome", "Europe/Stockholm", "Europe/Warsaw", "Europe/Athens", "Europe/Helsinki", "Europe/Istanbul", "Africa/Johannesburg",
  "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland",
  "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Toronto", "America/Mexico_City", "America/Sao_Paulo",
];
const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].map((label, value) => ({ value, label }));

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const minutesOf = (text: string) => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
};

function Hours({ id, label, hint, value, onValue, error }: { id: string; label: string; hint?: string; value: number; onValue: (n: number) => void; error?: string }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">{label}</label>
      <div className="flex items-center gap-2">
        <NumberDraft id={id} value={value} step="0.25" min={0} className="w-28" invalid={Boolean(error)}
          describedBy={error ? `${id}-error` : hint ? `${id}-hint` : undefined} onValue={(n) => onValue(n ?? Number.NaN)} />
        <span className="text-sm text-slate-500">business hours</span>
      </div>
      {error ? <FieldProblem id={`${id}-error`} message={error} /> : hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">{hint}</p> : null}
    </div>
  );
}

/** Deadline per urgency and the escalation interval, both counted in business hours. */
export function ApprovalDeadlines({ config, onChange, errors }: { config: ApprovalConfig; onChange: (c: Partial<ApprovalConfig>) => void; errors: SettingsErrors }) {
  return (
    <div className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {[...campaignPriorities].reverse().map((p) => (
          <Hours key={p} id={`deadline-${p}`} label={`${priorityLabels[p]} priority`} value={config.deadlineHours[p]}
            error={errorAt(errors, `config.deadlineHours.${p}`)}
            onValue={(n) => onChange({ deadlineHours: { ...config.deadlineHours, [p]: n } })} />
        ))}
      </div>
      <Hours id="escalation-interval" label="Escalate after the deadline by" value={config.escalationIntervalHours}
        hint="Past the deadline approvers get a reminder; this much later admins and the manager are notified and the request is marked escalated."
        error={errorAt(errors, "config.escalationIntervalHours")} onValue={(n) => onChange({ escalationIntervalHours: n })} />
    </div>
  );
}

/** When the clock runs: timezone, working days and the working day's start and end. */
export function ApprovalBusinessHours({ value, onChange, errors }: {
  value: ApprovalConfig["businessHours"]; onChange: (b: ApprovalConfig["businessHours"]) => void; errors: SettingsErrors;
}) {
  const e = (k: string) => errorAt(errors, `config.businessHours.${k}`);
  return (
    <div className="space-y-5">
      <div className="max-w-sm">
        <label htmlFor="bh-timezone" className="mb-1 block text-sm font-medium text-slate-700">Timezone (IANA)</label>
        <Input id="bh-timezone" list="bh-timezones" value={value.timezone} invalid={Boolean(e("timezone"))}
          aria-invalid={Boolean(e("timezone")) || undefined} aria-describedby={e("timezone") ? "bh-timezone-error" : undefined}
          onChange={(ev) => onChange({ ...value, timezone: ev.target.value })} />
        <datalist id="bh-timezones">{commonZones.map((z) => <option key={z} value={z} />)}</datalist>
        <FieldProblem id="bh-timezone-error" message={e("timezone")} />
      </div>
      <CheckboxGroup legend="Working days" name="bh-workdays" options={days} value={value.workdays} columns="sm:grid-cols-7"
        error={e("workdays")} onChange={(workdays) => onChange({ ...value, workdays: [...workdays].sort((a, b) => a - b) })} />
      <div className="flex flex-wrap gap-4">
        {(["startMinute", "endMinute"] as const).map((k) => (
          <div key={k}>
            <label htmlFor={`bh-${k}`} className="mb-1 block text-sm font-medium text-slate-700">{k === "startMinute" ? "Day starts" : "Day ends"}</label>
            <Input id={`bh-${k}`} type="time" step={60} className="w-36" value={Number.isNaN(value[k]) ? "" : hhmm(value[k])} invalid={Boolean(e(k))}
              aria-invalid={Boolean(e(k)) || undefined} aria-describedby={e(k) ? `bh-${k}-error` : undefined}
              onChange={(ev) => onChange({ ...value, [k]: minutesOf(ev.target.value) })} />
            <FieldProblem id={`bh-${k}-error`} message={e(k)} />
          </div>
        ))}
      </div>
    </div>
  );
}
