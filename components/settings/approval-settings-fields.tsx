"use client";

import { useState } from "react";
import { cn } from "@/components/ui/cn";
import { controlClass, invalidClass } from "@/components/ui/field";

/** Field errors keyed like the server's: "config.deadlineHours.high". */
export type SettingsErrors = Record<string, string[]>;
export const errorAt = (errors: SettingsErrors, key: string) => errors[key]?.[0];

/** A small error line tied to its control by id. */
export function FieldProblem({ id, message }: { id: string; message?: string }) {
  return message ? <p id={id} role="alert" className="mt-1 text-sm text-red-600">{message}</p> : null;
}

/**
 * A number input that keeps what was typed ("", "1.", "12.50") while the form holds numbers:
 * an empty or unreadable entry becomes NaN (or null when `empty` is null), which validation names.
 * `scale` shows cents as dollars. The draft starts from the value; the form remounts after a save.
 */
export function NumberDraft({ id, value, onValue, scale = 1, empty = Number.NaN, step, min, invalid, className, label, describedBy }: {
  id: string; value: number | null; onValue: (n: number | null) => void; scale?: number; empty?: number | null;
  step?: string; min?: number; invalid?: boolean; className?: string; label?: string; describedBy?: string;
}) {
  const shown = (v: number | null) => (v === null || Number.isNaN(v) ? "" : String(v / scale));
  const [text, setText] = useState(() => shown(value));
  return (
    <input
      id={id} type="number" inputMode="decimal" step={step} min={min} value={text} aria-label={label}
      aria-invalid={invalid || undefined} aria-describedby={describedBy}
      className={cn(controlClass, invalid && invalidClass, className)}
      onChange={(e) => {
        setText(e.target.value);
        const t = e.target.value.trim();
        const n = t === "" ? empty : Number(t);
        const next = n === null || Number.isNaN(n) ? n : Math.round(n * scale * 100) / 100;
        onValue(next);
      }}
    />
  );
}

/** A row of checkboxes choosing some of a fixed list. */
export function CheckboxGroup<T extends string | number>({ legend, name, options, value, onChange, error, columns = "sm:grid-cols-3" }: {
  legend: string; name: string; options: readonly { value: T; label: string }[]; value: readonly T[]; onChange: (next: T[]) => void;
  error?: string; columns?: string;
}) {
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-700">{legend}</legend>
      <div className={cn("grid grid-cols-2 gap-x-4 gap-y-1", columns)}>
        {options.map((o) => {
          const id = `${name}-${o.value}`;
          return (
            <label key={String(o.value)} htmlFor={id} className="flex items-center gap-2 text-sm text-slate-700">
              <input
                id={id} type="checkbox" className="size-4 rounded border-slate-300 text-brand-600"
                checked={value.includes(o.value)}
                onChange={(e) => onChange(e.target.checked ? options.map((x) => x.value).filter((v) => v === o.value || value.includes(v)) : value.filter((v) => v !== o.value))}
              />
              {o.label}
            </label>
          );
        })}
      </div>
      <FieldProblem id={`${name}-error`} message={error} />
    </fieldset>
  );
}
