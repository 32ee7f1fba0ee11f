import type { ScheduleItem } from "@/lib/timeline/schedule-view";
import { cn } from "@/components/ui/cn";
import { longDay, shortDay, slackText, span, statusText, workingDays } from "./labels";

export type TooltipAnchor = { item: ScheduleItem; rect: { left: number; top: number; bottom: number; width: number } };

const WIDTH = 288;

/** The one tooltip of the chart, placed next to the hovered or focused bar (fixed, so no scroller clips it). */
export function BarTooltip({ anchor, critical, hint }: { anchor: TooltipAnchor; critical: boolean; hint: string | null }) {
  const { item, rect } = anchor;
  const viewportW = typeof window === "undefined" ? 1280 : window.innerWidth;
  const viewportH = typeof window === "undefined" ? 800 : window.innerHeight;
  const left = Math.min(Math.max(8, rect.left + Math.min(rect.width, 120) / 2 - WIDTH / 2), viewportW - WIDTH - 8);
  const below = rect.bottom + 250 < viewportH;
  const late = item.cpm.slackDays < 0;
  return (
    <div role="tooltip" id="gantt-tooltip"
      className="pointer-events-none fixed z-50 rounded-md bg-slate-900 px-3 py-2.5 text-xs text-slate-100 shadow-lg"
      style={{ left, width: WIDTH, ...(below ? { top: rect.bottom + 8 } : { bottom: viewportH - rect.top + 8 }) }}>
      <p className="font-semibold text-white">{item.name}</p>
      <p className="mt-0.5 text-slate-300">{item.isLaunch ? "Launch milestone" : item.kind === "milestone" ? "Milestone" : statusText(item)}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        <dt className="text-slate-400">Dates</dt><dd>{span(item.start, item.end)}</dd>
        <dt className="text-slate-400">Duration</dt><dd>{workingDays(item.durationDays)}</dd>
        {item.kind === "milestone" ? <><dt className="text-slate-400">Buffer</dt><dd>{item.bufferDays ? workingDays(item.bufferDays) : "None"}</dd></> : null}
        <dt className="text-slate-400">Early</dt><dd>{shortDay(item.cpm.earliestStart)} → {shortDay(item.cpm.earliestFinish)} <span className="text-slate-400">(ES → EF)</span></dd>
        <dt className="text-slate-400">Late</dt><dd>{shortDay(item.cpm.latestStart)} → {shortDay(item.cpm.latestFinish)} <span className="text-slate-400">(LS → LF)</span></dd>
        <dt className="text-slate-400">Slack</dt>
        <dd className={cn(late ? "font-semibold text-red-300" : critical ? "text-orange-300" : undefined)}>{slackText(item.cpm.slackDays)}</dd>
      </dl>
      {critical && !late ? <p className="mt-2 text-orange-300">On the critical path: {item.cpm.slackDays > 0 ? "its slack is the buffers ahead of the launch." : "any slip moves the launch."}</p> : null}
      {late ? <p className="mt-2 text-red-300">Must finish by {longDay(item.cpm.latestFinish)} to keep the launch.</p> : null}
      {hint ? <p className="mt-2 border-t border-slate-700 pt-2 text-slate-300">{hint}</p> : null}
    </div>
  );
}
