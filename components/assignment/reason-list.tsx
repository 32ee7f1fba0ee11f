/** The reasons behind a choice, as a short list a person can scan. */
export function ReasonList({ reasons, className }: { reasons: string[]; className?: string }) {
  return (
    <ul className={`space-y-0.5 text-xs text-slate-600 ${className ?? ""}`}>
      {reasons.map((r) => (
        <li key={r} className="flex gap-1.5">
          <span aria-hidden className="text-slate-400">•</span>
          <span>{r}</span>
        </li>
      ))}
    </ul>
  );
}
