import Link from "next/link";
import { Clock } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { formatHours } from "@/lib/time/rules";
import type { Timesheet } from "@/lib/time/timesheet";

const weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const cell = (h: number) => (h ? Number(h.toFixed(2)).toString() : "");

/** Tasks × days of one week, with totals per task and per day, and the week's total against capacity. */
export function TimesheetTable({ sheet }: { sheet: Timesheet }) {
  const over = sheet.total > sheet.capacity;
  const percent = sheet.capacity > 0 ? Math.round((sheet.total / sheet.capacity) * 100) : null;
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-3 gap-3 sm:max-w-xl">
        <div className="rounded-lg bg-white px-4 py-3 shadow-sm ring-1 ring-slate-200">
          <dt className="text-xs font-medium text-slate-500">Logged</dt>
          <dd className="text-xl font-semibold text-slate-900 tabular-nums" data-testid="week-total">{formatHours(sheet.total)}</dd>
        </div>
        <div className="rounded-lg bg-white px-4 py-3 shadow-sm ring-1 ring-slate-200">
          <dt className="text-xs font-medium text-slate-500">Capacity</dt>
          <dd className="text-xl font-semibold text-slate-900 tabular-nums">{formatHours(sheet.capacity)}</dd>
        </div>
        <div className="rounded-lg bg-white px-4 py-3 shadow-sm ring-1 ring-slate-200">
          <dt className="text-xs font-medium text-slate-500">Of capacity</dt>
          <dd className={cn("text-xl font-semibold tabular-nums", over ? "text-red-700" : "text-slate-900")}>{percent === null ? "—" : `${percent} %`}</dd>
        </div>
      </dl>
      {sheet.rows.length === 0 ? (
        <EmptyState icon={<Clock className="size-8" />} title="No time logged this week">
          Time logged on tasks (with the timer or by hand, on the task&apos;s page) shows up here by day.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Hours per task and day</caption>
            <thead className="bg-slate-50 text-xs font-semibold text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2 text-left">Task</th>
                {sheet.days.map((d, i) => (
                  <th key={d} scope="col" aria-current={d === sheet.today ? "date" : undefined}
                    className={cn("w-16 px-2 py-2 text-right", i >= 5 && "text-slate-400", d === sheet.today && "bg-brand-50 text-brand-700")}>
                    <span className="block">{weekdays[i]}</span>
                    <span className="block font-normal">{d.slice(8)}/{d.slice(5, 7)}</span>
                  </th>
                ))}
                <th scope="col" className="w-20 px-4 py-2 text-right">Total</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {sheet.rows.map((r) => (
                <tr key={r.taskId}>
                  <th scope="row" className="px-4 py-2 text-left font-normal">
                    <Link href={`/tasks/${r.taskId}`} className="font-medium text-slate-900 hover:text-brand-700">{r.taskTitle}</Link>
                    <span className="block text-xs text-slate-500">{r.campaignName}</span>
                  </th>
                  {r.days.map((h, i) => <td key={i} className="px-2 py-2 text-right text-slate-700 tabular-nums">{cell(h)}</td>)}
                  <td className="px-4 py-2 text-right font-medium text-slate-900 tabular-nums">{cell(r.total)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t border-slate-200 bg-slate-50 text-slate-900">
              <tr>
                <th scope="row" className="px-4 py-2 text-left font-semibold">Total</th>
                {sheet.dayTotals.map((h, i) => (
                  <td key={i} className={cn("px-2 py-2 text-right font-semibold tabular-nums", h > sheet.dayCapacity[i]! && "text-red-700")}>{cell(h)}</td>
                ))}
                <td className="px-4 py-2 text-right font-semibold tabular-nums">{cell(sheet.total)}</td>
              </tr>
              <tr className="text-slate-500">
                <th scope="row" className="px-4 py-2 text-left text-xs font-medium">Capacity</th>
                {sheet.dayCapacity.map((h, i) => <td key={i} className="px-2 py-2 text-right text-xs tabular-nums">{h ? cell(h) : "–"}</td>)}
                <td className="px-4 py-2 text-right text-xs tabular-nums">{cell(sheet.capacity)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
