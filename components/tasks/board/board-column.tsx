"use client";

import { memo } from "react";
import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { TaskStatus } from "@/db/schema/values";
import type { BoardColumn as Column } from "@/lib/tasks/board";
import { SortableCard } from "./board-card";

export const columnDroppableId = (status: TaskStatus) => `column:${status}`;

const accents: Record<TaskStatus, string> = {
  todo: "bg-slate-400", in_progress: "bg-blue-500", blocked: "bg-red-500", in_review: "bg-amber-500", done: "bg-green-500", cancelled: "bg-slate-300",
};

/** One status column: its header with the count, its cards in order, and "show more" for the rest. */
export const BoardColumnView = memo(function BoardColumnView({ column, showCampaign, highlighted, loadingMore, onShowMore }: {
  column: Column;
  showCampaign: boolean;
  /** a card is being dragged over this column */
  highlighted: boolean;
  loadingMore: boolean;
  onShowMore: (status: TaskStatus) => void;
}) {
  const { setNodeRef } = useDroppable({ id: columnDroppableId(column.status), data: { status: column.status, column: true } });
  const remaining = column.total - column.cards.length;
  const headingId = `board-column-${column.status}`;
  return (
    <section aria-labelledby={headingId} className={cn("flex w-64 shrink-0 flex-col rounded-lg bg-slate-100/80 ring-1 ring-slate-200 transition-colors", highlighted && "bg-brand-50 ring-2 ring-brand-500")}>
      <header className="flex items-center gap-2 px-3 pt-3 pb-2">
        <span className={cn("size-2 rounded-full", accents[column.status])} aria-hidden />
        <h2 id={headingId} className="text-sm font-semibold text-slate-800">{column.label}</h2>
        <span className="ml-auto rounded-full bg-white px-2 py-0.5 text-xs font-medium text-slate-600 ring-1 ring-slate-200" aria-label={`${column.total} tasks`}>{column.total}</span>
      </header>
      <SortableContext id={column.status} items={column.cards.map((c) => c.id)} strategy={verticalListSortingStrategy}>
        <ul ref={setNodeRef} className="flex min-h-24 flex-1 flex-col gap-2 overflow-y-auto px-2 pb-2 max-h-[calc(100vh-18rem)]" aria-labelledby={headingId}>
          {column.cards.map((card) => <SortableCard key={card.id} card={card} showCampaign={showCampaign} />)}
          {column.cards.length === 0 ? (
            <li className={cn("flex flex-1 list-none items-center justify-center rounded-md border-2 border-dashed px-3 py-6 text-center text-xs", highlighted ? "border-brand-500 text-brand-700" : "border-slate-300 text-slate-500")}>
              {highlighted ? `Drop to move to ${column.label}` : "No tasks here. Drop a task to move it to this column."}
            </li>
          ) : null}
        </ul>
      </SortableContext>
      {remaining > 0 ? (
        <div className="px-2 pb-2">
          <Button variant="ghost" size="sm" className="w-full" disabled={loadingMore} onClick={() => onShowMore(column.status)}>
            {loadingMore ? <><Loader2 className="size-4 animate-spin" aria-hidden /> Loading…</> : `Show more (${remaining} more)`}
          </Button>
        </div>
      ) : null}
    </section>
  );
});
