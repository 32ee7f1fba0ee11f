"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Dialog } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDay } from "@/lib/core/format";
import type { CellTasks } from "@/lib/team/workload";
import { cellSummary, hours, weekLabel, type CellFigures } from "./bands";
import type { LoadCellTasks } from "./heatmap-grid";

type Props = { selected: { userId: string; name: string; cell: CellFigures } | null; onClose: () => void; load: LoadCellTasks };
type State = { key: string; data?: CellTasks; error?: string };

/** The tasks behind one cell: title, campaign, hours in that week, due date. */
export function CellPanel({ selected, onClose, load }: Props) {
  const key = selected ? `${selected.userId}:${selected.cell.weekStart}` : "";
  const [state, setState] = useState<State>({ key: "" });

  useEffect(() => {
    if (!selected) return;
    let live = true;
    load(selected.userId, selected.cell.weekStart).then(
      (r) => live && setState(r.ok ? { key, data: r.data } : { key, error: r.error }),
      () => live && setState({ key, error: "The tasks could not be loaded. Try again." }),
    );
    return () => { live = false; };
  }, [key, selected, load]);

  const ready = state.key === key ? state : { key };
  const past = selected?.cell.when === "past";
  const today = ready.data?.member.today ?? "";
  return (
    <Dialog open={selected !== null} onOpenChange={(open) => !open && onClose()} wide
      title={selected ? `${selected.name} — week of ${weekLabel(selected.cell.weekStart)}` : ""}
      description={selected ? `${cellSummary(selected.cell)}. ${past ? "Hours logged that week." : "Remaining work planned for that week."}` : undefined}>
      {ready.error ? (
        <Alert tone="error">{ready.error}</Alert>
      ) : !ready.data ? (
        <div aria-busy="true" aria-label="Loading tasks" className="space-y-2">
          {Array.from({ length: 3 }, (_, i) => <Skeleton key={i} className="h-10 w-full" />)}
        </div>
      ) : ready.data.tasks.length === 0 ? (
        <p className="rounded-md bg-slate-50 px-4 py-6 text-center text-sm text-slate-600">
          {past ? "No time logged this week." : "No open work planned this week."}
        </p>
      ) : (
        <table className="w-full text-sm">
          <caption className="sr-only">Tasks behind this week</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
              <th scope="col" className="py-2 pr-3 font-medium">Task</th>
              <th scope="col" className="py-2 pr-3 font-medium">Campaign</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">{past ? "Logged" : "Hours"}</th>
              <th scope="col" className="py-2 font-medium">Due</th>
            </tr>
          </thead>
          <tbody>
            {ready.data.tasks.map((t) => (
              <tr key={t.id} className="border-b border-slate-100 last:border-0">
                <td className="py-2 pr-3"><Link href={`/tasks/${t.id}`} className="font-medium text-brand-700 hover:underline">{t.title}</Link></td>
                <td className="py-2 pr-3"><Link href={`/campaigns/${t.campaignId}`} className="text-slate-700 hover:underline">{t.campaignName}</Link></td>
                <td className="py-2 pr-3 text-right whitespace-nowrap tabular-nums">{hours(t.hours)} h</td>
                <td className="py-2 whitespace-nowrap text-slate-600">
                  {t.dueDate && t.dueDate < today && !past ? <span className="font-medium text-rose-700">{formatDay(t.dueDate)} · overdue</span> : formatDay(t.dueDate ?? null)}
                  {!t.dueDate && !past ? <span className="block text-xs text-slate-400">no due date: counted now</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {selected ? (
        <p className="mt-4 text-sm">
          <Link href={`/team/${selected.userId}`} className="font-medium text-brand-700 hover:underline">{selected.name}&rsquo;s availability and time off</Link>
        </p>
      ) : null}
    </Dialog>
  );
}
