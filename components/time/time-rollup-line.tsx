import { cn } from "@/components/ui/cn";
import { formatHours } from "@/lib/time/rules";
import type { ActualsRollup } from "@/lib/time/actuals";
import { ActualVsEstimate } from "./actual-vs-estimate";

/** Actual vs estimate over many tasks; hours on tasks without an estimate are named apart, not mixed in. */
export function TimeRollupLine({ time, className }: { time: ActualsRollup; className?: string }) {
  return (
    <div className={cn("space-y-1.5", className)}>
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <span className="font-medium text-slate-700">Actual vs estimate</span>
        <span className="text-slate-600 tabular-nums">
          {time.estimate > 0 ? `${formatHours(time.loggedOnEstimated)} of ${formatHours(time.estimate)} (${time.percent} %)` : "Nothing estimated yet"}
          {" · "}{formatHours(time.remaining)} remaining
        </span>
      </div>
      {time.estimate > 0 ? <ActualVsEstimate logged={time.loggedOnEstimated} estimate={time.estimate} compact /> : null}
      {time.unestimated.tasks > 0 ? (
        <p className="text-xs text-slate-500">
          {time.unestimated.tasks} {time.unestimated.tasks === 1 ? "task has" : "tasks have"} no estimate
          {time.unestimated.logged > 0 ? ` (${formatHours(time.unestimated.logged)} logged on them)` : ""}.
        </p>
      ) : null}
    </div>
  );
}
