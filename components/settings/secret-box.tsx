"use client";

import { CopyButton } from "./copy-button";

/** A value shown once (a new token, an invitation link), selectable and copyable. */
const valueClass =
  "min-w-0 flex-1 rounded-md border-0 bg-white px-3 py-1.5 font-mono text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-amber-300 focus:ring-2 focus:ring-brand-500";

/** A value shown once (a new token, an invitation link), selected on focus and copyable; `wrap` shows a long value whole. */
export function SecretValue({ id, label, value, what, autoFocus, wrap }: {
  id: string; label: string; value: string; what: string; autoFocus?: boolean; wrap?: boolean;
}) {
  const common = { id, readOnly: true, autoFocus, spellCheck: false, value };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">{label}</label>
      <div className="flex flex-wrap items-start gap-2">
        {wrap ? (
          <textarea {...common} rows={3} onFocus={(e) => e.currentTarget.select()} className={`${valueClass} resize-none break-all`} />
        ) : (
          <input {...common} onFocus={(e) => e.currentTarget.select()} className={valueClass} />
        )}
        <CopyButton value={value} what={what} variant="primary" />
      </div>
    </div>
  );
}

export function SecretBox({ title, children, onDismiss }: { title: string; children: React.ReactNode; onDismiss?: () => void }) {
  return (
    <section aria-label={title} className="rounded-lg bg-amber-50 p-5 ring-1 ring-amber-300">
      <div className="flex items-start justify-between gap-4">
        <h2 className="text-sm font-semibold text-amber-950">{title}</h2>
        {onDismiss ? (
          <button type="button" onClick={onDismiss} className="rounded px-2 py-1 text-sm font-medium text-amber-900 hover:bg-amber-100">
            Done
          </button>
        ) : null}
      </div>
      <div className="mt-3 space-y-4 text-sm text-amber-950">{children}</div>
    </section>
  );
}
