"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { addWorkingDays } from "@/lib/timeline/calendar";
import type { CampaignSchedule, RescheduleChange, ScheduleItem } from "@/lib/timeline/schedule-view";
import { BarTooltip, type TooltipAnchor } from "./bar-tooltip";
import { GanttAxis, AXIS_HEIGHT } from "./gantt-axis";
import { GanttBackground } from "./gantt-background";
import { ghostLabel, type Ghost } from "./gantt-bars";
import { GanttConnectors } from "./gantt-connectors";
import { GanttRow } from "./gantt-row";
import { barGeometry, buildRows, calendarOf, connectors, criticalIds, makeScale, NAME_WIDTH, resizedEnd, ROW_HEIGHT, shiftDates, xOf, type BarGeometry, type Zoom } from "./geometry";
import { longDay, shift } from "./labels";
import { useBarDrag, type PendingMove } from "./use-bar-drag";

/** Up to this many rows everything is rendered; past it, only the rows in view (and a margin). */
const VIRTUALIZE_AFTER = 150;

export type TaskMove = { item: ScheduleItem; to: { start: string; end: string }; days: number };

/** The Gantt chart: names on the left, bars on a date axis, dependency lines, drag to reschedule. */
export function Gantt({ schedule, zoom, editable, onMilestoneChange, onTaskMove }: {
  schedule: CampaignSchedule; zoom: Zoom; editable: boolean; onMilestoneChange: (change: RescheduleChange) => void; onTaskMove: (move: TaskMove) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [tip, setTip] = useState<TooltipAnchor | null>(null);
  const cal = useMemo(() => calendarOf(schedule.holidays), [schedule.holidays]);
  const [viewWidth, setViewWidth] = useState(0);
  const scale = useMemo(() => makeScale(schedule, zoom, viewWidth), [schedule, zoom, viewWidth]);
  const byId = useMemo(() => new Map(schedule.items.map((i) => [i.id, i])), [schedule.items]);
  const bars = useMemo(() => new Map<string, BarGeometry>(schedule.items.map((i) => [i.id, barGeometry(i, scale, cal)])), [schedule.items, scale, cal]);
  const rows = useMemo(() => buildRows(schedule.items, collapsed), [schedule.items, collapsed]);
  const critical = useMemo(() => criticalIds(schedule), [schedule]);
  const lines = useMemo(() => connectors(rows, bars, critical), [rows, bars, critical]);
  const height = rows.length * ROW_HEIGHT;

  const commit = (move: PendingMove) => {
    const item = byId.get(move.id);
    if (!item) return;
    if (item.kind === "task") onTaskMove({ item, to: shiftDates(item, move.days, cal), days: move.days });
    else if (move.mode === "move") onMilestoneChange({ kind: "milestone_end", milestoneId: item.id, end: addWorkingDays(item.end, move.days, cal) });
    else onMilestoneChange({ kind: "milestone_duration", milestoneId: item.id, durationDays: resizedEnd(item, move.days, cal).durationDays });
  };
  const { pending, handlers } = useBarDrag({ byId, dayWidth: scale.dayWidth, cal, onCommit: commit });
  const pendingItem = pending ? byId.get(pending.id) : undefined;
  const pendingDates = pending && pendingItem
    ? pending.mode === "move" ? shiftDates(pendingItem, pending.days, cal) : { start: pendingItem.start, end: resizedEnd(pendingItem, pending.days, cal).end }
    : null;
  const ghost: Ghost | null = pending && pendingItem && pendingDates
    ? { geometry: barGeometry({ ...pendingItem, ...pendingDates }, scale, cal), label: ghostLabel(pendingDates, pending.days, pending.mode) }
    : null;

  const toggle = useCallback((id: string) => setCollapsed((c) => {
    const next = new Set(c);
    if (!next.delete(id)) next.add(id);
    return next;
  }), []);

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders the chart on scroll itself
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: rows.length > VIRTUALIZE_AFTER ? 12 : rows.length,
    scrollMargin: AXIS_HEIGHT,
    initialRect: { width: 1000, height: 640 },
  });

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setViewWidth(el.clientWidth - NAME_WIDTH));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // open on today when the plan runs through it, else on the plan's first day
  const { startDay, dayWidth } = scale;
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || !schedule.range) return;
    const { start, end } = schedule.range;
    const at = (date: string) => xOf({ startDay, dayWidth, days: 0, width: 0 }, date);
    const todayIn = schedule.today >= start && schedule.today <= end;
    // the plan's start stays in view unless today is too far into it
    const x = todayIn && at(schedule.today) - at(start) > (el.clientWidth - NAME_WIDTH) * 0.6 ? at(schedule.today) - 7 * dayWidth : at(start) - 2 * dayWidth;
    el.scrollLeft = Math.max(0, x);
  }, [startDay, dayWidth, schedule.range, schedule.today]);

  const anchorOf = (bar: HTMLElement, item: ScheduleItem): TooltipAnchor | null => {
    const r = bar.getBoundingClientRect();
    const view = scrollRef.current?.getBoundingClientRect();
    // hidden once its bar scrolls out of the chart
    if (view && (r.right < view.left + NAME_WIDTH || r.left > view.right || r.bottom < view.top + AXIS_HEIGHT || r.top > view.bottom)) return null;
    return { item, rect: { left: Math.max(r.left, (view?.left ?? 0) + NAME_WIDTH), top: r.top, bottom: r.bottom, width: r.width } };
  };
  const showTip = (target: EventTarget) => {
    const bar = target instanceof Element ? target.closest<HTMLElement>("[data-item-id]") : null;
    const item = bar ? byId.get(bar.dataset.itemId ?? "") : undefined;
    if (bar && item) setTip((t) => (t?.item.id === item.id ? t : anchorOf(bar, item)));
  };
  const followTip = () => setTip((t) => {
    const bar = t ? scrollRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(t.item.id)}"]`) : null;
    return t && bar ? anchorOf(bar, t.item) : null;
  });

  return (
    <div className="relative rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <div ref={scrollRef} className="relative max-h-[calc(100vh-14rem)] min-h-72 overflow-auto rounded-lg overscroll-x-contain" onScroll={followTip}>
        <div className="relative" style={{ width: NAME_WIDTH + scale.width }}>
          <div className="sticky top-0 z-30 flex border-b border-slate-200 bg-white">
            <div className="sticky left-0 z-10 flex shrink-0 items-end border-r border-slate-200 bg-white px-3 pb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase" style={{ width: NAME_WIDTH }}>
              Milestones and tasks
            </div>
            <GanttAxis scale={scale} zoom={zoom} today={schedule.today} launchDate={schedule.launchDate} />
          </div>
          <div
            role="group" aria-label="Timeline bars" className="relative select-none" style={{ height }}
            {...handlers}
            onPointerOver={(e) => !pending && showTip(e.target)}
            onPointerOut={(e) => !(e.relatedTarget instanceof Element && e.relatedTarget.closest("[data-item-id]")) && setTip(null)}
            onFocus={(e) => showTip(e.target)}
            onBlur={(e) => { handlers.onBlur(e); setTip(null); }}
          >
            <GanttBackground scale={scale} height={height} left={NAME_WIDTH} holidays={schedule.holidays} today={schedule.today} launchDate={schedule.launchDate} />
            <GanttConnectors lines={lines} width={scale.width} height={height} left={NAME_WIDTH} />
            {virtualizer.getVirtualItems().map((v) => {
              const row = rows[v.index]!;
              const id = row.kind === "group" ? null : row.item.id;
              return (
                <GanttRow key={row.key} row={row} top={v.start - AXIS_HEIGHT} width={scale.width} g={id ? bars.get(id) ?? null : null}
                  ghost={id && pending?.id === id ? ghost : null} draggable={editable} critical={id ? critical.has(id) : false} expanded={id ? !collapsed.has(id) : true} onToggle={toggle} />
              );
            })}
          </div>
        </div>
      </div>
      {tip && !pending ? <BarTooltip anchor={tip} critical={critical.has(tip.item.id)} hint={editable ? (tip.item.kind === "milestone" ? "Drag to move (its right edge to resize), or ←/→ then Enter to preview." : "Drag, or ←/→ then Enter, to move the task's dates.") : null} /> : null}
      <p className="sr-only" aria-live="polite">
        {pending?.via === "keyboard" && pendingItem && pendingDates
          ? `${pendingItem.name}: ${pending.mode === "move" ? "move to" : "end on"} ${longDay(pending.mode === "move" ? pendingDates.start : pendingDates.end)} (${shift(pending.days)}). Enter to preview, Escape to cancel.`
          : ""}
      </p>
    </div>
  );
}
