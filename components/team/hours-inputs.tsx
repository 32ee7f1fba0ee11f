"use client";

import { fieldAria, Input } from "@/components/ui/field";
import type { FieldIssues } from "@/lib/core/errors";
import { weekdays, weekdayShort } from "./labels";

/** Seven labelled number inputs, Monday first, with the week's total; errors sit under their day. */
export function HoursInputs({ idPrefix, values, onChange, errors, disabled }: {
  idPrefix: string; values: string[]; onChange: (values: string[]) => void; errors?: FieldIssues; disabled?: boolean;
}) {
  const total = values.reduce((s, v) => s + (Number(v) || 0), 0);
  return (
    <fieldset disabled={disabled}>
      <legend className="sr-only">Hours per weekday</legend>
      <div className="grid grid-cols-7 gap-2">
        {weekdays.map((day, i) => {
          const id = `${idPrefix}-${i}`;
          const error = errors?.[`weeklyHours.${i}`];
          return (
            <div key={day} className="space-y-1">
              <label htmlFor={id} className="block text-xs font-medium text-slate-600"><span aria-hidden>{weekdayShort[i]}</span><span className="sr-only">{day}</span></label>
              <Input {...fieldAria(id, error)} type="number" inputMode="decimal" min={0} max={24} step={0.5} value={values[i] ?? ""} invalid={Boolean(error)}
                aria-label={`${day} hours`} className="px-2 text-right tabular-nums"
                onChange={(e) => onChange(values.map((v, j) => (j === i ? e.target.value : v)))} />
              {error ? <p id={`${id}-error`} role="alert" className="text-xs text-red-600">{error[0]}</p> : null}
            </div>
          );
        })}
      </div>
      <p className="mt-2 text-sm text-slate-600" aria-live="polite">Total per week: <span className="font-semibold text-slate-900 tabular-nums">{total} h</span></p>
    </fieldset>
  );
}

export const hoursToStrings = (h: readonly number[]) => h.map(String);
export const stringsToHours = (v: readonly string[]) => v.map((x) => (x.trim() === "" ? Number.NaN : Number(x)));
