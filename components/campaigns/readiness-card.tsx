import { Card } from "@/components/ui/card";
import type { Readiness } from "@/lib/campaigns/readiness";
import { cn } from "@/components/ui/cn";

export function ReadinessCard({ readiness, threshold }: { readiness: Readiness; threshold: number }) {
  const ready = readiness.score >= threshold;
  return (
    <Card title="Readiness">
      <div className="flex items-baseline gap-2">
        <span className={cn("text-3xl font-semibold tabular-nums", ready ? "text-green-700" : "text-amber-700")}>{readiness.score}</span>
        <span className="text-sm text-slate-500">/ 100 · go-live threshold {threshold}</span>
      </div>
      <div className="mt-2 h-2 overflow-hidden rounded-full bg-slate-100" role="progressbar" aria-valuenow={readiness.score} aria-valuemin={0} aria-valuemax={100} aria-label="Readiness score">
        <div className={cn("h-full rounded-full", ready ? "bg-green-500" : "bg-amber-500")} style={{ width: `${readiness.score}%` }} />
      </div>
      <p className="mt-2 text-xs text-slate-500">
        Based on {readiness.availableWeight} of 100 points that can be measured today.
      </p>
      <ul className="mt-4 space-y-3">
        {readiness.components.map((c) => (
          <li key={c.key} className="text-sm">
            <div className="flex justify-between gap-2">
              <span className={c.ratio === null ? "text-slate-400" : "font-medium text-slate-800"}>{c.label}</span>
              <span className="text-slate-500 tabular-nums">
                {c.ratio === null ? `— / ${c.weight}` : `${Math.round(c.ratio * c.weight * 10) / 10} / ${c.weight}`}
              </span>
            </div>
            <p className={cn("text-xs", c.ratio === null ? "text-slate-400" : "text-slate-600")}>{c.detail}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
