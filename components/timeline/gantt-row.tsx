import { memo } from "react";
import { ChevronRight, Flag, TriangleAlert } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { GanttBar, type Ghost } from "./gantt-bars";
import { NAME_WIDTH, ROW_HEIGHT, type BarGeometry, type GanttRow as Row } from "./geometry";
import { statusText, workingDays } from "./labels";

/** One row: the name (sticky on the left) and the bar track. Memoised: a drag re-renders only its row. */
export const GanttRow = memo(function GanttRow({ row, top, width, g, ghost, draggable, critical, expanded, onToggle }: {
  row: Row; top: number; width: number; g: BarGeometry | null; ghost: Ghost | null; draggable: boolean; critical: boolean; expanded: boolean; onToggle: (id: string) => void;
}) {
  const isMilestone = row.kind === "milestone";
  return (
    <div className={cn("absolute left-0 flex border-b border-slate-100", isMilestone && "bg-slate-500/[0.04]")} style={{ top, height: ROW_HEIGHT, width: NAME_WIDTH + width }}>
      <div className={cn("sticky left-0 z-20 flex h-full shrink-0 items-center gap-1 border-r border-slate-200 pr-3", isMilestone || row.kind === "group" ? "bg-slate-50" : "bg-white")} style={{ width: NAME_WIDTH }}>
        {row.kind === "group" ? (
          <p className="truncate pl-3 text-xs font-semibold tracking-wide text-slate-500 uppercase">{row.label}</p>
        ) : row.kind === "milestone" ? (
          <>
            {row.taskCount > 0 ? (
              <button type="button" onClick={() => onToggle(row.item.id)} aria-expanded={expanded}
                aria-label={`${expanded ? "Collapse" : "Expand"} ${row.item.name}`}
                className="ml-1 flex size-6 shrink-0 items-center justify-center rounded text-slate-500 hover:bg-slate-200 hover:text-slate-800">
                <ChevronRight className={cn("size-4 transition-transform", expanded && "rotate-90")} aria-hidden />
              </button>
            ) : <span className="ml-1 size-6 shrink-0" />}
            <div className="min-w-0">
              <p className="flex items-center gap-1 truncate text-sm font-semibold text-slate-900">
                {row.item.isLaunch ? <Flag className="size-3.5 shrink-0 text-emerald-600" aria-label="Launch" /> : null}
                <span className="truncate">{row.item.name}</span>
                {row.item.cpm.slackDays < 0 ? <TriangleAlert className="size-3.5 shrink-0 text-red-600" aria-label="Cannot make the launch" /> : null}
              </p>
              <p className="truncate text-[11px] text-slate-500">
                {workingDays(row.item.durationDays)}{row.item.bufferDays ? ` + ${row.item.bufferDays} buffer` : ""} · {row.taskCount} task{row.taskCount === 1 ? "" : "s"}
              </p>
            </div>
          </>
        ) : (
          <div className={cn("min-w-0", row.nested ? "pl-9" : "pl-3")}>
            <p className="flex items-center gap-1 truncate text-[13px] text-slate-800">
              <span className="truncate">{row.item.name}</span>
              {row.item.cpm.slackDays < 0 ? <TriangleAlert className="size-3 shrink-0 text-red-600" aria-label="Cannot make the launch" /> : null}
            </p>
            <p className="truncate text-[11px] text-slate-500">{statusText(row.item)}</p>
          </div>
        )}
      </div>
      <div className="relative h-full shrink-0" style={{ width }}>
        {row.kind !== "group" && g ? <GanttBar item={row.item} g={g} ghost={ghost} draggable={draggable} critical={critical} /> : null}
      </div>
    </div>
  );
});
