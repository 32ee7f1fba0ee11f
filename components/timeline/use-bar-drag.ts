"use client";

import { useRef, useState } from "react";
import type { WorkCalendar } from "@/lib/timeline/calendar";
import type { ScheduleItem } from "@/lib/timeline/schedule-view";
import { dragWorkingDays, snapDays } from "./geometry";

/** A move not yet confirmed: whole working days, for the bar ("move") or its end ("resize"). */
export type PendingMove = { id: string; mode: "move" | "resize"; days: number; via: "pointer" | "keyboard" };

type DragStart = { id: string; mode: "move" | "resize"; startX: number; anchor: string; moved: boolean };

/**
 * Pointer and keyboard moves of bars, delegated from the chart body: a bar marks itself with
 * data-item-id and data-draggable, its end handle with data-handle="resize". Pointer: snaps to
 * days while dragging, commits on release. Keyboard: ←/→ (Shift: the end) move by a working
 * day, Enter commits, Escape cancels.
 */
export function useBarDrag({ byId, dayWidth, cal, onCommit }: {
  byId: ReadonlyMap<string, ScheduleItem>; dayWidth: number; cal: WorkCalendar; onCommit: (move: PendingMove) => void;
}) {
  const [pending, setPending] = useState<PendingMove | null>(null);
  const drag = useRef<DragStart | null>(null);

  const barOf = (target: EventTarget) => (target instanceof Element ? target.closest<HTMLElement>("[data-draggable]") : null);
  const daysFor = (d: DragStart, clientX: number) => dragWorkingDays(d.anchor, snapDays(clientX - d.startX, dayWidth), cal);

  function onPointerDown(e: React.PointerEvent) {
    const bar = barOf(e.target);
    const item = bar ? byId.get(bar.dataset.itemId ?? "") : undefined;
    if (e.button !== 0 || !bar || !item) return;
    const mode = e.target instanceof Element && e.target.closest("[data-handle=resize]") ? "resize" : "move";
    drag.current = { id: item.id, mode, startX: e.clientX, anchor: mode === "move" ? item.start : item.end, moved: false };
    bar.setPointerCapture(e.pointerId);
  }

  function onPointerMove(e: React.PointerEvent) {
    const d = drag.current;
    if (!d) return;
    if (!d.moved && Math.abs(e.clientX - d.startX) < 4) return;
    d.moved = true;
    const days = daysFor(d, e.clientX);
    setPending((p) => (p && p.id === d.id && p.mode === d.mode && p.days === days ? p : { id: d.id, mode: d.mode, days, via: "pointer" }));
  }

  function onPointerUp(e: React.PointerEvent) {
    const d = drag.current;
    drag.current = null;
    if (!d?.moved) return;
    const days = daysFor(d, e.clientX);
    setPending(null);
    if (days !== 0) onCommit({ id: d.id, mode: d.mode, days, via: "pointer" });
  }

  function onPointerCancel() {
    drag.current = null;
    setPending(null);
  }

  function onKeyDown(e: React.KeyboardEvent) {
    const bar = barOf(e.target);
    const item = bar && e.target === bar ? byId.get(bar.dataset.itemId ?? "") : undefined;
    if (!item) return;
    if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
      e.preventDefault();
      const step = e.key === "ArrowRight" ? 1 : -1;
      const mode = e.shiftKey && item.kind === "milestone" ? "resize" : "move";
      setPending((p) => ({ id: item.id, mode, days: (p && p.id === item.id && p.mode === mode ? p.days : 0) + step, via: "keyboard" }));
    } else if (e.key === "Enter" && pending?.id === item.id) {
      e.preventDefault();
      setPending(null);
      if (pending.days !== 0) onCommit(pending);
    } else if (e.key === "Escape" && pending) {
      e.preventDefault();
      e.stopPropagation();
      setPending(null);
    }
  }

  function onBlur(e: React.FocusEvent) {
    if (pending?.via === "keyboard" && barOf(e.target)?.dataset.itemId === pending.id) setPending(null);
  }

  return { pending, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onKeyDown, onBlur } };
}
