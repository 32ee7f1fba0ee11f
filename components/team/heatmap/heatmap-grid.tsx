"use client";

import { useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import type { ActionResult } from "@/lib/core/action-result";
import type { CellTasks } from "@/lib/team/workload";
import { bandStyles, cellFigure, cellLabel, weekLabel, type CellFigures } from "./bands";
import { CellPanel } from "./cell-panel";

export type HeatmapCell = CellFigures & { taskCount: number };
export type HeatmapRow = { id: string; name: string; title: string | null; defaultWeek: boolean; cells: HeatmapCell[] };
export type LoadCellTasks = (userId: string, weekStart: string) => Promise<ActionResult<CellTasks>>;

type Tip = { text: string; left: number; top: number };
type Selected = { userId: string; name: string; cell: HeatmapCell };

/**
 * Members × weeks as a real table: every cell is a button labelled with its figures. One cell
 * is in the tab order; the arrow keys (and Home/End) move between cells, Enter opens its tasks.
 */
export function HeatmapGrid({ weeks, currentWeek, rows, loadCellTasks }: { weeks: string[]; currentWeek: string; rows: HeatmapRow[]; loadCellTasks: LoadCellTasks }) {
  const initialCol = Math.max(weeks.indexOf(currentWeek), 0);
  const [focus, setFocus] = useState<[number, number]>([0, initialCol]);
  const [tip, setTip] = useState<Tip | null>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const table = useRef<HTMLTableElement>(null);

  const showTip = (el: HTMLElement, text: string) => {
    const r = el.getBoundingClientRect();
    setTip({ text, left: r.left + r.width / 2, top: r.top });
  };

  const move = (row: number, col: number) => {
    const r = Math.min(Math.max(row, 0), rows.length - 1);
    const c = Math.min(Math.max(col, 0), weeks.length - 1);
    setFocus([r, c]);
    table.current?.querySelector<HTMLButtonElement>(`[data-cell="${r}:${c}"]`)?.focus();
  };

  const onKeyDown = (e: React.KeyboardEvent, row: number, col: number) => {
    const keys: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col], ArrowDown: [row + 1, col], ArrowLeft: [row, col - 1], ArrowRight: [row, col + 1],
      Home: [row, 0], End: [row, weeks.length - 1],
    };
    const to = keys[e.key];
    if (!to) return;
    e.preventDefault();
    move(...to);
  };

  return (
    <>
      <div className="max-h-[calc(100vh-15rem)] min-h-64 overflow-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200" onScroll={() => setTip(null)}>
        <table ref={table} className="w-full border-separate border-spacing-0 text-sm">
          <caption className="sr-only">Utilisation by member and week. Each cell opens the tasks behind it.</caption>
          <thead>
            <tr>
              <th scope="col" className="sticky top-0 left-0 z-30 w-44 min-w-44 border-b border-slate-200 bg-white px-4 py-2 text-left text-xs font-semibold text-slate-500">
                Member
              </th>
              {weeks.map((w) => {
                const current = w === currentWeek;
                return (
                  <th key={w} scope="col" aria-current={current ? "date" : undefined}
                    className={cn("sticky top-0 z-20 border-b border-slate-200 px-0.5 py-2 text-center text-xs font-medium whitespace-nowrap",
                      current ? "bg-brand-50 text-brand-700" : w < currentWeek ? "bg-white text-slate-400" : "bg-white text-slate-600")}>
                    <span className="sr-only">Week of </span>{weekLabel(w)}
                    {current ? <span className="block text-[10px] font-semibold tracking-wide uppercase">This week</span> : null}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((m, r) => (
              <tr key={m.id} className="group">
                <th scope="row" className="sticky left-0 z-10 w-44 max-w-44 border-b border-slate-100 bg-white px-4 py-1 text-left font-normal group-hover:bg-slate-50">
                  <div className="truncate text-sm font-medium text-slate-900">{m.name}</div>
                  <div className="truncate text-xs text-slate-500" title={m.title ?? undefined}>
                    {m.title ?? "Team member"}{m.defaultWeek ? <span title="No availability saved: the default 8 h Monday to Friday"> · default week</span> : null}
                  </div>
                </th>
                {m.cells.map((c, col) => {
                  const label = cellLabel(m.name, c) + (c.taskCount ? `, ${c.taskCount} ${c.taskCount === 1 ? "task" : "tasks"}` : "");
                  return (
                    <td key={c.weekStart} className={cn("border-b border-slate-100 p-0.5", c.weekStart === currentWeek && "bg-brand-50")}>
                      <button
                        type="button"
                        data-cell={`${r}:${col}`}
                        tabIndex={focus[0] === r && focus[1] === col ? 0 : -1}
                        aria-label={label}
                        onMouseEnter={(e) => showTip(e.currentTarget, label)}
                        onMouseLeave={() => setTip(null)}
                        onFocus={(e) => { setFocus([r, col]); showTip(e.currentTarget, label); }}
                        onBlur={() => setTip(null)}
                        onKeyDown={(e) => onKeyDown(e, r, col)}
                        onClick={() => { setTip(null); setSelected({ userId: m.id, name: m.name, cell: c }); }}
                        className={cn(
                          "flex h-9 w-full min-w-11 items-center justify-center rounded text-xs font-medium tabular-nums transition",
                          "hover:ring-2 hover:ring-slate-900/40 focus-visible:ring-2 focus-visible:ring-slate-900 focus-visible:outline-none",
                          bandStyles[c.band].cell, c.when === "past" && "opacity-60",
                        )}
                      >
                        <span aria-hidden>{cellFigure(c)}</span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {tip ? (
        <div role="tooltip" className="pointer-events-none fixed z-50 -translate-x-1/2 -translate-y-full rounded-md bg-slate-900 px-2.5 py-1.5 text-xs whitespace-nowrap text-white shadow-lg"
          style={{ left: tip.left, top: tip.top - 6 }}>
          {tip.text}
        </div>
      ) : null}
      <CellPanel selected={selected} onClose={() => setSelected(null)} load={loadCellTasks} />
    </>
  );
}
