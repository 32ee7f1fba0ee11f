"use client";

import { memo } from "react";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { CalendarDays, Clock, Lock } from "lucide-react";
import { PriorityBadge } from "@/components/campaigns/status-badge";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { priorityLabels } from "@/lib/campaigns/labels";
import { formatDay } from "@/lib/core/format";
import type { BoardCard } from "@/lib/tasks/board";

function initials(name: string) {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? parts.at(-1)![0] : "")).toUpperCase() || "?";
}

const shortDay = (iso: string) => formatDay(iso).replace(/, \d{4}$/, "");

/** What a card says to a screen reader beyond its title. */
function describe(card: BoardCard, showCampaign: boolean) {
  return [
    showCampaign ? `Campaign ${card.campaign.name}` : null,
    `${priorityLabels[card.priority]} priority`,
    card.dueDate ? `due ${formatDay(card.dueDate)}${card.overdue ? ", overdue" : ""}` : "no due date",
    card.assignee ? `assigned to ${card.assignee.name}` : "unassigned",
    card.blockedBy.length ? `blocked, waiting for: ${card.blockedBy.join(", ")}` : null,
    card.can.move ? null : "you cannot move this task",
  ].filter(Boolean).join("; ");
}

/** The face of a card: shared by the sortable card and the copy that follows the pointer. */
export function CardFace({ card, showCampaign, dragging = false }: { card: BoardCard; showCampaign: boolean; dragging?: boolean }) {
  const blocked = card.effectiveStatus === "blocked" && card.blockedBy.length > 0;
  // no tilt while dragging: the keyboard sensor picks the next column by the overlay's left edge
  return (
    <div className={cn("relative rounded-md bg-white p-3 text-left shadow-sm ring-1 ring-slate-200", dragging && "shadow-lg ring-2 ring-brand-500")}>
      {showCampaign ? <p className="mb-1 truncate text-xs font-medium text-slate-500" title={card.campaign.name}>{card.campaign.name}</p> : null}
      <p className="text-sm leading-snug font-medium text-slate-900">{card.title}</p>
      <div className="mt-2 flex flex-wrap items-center gap-1.5">
        <PriorityBadge priority={card.priority} />
        {blocked ? <Badge tone="red"><Lock className="mr-1 size-3" aria-hidden />Blocked</Badge> : null}
        {card.overdue ? <Badge tone="red">Overdue</Badge> : null}
      </div>
      <div className="mt-2 flex items-center gap-3 text-xs text-slate-500">
        {card.dueDate ? (
          <span className={cn("inline-flex items-center gap-1", card.overdue && "font-medium text-red-700")}>
            <CalendarDays className="size-3.5" aria-hidden />{shortDay(card.dueDate)}
          </span>
        ) : null}
        {card.estimateHours !== null ? <span className="inline-flex items-center gap-1"><Clock className="size-3.5" aria-hidden />{card.estimateHours} h</span> : null}
        <span className="ml-auto">
          {card.assignee ? (
            <span className="flex size-6 items-center justify-center rounded-full bg-brand-100 text-[10px] font-semibold text-brand-700" title={card.assignee.name}>
              {initials(card.assignee.name)}
            </span>
          ) : (
            <span className="flex size-6 items-center justify-center rounded-full border border-dashed border-slate-300 text-[10px] text-slate-400" title="Unassigned">—</span>
          )}
        </span>
      </div>
      {blocked ? (
        // shown while the card is hovered or focused: what it waits for
        <div className="pointer-events-none invisible absolute top-full right-0 left-0 z-20 mt-1 rounded-md bg-slate-900 px-3 py-2 text-xs text-white opacity-0 shadow-lg transition-opacity group-hover:visible group-hover:opacity-100 group-focus-visible:visible group-focus-visible:opacity-100">
          Waiting for: {card.blockedBy.join(", ")}
        </div>
      ) : null}
    </div>
  );
}

/** Cards re-render on every drag start and drop (the drag context changes): the face only when its card does. */
const MemoFace = memo(CardFace);

/** A card in a column: draggable (mouse, touch, keyboard) when the viewer may move it. */
export const SortableCard = memo(function SortableCard({ card, showCampaign }: { card: BoardCard; showCampaign: boolean }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: card.id,
    data: { status: card.status },
    disabled: !card.can.move,
  });
  const detailsId = `card-${card.id}-details`;
  const movable = card.can.move;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cn("group relative list-none rounded-md outline-none focus-visible:ring-2 focus-visible:ring-brand-500", isDragging && "opacity-40", movable ? "cursor-grab touch-none active:cursor-grabbing" : "cursor-default")}
      {...(movable ? attributes : { tabIndex: 0 })}
      {...(movable ? listeners : {})}
      aria-label={card.title}
      aria-describedby={[movable ? attributes["aria-describedby"] : null, detailsId].filter(Boolean).join(" ")}
      data-task-id={card.id}
    >
      <MemoFace card={card} showCampaign={showCampaign} />
      <span id={detailsId} className="sr-only">{describe(card, showCampaign)}</span>
    </li>
  );
});
