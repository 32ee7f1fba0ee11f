import type { ScheduleItem } from "@/lib/timeline/schedule-view";
import { cn } from "@/components/ui/cn";
import type { BarGeometry } from "./geometry";
import { barLabel, shift, shortDay } from "./labels";

export const HATCH = "repeating-linear-gradient(135deg, rgb(148 163 184 / 0.75) 0 2px, rgb(255 255 255 / 0.6) 2px 5px)";

export type Ghost = { geometry: BarGeometry; label: string };

function barTone(item: ScheduleItem, critical: boolean) {
  const late = item.cpm.slackDays < 0;
  if (item.kind === "milestone") {
    if (late) return "bg-red-600 ring-2 ring-red-300";
    if (item.isLaunch) return "bg-emerald-600";
    return critical ? "bg-orange-600" : "bg-slate-600";
  }
  const done = item.status === "done" || item.status === "cancelled";
  if (late) return cn("bg-red-500 ring-2 ring-red-200", done && "opacity-60");
  return cn(critical ? "bg-orange-400" : "bg-sky-500", done && "opacity-50");
}

/**
 * One item's bar with its buffer (hatched), slack whisker and, while a move is pending, the ghost
 * of where it lands. Interaction is delegated to the chart (data-item-id), so a bar is just divs.
 */
export function GanttBar({ item, g, ghost, draggable, critical }: { item: ScheduleItem; g: BarGeometry; ghost: Ghost | null; draggable: boolean; critical: boolean }) {
  const milestone = item.kind === "milestone";
  const height = milestone ? 16 : 12;
  const checkpoint = milestone && item.durationDays === 0;
  return (
    <>
      {g.slackWidth > 0 ? (
        <div className="absolute top-1/2 h-2 -translate-y-1/2 border-r border-slate-400" style={{ left: g.slackX, width: g.slackWidth }} aria-hidden>
          <div className="absolute inset-x-0 top-1/2 border-t border-dashed border-slate-400" />
        </div>
      ) : null}
      {g.bufferWidth > 0 ? (
        <div className="absolute top-1/2 -translate-y-1/2 rounded-r-sm ring-1 ring-slate-300 ring-inset" style={{ left: g.bufferX, width: g.bufferWidth, height, backgroundImage: HATCH }} aria-hidden />
      ) : null}
      {ghost ? (
        <div className="pointer-events-none absolute top-1/2 z-10 -translate-y-1/2 rounded-sm border-2 border-dashed border-brand-600 bg-brand-100/60" style={{ left: ghost.geometry.x, width: ghost.geometry.width + ghost.geometry.bufferWidth, height: height + 6 }} aria-hidden>
          <span className="absolute top-1/2 left-full ml-2 -translate-y-1/2 rounded bg-brand-700 px-1.5 py-0.5 text-[11px] font-medium whitespace-nowrap text-white shadow">{ghost.label}</span>
        </div>
      ) : null}
      <button
        type="button"
        data-item-id={item.id}
        data-draggable={draggable || undefined}
        aria-label={barLabel(item, critical)}
        aria-keyshortcuts={draggable ? "ArrowLeft ArrowRight Enter Escape" : undefined}
        className={cn(
          "absolute top-1/2 -translate-y-1/2 shadow-sm outline-offset-2 focus-visible:outline-2 focus-visible:outline-brand-600",
          checkpoint ? "size-3 rotate-45 rounded-[2px]" : milestone ? "rounded-sm" : "rounded-full",
          barTone(item, critical),
          draggable ? "cursor-grab touch-none active:cursor-grabbing" : "cursor-default",
        )}
        style={checkpoint ? { left: g.x + g.width / 2 - 6 } : { left: g.x, width: g.width, height }}
      >
        {draggable && milestone && !checkpoint ? <span data-handle="resize" className="absolute inset-y-0 -right-1 w-2.5 cursor-ew-resize" /> : null}
      </button>
      {item.cpm.slackDays < 0 ? (
        <span className="pointer-events-none absolute top-1/2 -translate-y-1/2 rounded bg-red-100 px-1 text-[10px] font-semibold text-red-700" style={{ left: g.slackX + 4 }} aria-hidden>
          {shift(item.cpm.slackDays)}
        </span>
      ) : null}
    </>
  );
}

export function ghostLabel(dates: { start: string; end: string }, days: number, mode: "move" | "resize") {
  if (mode === "resize") return `ends ${shortDay(dates.end)} (${shift(days)})`;
  return `${dates.start === dates.end ? shortDay(dates.start) : `${shortDay(dates.start)} – ${shortDay(dates.end)}`} (${shift(days)})`;
}
