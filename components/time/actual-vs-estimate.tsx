import { cn } from "@/components/ui/cn";
import { formatHours, percentOfEstimate } from "@/lib/time/rules";

/** Logged hours against an estimate as a bar: blue within the estimate, red past it. */
export function ActualVsEstimate({ logged, estimate, className, compact = false }: { logged: number; estimate: number | null; className?: string; compact?: boolean }) {
  const percent = percentOfEstimate(logged, estimate);
  const over = percent !== null && percent > 100;
  const label = estimate === null || estimate <= 0
    ? `${formatHours(logged)} logged, no estimate`
    : `${formatHours(logged)} logged of ${formatHours(estimate)} estimated (${percent} %)`;
  return (
    <div className={className}>
      {compact ? null : <p className="mb-1.5 text-sm text-slate-700" data-testid="actual-vs-estimate">{label}</p>}
      <div role="img" aria-label={label} title={label} className="h-2 w-full overflow-hidden rounded-full bg-slate-100">
        {percent !== null ? (
          <div className={cn("h-full rounded-full", over ? "bg-red-500" : "bg-brand-500")} style={{ width: `${Math.min(percent, 100)}%` }} />
        ) : (
          <div className="h-full w-full bg-[repeating-linear-gradient(45deg,transparent,transparent_4px,var(--color-slate-200)_4px,var(--color-slate-200)_8px)]" />
        )}
      </div>
      {over && !compact ? <p className="mt-1 text-xs font-medium text-red-700">{formatHours(logged - (estimate ?? 0))} over the estimate</p> : null}
    </div>
  );
}
