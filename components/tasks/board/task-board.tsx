"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import {
  closestCenter, closestCorners, DndContext, DragOverlay, KeyboardSensor, PointerSensor, pointerWithin, useSensor, useSensors,
  type CollisionDetection, type DragEndEvent, type DragOverEvent, type DragStartEvent,
} from "@dnd-kit/core";
import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { X } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import type { TaskStatus } from "@/db/schema/values";
import type { Board } from "@/lib/tasks/board";
import type { BoardQueryInput } from "@/lib/tasks/schemas";
import { boardAnnouncements, screenReaderInstructions } from "./board-announcements";
import { CardFace } from "./board-card";
import { BoardColumnView } from "./board-column";
import { locate, neighbours } from "./board-state";
import { useBoard } from "./use-board";

const statusOf = (data: unknown) => (data as { status?: TaskStatus } | undefined)?.status;

/**
 * The kanban board: columns by status, cards by position. Cards move by mouse, touch or keyboard
 * (Space, arrows, Space); the move shows at once and is undone, with the reason above the board,
 * when the server refuses it.
 */
export function TaskBoard({ initial, query, showCampaign, empty }: {
  initial: Board;
  query: BoardQueryInput;
  /** the cross-campaign board names each card's campaign */
  showCampaign: boolean;
  /** what to show when no task matches at all */
  empty: React.ReactNode;
}) {
  const { board, error, clearError, showMore, loadingMore, move } = useBoard(initial, query);
  // the collision detection reads the latest board without being recreated on every change
  const boardRef = useRef(board);
  useLayoutEffect(() => {
    boardRef.current = board;
  }, [board]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [overStatus, setOverStatus] = useState<TaskStatus | null>(null);
  // a card dropped by keyboard is re-mounted in its new column: give it the focus back
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    const id = refocus.current;
    if (!id) return;
    const frame = requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>(`li[data-task-id="${id}"]`);
      if (el && (document.activeElement === document.body || document.activeElement === null)) el.focus();
      refocus.current = null;
    });
    return () => cancelAnimationFrame(frame);
  }, [board]);

  const sensors = useSensors(
    // a few pixels of travel before a drag starts, so a click still focuses and text can be selected
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // the card under the pointer if any; else the nearest card of the column under it (or the empty column)
  const collisions: CollisionDetection = useCallback((args) => {
    const hits = args.pointerCoordinates ? pointerWithin(args) : [];
    const cardHit = hits.find((h) => !String(h.id).startsWith("column:"));
    if (cardHit) return [cardHit];
    const first = (hits.length ? hits : closestCorners(args))[0];
    if (!first) return [];
    if (String(first.id).startsWith("column:")) {
      const status = String(first.id).slice("column:".length);
      const ids = new Set(boardRef.current.columns.find((c) => c.status === status)?.cards.map((c) => c.id));
      const inColumn = args.droppableContainers.filter((c) => ids.has(String(c.id)));
      if (inColumn.length) return closestCenter({ ...args, droppableContainers: inColumn }).slice(0, 1);
    }
    return [first];
  }, []);

  const announcements = useMemo(() => boardAnnouncements(board), [board]);

  function onDragStart({ active }: DragStartEvent) {
    clearError();
    setActiveId(String(active.id));
  }

  function onDragOver({ over }: DragOverEvent) {
    setOverStatus(over ? statusOf(over.data.current) ?? null : null);
  }

  function onDragEnd({ active, over, activatorEvent }: DragEndEvent) {
    if (activatorEvent instanceof KeyboardEvent) refocus.current = String(active.id);
    setActiveId(null);
    setOverStatus(null);
    const from = locate(board, String(active.id));
    const to = over ? statusOf(over.data.current) : undefined;
    if (!from || !over || !to) return;
    const column = board.columns.find((c) => c.status === to)!;
    const others = column.cards.filter((c) => c.id !== from.card.id);
    let index = others.length;
    if (over.id !== `column:${to}` && over.id !== active.id) {
      const at = column.cards.findIndex((c) => c.id === over.id);
      if (from.column.status === to) index = at; // sortable order: the card takes the place of the one it is over
      else {
        // from another column: above or below the card it is over, by where its middle is
        const a = active.rect.current.translated;
        const below = a ? a.top + a.height / 2 > over.rect.top + over.rect.height / 2 : false;
        index = others.findIndex((c) => c.id === over.id) + (below ? 1 : 0);
      }
    } else if (over.id === active.id) index = from.index;
    if (from.column.status === to && index === from.index) return;
    move({ id: from.card.id, title: from.card.title, toStatus: to, index, ...neighbours(others, index, from.card.campaign.id) });
  }

  const activeCard = activeId ? locate(board, activeId)?.card : undefined;
  const isEmpty = board.columns.every((c) => c.total === 0);

  return (
    <div>
      {error ? (
        <Alert tone="error" className="mb-4">
          <div className="flex items-start gap-3">
            <p className="flex-1">{error}</p>
            <button type="button" onClick={clearError} className="rounded p-0.5 text-red-700 hover:bg-red-100" aria-label="Dismiss"><X className="size-4" /></button>
          </div>
        </Alert>
      ) : null}
      {isEmpty ? empty : (
        <DndContext
          sensors={sensors}
          collisionDetection={collisions}
          onDragStart={onDragStart}
          onDragOver={onDragOver}
          onDragEnd={onDragEnd}
          onDragCancel={() => { setActiveId(null); setOverStatus(null); }}
          accessibility={{ announcements, screenReaderInstructions }}
        >
          <div className="-mx-1 overflow-x-auto pb-3" role="region" aria-label="Task board" tabIndex={-1}>
            <div className="flex items-start gap-3 px-1">
              {board.columns.map((column) => (
                <BoardColumnView
                  key={column.status}
                  column={column}
                  showCampaign={showCampaign}
                  highlighted={activeId !== null && overStatus === column.status}
                  loadingMore={loadingMore === column.status}
                  onShowMore={showMore}
                />
              ))}
            </div>
          </div>
          <DragOverlay dropAnimation={null}>{activeCard ? <CardFace card={activeCard} showCampaign={showCampaign} dragging /> : null}</DragOverlay>
        </DndContext>
      )}
    </div>
  );
}
