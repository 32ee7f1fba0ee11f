import { Card } from "@/components/ui/card";
import { formatDay } from "@/lib/core/format";
import type { Performance } from "@/lib/team/performance";
import { ThroughputChart } from "./throughput-chart";

function Figure({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <div className="rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-lg font-semibold text-slate-900 tabular-nums">{value}</dd>
      <dd className="text-xs text-slate-500">{hint}</dd>
    </div>
  );
}

/** The last 90 days: on-time rate, throughput, cycle time and estimate accuracy, with a weekly chart and its table. */
export function PerformanceCard({ performance: p }: { performance: Performance }) {
  const acc = p.estimateAccuracy;
  return (
    <Card title="Performance · last 90 days">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Figure label="On time" value={p.onTime.rate === null ? "—" : `${Math.round(p.onTime.rate * 100)} %`} hint={`${p.onTime.count} of ${p.onTime.withDueDate} with a due date`} />
        <Figure label="Throughput" value={`${p.averagePerWeek} / week`} hint={`${p.doneCount} tasks done`} />
        <Figure label="Average cycle time" value={p.averageCycleDays === null ? "—" : `${p.averageCycleDays} days`} hint="In progress → done" />
        <Figure label="Estimate accuracy" value={acc.ratio === null ? "—" : `${acc.ratio.toFixed(2)}×`}
          hint={acc.ratio === null ? "No logged time on estimated tasks" : `${acc.loggedHours} h logged for ${acc.estimateHours} h estimated`} />
      </dl>
      <h3 className="mt-5 mb-1 text-sm font-medium text-slate-700">Tasks done per week</h3>
      {p.doneCount === 0 && p.throughput.every((w) => w.done === 0) ? (
        <p className="text-sm text-slate-500">No tasks completed in the last 13 weeks.</p>
      ) : (
        <ThroughputChart weeks={p.throughput} />
      )}
      <details className="mt-2">
        <summary className="cursor-pointer text-sm text-slate-600">Show as a table</summary>
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">Tasks done per week, last 13 weeks</caption>
          <thead><tr><th scope="col" className="py-1 text-left font-medium text-slate-600">Week of</th><th scope="col" className="py-1 text-right font-medium text-slate-600">Done</th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {p.throughput.map((w) => <tr key={w.weekStart}><td className="py-1">{formatDay(w.weekStart)}</td><td className="py-1 text-right tabular-nums">{w.done}</td></tr>)}
          </tbody>
        </table>
      </details>
      <p className="mt-3 text-xs text-slate-500">Cycle time runs from the first move to in progress (or creation, when a task skipped it) to done. Accuracy is logged hours ÷ estimate: above 1× took longer than estimated.</p>
    </Card>
  );
}
