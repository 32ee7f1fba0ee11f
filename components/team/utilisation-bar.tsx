import { cn } from "@/components/ui/cn";
import type { MemberLoad } from "@/lib/team/load";
import { percent } from "./labels";

function tone(ratio: number) {
  if (ratio > 1) return "bg-red-500";
  if (ratio >= 0.85) return "bg-amber-500";
  return "bg-brand-600";
}

/** Utilisation over the next 4 weeks as a bar capped at 100 %, with the figure and hours beside it. */
export function UtilisationBar({ load, className }: { load: MemberLoad; className?: string }) {
  const width = Number.isFinite(load.utilisation) ? Math.min(load.utilisation, 1) * 100 : 100;
  const label = `${percent(load.utilisation)} utilised: ${load.workloadHours} h of work, ${load.capacityHours} h available`;
  return (
    <div className={cn("flex items-center gap-2", className)} title={label}>
      <div role="meter" aria-label="Utilisation, next 4 weeks" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(width)} aria-valuetext={label}
        className="h-2 w-24 overflow-hidden rounded-full bg-slate-100 ring-1 ring-slate-200 ring-inset">
        <div className={cn("h-full rounded-full", tone(load.utilisation))} style={{ width: `${width}%` }} />
      </div>
      <span className={cn("w-16 text-xs tabular-nums", load.utilisation > 1 ? "font-semibold text-red-700" : "text-slate-700")}>{percent(load.utilisation)}</span>
    </div>
  );
}
