"use client";

import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { approverStages, campaignTypes, channels } from "@/db/schema/values";
import { describeAutoRule } from "@/lib/approvals/auto-rules";
import { stageLabels } from "@/lib/approvals/labels";
import type { AutoApprovalRule } from "@/lib/approvals/settings-schema";
import { channelLabels, typeLabels } from "@/lib/campaigns/labels";
import { CheckboxGroup, errorAt, FieldProblem, NumberDraft, type SettingsErrors } from "./approval-settings-fields";

const typeOptions = campaignTypes.map((t) => ({ value: t, label: typeLabels[t] }));
const channelOptions = channels.map((c) => ({ value: c, label: channelLabels[c] }));

function newRule(taken: readonly AutoApprovalRule[]): AutoApprovalRule {
  let n = taken.length + 1;
  while (taken.some((r) => r.id === `rule-${n}`)) n++;
  return { id: `rule-${n}`, name: "", stage: "content", enabled: true, types: [], maxBudgetCents: null, channelsWithin: [] };
}

function RuleEditor({ rule, index, onChange, onRemove, errors }: {
  rule: AutoApprovalRule; index: number; onChange: (r: AutoApprovalRule) => void; onRemove: () => void; errors: SettingsErrors;
}) {
  const id = `auto-${rule.id}`;
  const path = `config.autoRules.${index}`;
  const nameError = errorAt(errors, `${path}.name`) ?? errorAt(errors, `${path}.id`);
  const budgetError = errorAt(errors, `${path}.maxBudgetCents`);
  return (
    <li className="space-y-4 rounded-md p-4 ring-1 ring-slate-200 ring-inset" aria-label={`Auto-approval rule ${rule.name || index + 1}`}>
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-56 flex-1">
          <label htmlFor={`${id}-name`} className="mb-1 block text-sm font-medium text-slate-700">Name</label>
          <Input id={`${id}-name`} value={rule.name} maxLength={80} invalid={Boolean(nameError)}
            aria-invalid={Boolean(nameError) || undefined} aria-describedby={nameError ? `${id}-name-error` : undefined}
            onChange={(e) => onChange({ ...rule, name: e.target.value })} />
        </div>
        <div>
          <label htmlFor={`${id}-stage`} className="mb-1 block text-sm font-medium text-slate-700">Stage</label>
          <Select id={`${id}-stage`} value={rule.stage} onChange={(e) => onChange({ ...rule, stage: e.target.value as AutoApprovalRule["stage"] })}>
            {approverStages.map((s) => <option key={s} value={s}>{stageLabels[s]}</option>)}
          </Select>
        </div>
        <label htmlFor={`${id}-enabled`} className="flex h-9 items-center gap-2 text-sm text-slate-700">
          <input id={`${id}-enabled`} type="checkbox" className="size-4 rounded border-slate-300 text-brand-600" checked={rule.enabled}
            onChange={(e) => onChange({ ...rule, enabled: e.target.checked })} />
          Enabled
        </label>
        <Button size="sm" variant="ghost" className="text-red-700" onClick={onRemove}>
          <Trash2 className="size-4" aria-hidden /> Remove<span className="sr-only"> rule {rule.name || index + 1}</span>
        </Button>
      </div>
      <FieldProblem id={`${id}-name-error`} message={nameError} />
      <CheckboxGroup legend="Campaign type is one of (none checked: any type)" name={`${id}-types`} options={typeOptions} value={rule.types}
        error={errorAt(errors, `${path}.types`)} onChange={(types) => onChange({ ...rule, types })} />
      <div className="max-w-xs">
        <label htmlFor={`${id}-budget`} className="mb-1 block text-sm font-medium text-slate-700">Budget at most (USD)</label>
        <div className="flex items-center gap-1.5">
          <span className="text-sm text-slate-500" aria-hidden>$</span>
          <NumberDraft id={`${id}-budget`} value={rule.maxBudgetCents} scale={100} step="0.01" min={0} empty={null} invalid={Boolean(budgetError)}
            describedBy={budgetError ? `${id}-budget-error` : `${id}-budget-hint`}
            onValue={(n) => onChange({ ...rule, maxBudgetCents: n })} />
        </div>
        {budgetError ? <FieldProblem id={`${id}-budget-error`} message={budgetError} /> : <p id={`${id}-budget-hint`} className="mt-1 text-xs text-slate-500">Empty: any budget.</p>}
      </div>
      <CheckboxGroup legend="Every channel is among (none checked: any channels)" name={`${id}-channels`} options={channelOptions} value={rule.channelsWithin}
        error={errorAt(errors, `${path}.channelsWithin`)} onChange={(chs) => onChange({ ...rule, channelsWithin: chs })} />
      <p className="rounded bg-slate-50 px-3 py-2 text-sm text-slate-600" aria-live="polite">
        {rule.enabled ? "" : "Disabled. "}{describeAutoRule({ ...rule, maxBudgetCents: rule.maxBudgetCents !== null && Number.isNaN(rule.maxBudgetCents) ? null : rule.maxBudgetCents })}.
      </p>
    </li>
  );
}

/** Rules that approve a stage at once when a campaign meets all their conditions. */
export function ApprovalAutoRules({ rules, onChange, errors }: {
  rules: AutoApprovalRule[]; onChange: (rules: AutoApprovalRule[]) => void; errors: SettingsErrors;
}) {
  return (
    <div className="space-y-4">
      {rules.length === 0 ? <p className="text-sm text-slate-500">No auto-approval rules: every stage waits for a person.</p> : null}
      <ul className="space-y-4">
        {rules.map((r, i) => (
          <RuleEditor key={r.id} rule={r} index={i} errors={errors}
            onChange={(next) => onChange(rules.map((x, j) => (j === i ? next : x)))}
            onRemove={() => onChange(rules.filter((_, j) => j !== i))} />
        ))}
      </ul>
      <FieldProblem id="auto-rules-error" message={errorAt(errors, "config.autoRules")} />
      {rules.length < 50 ? (
        <Button size="sm" variant="secondary" onClick={() => onChange([...rules, newRule(rules)])}>
          <Plus className="size-4" aria-hidden /> Add an auto-approval rule
        </Button>
      ) : null}
    </div>
  );
}
