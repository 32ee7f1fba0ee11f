import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { Risk, RiskLevel } from "@/lib/campaigns/risk";

const levelLabel: Record<RiskLevel, string> = { low: "Low", medium: "Medium", high: "High" };
const levelTone: Record<RiskLevel, string> = {
  low: "bg-green-50 text-green-800 ring-green-600/20",
  medium: "bg-amber-50 text-amber-800 ring-amber-600/20",
  high: "bg-red-50 text-red-800 ring-red-600/20",
};

/** The campaign's risk level with the reasons behind it, and what is not measured yet. */
export function RiskCard({ risk, className }: { risk: Risk; className?: string }) {
  const pending = risk.factors.filter((f) => f.level === null);
  return (
    <Card title="Risk" className={className}>
      <p className="flex items-center gap-2">
        <span className={cn("rounded-md px-2 py-0.5 text-sm font-semibold ring-1 ring-inset", levelTone[risk.level])}>{levelLabel[risk.level]}</span>
        <span className="text-sm text-slate-500">risk</span>
      </p>
      <ul className="mt-3 space-y-1.5 text-sm text-slate-700">
        {risk.reasons.map((r) => <li key={r}>{r}</li>)}
      </ul>
      {pending.length ? (
        <ul className="mt-3 space-y-1 text-xs text-slate-400">
          {pending.map((f) => <li key={f.key}>{f.label}: {f.detail.replace(/^Not measured yet: /, "not measured yet — ")}</li>)}
        </ul>
      ) : null}
    </Card>
  );
}
