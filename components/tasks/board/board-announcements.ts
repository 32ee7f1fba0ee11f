import type { Announcements, Active, Over, ScreenReaderInstructions } from "@dnd-kit/core";
import type { Board } from "@/lib/tasks/board";
import { locate } from "./board-state";

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    "To pick up a task, press Space or Enter. Use the up and down arrow keys to move it within its column, and the left and " +
    "right arrow keys to move it to another column. Press Space or Enter again to drop it, or Escape to cancel.",
};

/** Column and 1-based position a dragged card would take over `over` (a card or an empty column). */
export function targetOf(board: Board, activeId: string, over: Over): { label: string; position: number; of: number } | null {
  const status = (over.data.current as { status?: string } | undefined)?.status;
  const column = board.columns.find((c) => c.status === status);
  if (!column) return null;
  const from = locate(board, activeId);
  const same = from?.column.status === column.status;
  const of = same ? column.total : column.total + 1;
  const at = column.cards.findIndex((c) => c.id === over.id);
  return { label: column.label, position: at >= 0 ? at + 1 : same ? column.cards.length : column.cards.length + 1, of };
}

/** What a screen reader hears while a card moves: the task by name, and where it is or lands. */
export function boardAnnouncements(board: Board): Announcements {
  const current = () => board;
  const title = (a: Active) => locate(current(), String(a.id))?.card.title ?? "the task";
  const where = (a: Active) => {
    const l = locate(current(), String(a.id));
    return l ? `${l.column.label}, position ${l.index + 1} of ${l.column.total}` : "its column";
  };
  return {
    onDragStart: ({ active }) => `Picked up task “${title(active)}” in ${where(active)}.`,
    onDragOver: ({ active, over }) => {
      const t = over ? targetOf(current(), String(active.id), over) : null;
      return t ? `Task “${title(active)}” is over ${t.label}, position ${t.position} of ${t.of}.` : `Task “${title(active)}” is not over a column.`;
    },
    onDragEnd: ({ active, over }) => {
      const t = over ? targetOf(current(), String(active.id), over) : null;
      return t ? `Task “${title(active)}” was dropped in ${t.label}, position ${t.position} of ${t.of}.` : `Task “${title(active)}” was dropped where it was, in ${where(active)}.`;
    },
    onDragCancel: ({ active }) => `Moving task “${title(active)}” was cancelled. It stays in ${where(active)}.`,
  };
}
