import { memo } from "react";
import { cn } from "@/components/ui/cn";
import { minorTicks, monthTicks } from "./axis-ticks";
import { NAME_WIDTH, xOf, type Scale, type Zoom } from "./geometry";
import { shortDay } from "./labels";

export const AXIS_HEIGHT = 70;

/** The date axis above the bars: months, then days or weeks, then the today and launch markers. */
export const GanttAxis = memo(function GanttAxis({ scale, zoom, today, launchDate }: { scale: Scale; zoom: Zoom; today: string; launchDate: string | null }) {
  const months = monthTicks(scale);
  const minor = minorTicks(scale, zoom);
  const todayX = xOf(scale, today);
  const launchX = launchDate ? xOf(scale, launchDate) : null;
  const inRange = (x: number) => x >= 0 && x < scale.width;
  return (
    <div className="relative shrink-0 select-none" style={{ width: scale.width, height: AXIS_HEIGHT }} aria-hidden>
      <div className="absolute inset-x-0 top-0 h-[22px] border-b border-slate-200">
        {months.map((m) => (
          <div key={m.key} className="absolute top-0 h-full border-l border-slate-200 text-xs leading-[22px] font-semibold text-slate-700" style={{ left: m.x, width: m.width }}>
            {/* the month's name stays in view while its days scroll under the names column */}
            <span className="sticky inline-block px-2 whitespace-nowrap" style={{ left: NAME_WIDTH }}>{m.label}</span>
          </div>
        ))}
      </div>
      <div className="absolute inset-x-0 top-[22px] h-[30px] border-b border-slate-200">
        {minor.map((t) => (
          <div key={t.key} className={cn("absolute top-0 h-full border-l border-slate-100 text-[11px] leading-none tabular-nums", t.muted ? "text-slate-400" : "text-slate-600", zoom === "week" ? "pt-1 text-center" : "pt-2 pl-1.5")}
            style={{ left: t.x, width: t.width }}>
            {t.label}
            {t.sub ? <span className="mt-0.5 block text-[10px]">{t.sub}</span> : null}
          </div>
        ))}
      </div>
      <div className="absolute inset-x-0 top-[52px] h-[18px]">
        {launchX !== null && inRange(launchX) ? (
          <span className="absolute top-0.5 rounded-sm bg-emerald-600 px-1.5 text-[10px] leading-[14px] font-semibold whitespace-nowrap text-white" style={{ left: launchX }}>
            Launch {shortDay(launchDate!)}
          </span>
        ) : null}
        {inRange(todayX) ? (
          <span className="absolute top-0.5 -translate-x-full rounded-sm bg-rose-600 px-1.5 text-[10px] leading-[14px] font-semibold whitespace-nowrap text-white" style={{ left: todayX + scale.dayWidth / 2 }}>
            Today
          </span>
        ) : null}
      </div>
    </div>
  );
});
