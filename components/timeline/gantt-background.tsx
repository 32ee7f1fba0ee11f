import { memo } from "react";
import { monthTicks, nonWorkingBands } from "./axis-ticks";
import { xOf, type Scale } from "./geometry";

/** Behind the bars: weekends and holidays shaded, month lines, the today and launch lines. */
export const GanttBackground = memo(function GanttBackground({ scale, height, left, holidays, today, launchDate }: {
  scale: Scale; height: number; left: number; holidays: { date: string; name: string }[]; today: string; launchDate: string | null;
}) {
  const bands = nonWorkingBands(scale, holidays);
  const todayX = xOf(scale, today) + scale.dayWidth / 2;
  const launchX = launchDate ? xOf(scale, launchDate) : null;
  return (
    <div className="pointer-events-none absolute top-0" style={{ left, width: scale.width, height }} aria-hidden>
      {bands.map((b) => (
        <div key={b.key} className={b.kind === "holiday" ? "absolute inset-y-0 bg-amber-100/70" : "absolute inset-y-0 bg-slate-100"} style={{ left: b.x, width: b.width }} />
      ))}
      {monthTicks(scale).map((m) => <div key={m.key} className="absolute inset-y-0 w-px bg-slate-200" style={{ left: m.x }} />)}
      {launchX !== null && launchX >= 0 && launchX <= scale.width ? (
        <div data-marker="launch" className="absolute inset-y-0 w-0.5 bg-emerald-500" style={{ left: launchX - 1 }} />
      ) : null}
      {todayX >= 0 && todayX <= scale.width ? <div data-marker="today" className="absolute inset-y-0 w-0.5 bg-rose-500" style={{ left: todayX - 1 }} /> : null}
    </div>
  );
});
