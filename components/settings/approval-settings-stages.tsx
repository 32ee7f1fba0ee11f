"use client";

import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { approverStages, campaignTypes, channels, type ApproverStage } from "@/db/schema/values";
import { stageLabels } from "@/lib/approvals/labels";
import type { ApprovalConfig } from "@/lib/approvals/settings-schema";
import type { StageCondition, StageRule } from "@/lib/approvals/stage-plan";
import { channelLabels, typeLabels } from "@/lib/campaigns/labels";
import { CheckboxGroup, errorAt, FieldProblem, NumberDraft, type SettingsErrors } from "./approval-settings-fields";

type Leaf = Exclude<StageCondition, { kind: "any_of" }>;
type Kind = StageCondition["kind"];

const kindLabels: Record<Kind, string> = {
  always: "Always",
  budget_at_least: "Budget is at least…",
  type_in: "Campaign type is one of…",
  channels_any: "Uses any of these channels…",
  any_of: "Any of several conditions…",
};
const typeOptions = campaignTypes.map((t) => ({ value: t, label: typeLabels[t] }));
const channelOptions = channels.map((c) => ({ value: c, label: channelLabels[c] }));

function fresh(kind: Kind): StageCondition {
  switch (kind) {
    case "always": return { kind };
    case "budget_at_least": return { kind, amountCents: 5_000_000 };
    case "type_in": return { kind, types: [] };
    case "channels_any": return { kind, channels: [] };
    case "any_of": return { kind, conditions: [{ kind: "type_in", types: [] }] };
  }
}

/** One condition's editor; `path` is where its errors are keyed ("config.stageRules.1.when"). */
function LeafEditor({ id, path, value, onChange, errors, allowAnyOf }: {
  id: string; path: string; value: StageCondition; onChange: (c: StageCondition) => void; errors: SettingsErrors; allowAnyOf: boolean;
}) {
  const kinds = (Object.keys(kindLabels) as Kind[]).filter((k) => allowAnyOf || k !== "any_of");
  return (
    <div className="space-y-3">
      <div>
        <label htmlFor={`${id}-kind`} className="mb-1 block text-sm font-medium text-slate-700">{allowAnyOf ? "Required when" : "Condition"}</label>
        <Select id={`${id}-kind`} value={value.kind} onChange={(e) => onChange(fresh(e.target.value as Kind))} className="max-w-xs">
          {kinds.map((k) => <option key={k} value={k}>{kindLabels[k]}</option>)}
        </Select>
      </div>
      {value.kind === "budget_at_least" ? (
        <div className="max-w-xs">
          <label htmlFor={`${id}-amount`} className="mb-1 block text-sm font-medium text-slate-700">Budget at least (USD)</label>
          <div className="flex items-center gap-1.5">
            <span className="text-sm text-slate-500" aria-hidden>$</span>
            <NumberDraft id={`${id}-amount`} value={value.amountCents} scale={100} step="0.01" min={0}
              invalid={Boolean(errorAt(errors, `${path}.amountCents`))} describedBy={`${id}-amount-error`}
              onValue={(n) => onChange({ ...value, amountCents: n ?? Number.NaN })} />
          </div>
          <FieldProblem id={`${id}-amount-error`} message={errorAt(errors, `${path}.amountCents`)} />
        </div>
      ) : null}
      {value.kind === "type_in" ? (
        <CheckboxGroup legend="Campaign types" name={`${id}-types`} options={typeOptions} value={value.types}
          error={errorAt(errors, `${path}.types`)} onChange={(types) => onChange({ ...value, types })} />
      ) : null}
      {value.kind === "channels_any" ? (
        <CheckboxGroup legend="Channels" name={`${id}-channels`} options={channelOptions} value={value.channels}
          error={errorAt(errors, `${path}.channels`)} onChange={(chs) => onChange({ ...value, channels: chs })} />
      ) : null}
      {value.kind === "any_of" ? (
        <div className="space-y-3">
          {value.conditions.map((c, i) => (
            <div key={i} className="relative rounded-md bg-slate-50 p-3 ring-1 ring-slate-200 ring-inset">
              <p className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">{i === 0 ? "Condition 1" : `or condition ${i + 1}`}</p>
              {value.conditions.length > 1 ? (
                <Button size="sm" variant="ghost" className="absolute top-2 right-2 px-2"
                  onClick={() => onChange({ ...value, conditions: value.conditions.filter((_, j) => j !== i) })}>
                  <X className="size-4" aria-hidden /><span className="sr-only">Remove condition {i + 1}</span>
                </Button>
              ) : null}
              <LeafEditor id={`${id}-c${i}`} path={`${path}.conditions.${i}`} value={c} errors={errors} allowAnyOf={false}
                onChange={(next) => onChange({ ...value, conditions: value.conditions.map((x, j) => (j === i ? (next as Leaf) : x)) })} />
            </div>
          ))}
          <FieldProblem id={`${id}-conditions-error`} message={errorAt(errors, `${path}.conditions`)} />
          {value.conditions.length < 10 ? (
            <Button size="sm" variant="secondary" onClick={() => onChange({ ...value, conditions: [...value.conditions, { kind: "type_in", types: [] }] })}>
              <Plus className="size-4" aria-hidden /> Add a condition
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** Per stage: included (with the condition that requires it and its quorum) or skipped (no rule). */
export function ApprovalStageRules({ rules, onChange, errors }: {
  rules: ApprovalConfig["stageRules"]; onChange: (rules: ApprovalConfig["stageRules"]) => void; errors: SettingsErrors;
}) {
  const set = (stage: ApproverStage, rule: StageRule | null) => {
    const others = rules.filter((r) => r.stage !== stage);
    const next = rule ? [...others, rule as ApprovalConfig["stageRules"][number]] : others;
    // kept in the fixed stage order, so an error's index matches what is shown
    onChange(next.sort((a, b) => approverStages.indexOf(a.stage) - approverStages.indexOf(b.stage)));
  };
  return (
    <ol className="divide-y divide-slate-100">
      {approverStages.map((stage) => {
        const index = rules.findIndex((r) => r.stage === stage);
        const rule = index >= 0 ? rules[index]! : null;
        const id = `stage-${stage}`;
        const path = `config.stageRules.${index}`;
        return (
          <li key={stage} className="py-4 first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h3 className="text-sm font-semibold text-slate-900">{stageLabels[stage]}</h3>
              <label htmlFor={`${id}-include`} className="flex items-center gap-2 text-sm text-slate-700">
                <input id={`${id}-include`} type="checkbox" className="size-4 rounded border-slate-300 text-brand-600" checked={rule !== null}
                  onChange={(e) => set(stage, e.target.checked ? { stage, when: { kind: "always" }, quorum: 1 } : null)} />
                Include this stage
              </label>
            </div>
            {rule ? (
              <div className="mt-3 grid gap-4 sm:grid-cols-[1fr_8rem]">
                <LeafEditor id={id} path={`${path}.when`} value={rule.when} errors={errors} allowAnyOf onChange={(when) => set(stage, { ...rule, when })} />
                <div>
                  <label htmlFor={`${id}-quorum`} className="mb-1 block text-sm font-medium text-slate-700">Approvals needed</label>
                  <NumberDraft id={`${id}-quorum`} value={rule.quorum} step="1" min={1} invalid={Boolean(errorAt(errors, `${path}.quorum`))}
                    describedBy={`${id}-quorum-error`} onValue={(n) => set(stage, { ...rule, quorum: n ?? Number.NaN })} />
                  <FieldProblem id={`${id}-quorum-error`} message={errorAt(errors, `${path}.quorum`) ?? errorAt(errors, `${path}.stage`)} />
                </div>
              </div>
            ) : (
              <p className="mt-1 text-sm text-slate-500">Skipped: no campaign goes through this stage. (If every stage is skipped, the final stage is kept.)</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
