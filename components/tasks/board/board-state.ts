import type { TaskStatus } from "@/db/schema/values";
import type { Board, BoardCard, BoardColumn } from "@/lib/tasks/board";

/** Pure board-cache edits for the client: optimistic moves, "show more" slices, drop placement. */

export type Located = { column: BoardColumn; index: number; card: BoardCard };

export function locate(board: Board, id: string): Located | null {
  for (const column of board.columns) {
    const index = column.cards.findIndex((c) => c.id === id);
    if (index >= 0) return { column, index, card: column.cards[index]! };
  }
  return null;
}

/** The board with one card taken out of its column and put at `index` of column `to`. */
export function moveCard(board: Board, id: string, to: TaskStatus, index: number, patch: Partial<BoardCard> = {}): Board {
  const from = locate(board, id);
  if (!from) return board;
  const moved = { ...from.card, ...patch, status: to, effectiveStatus: to === "todo" && from.card.blockedBy.length ? "blocked" : to } satisfies BoardCard;
  return {
    ...board,
    columns: board.columns.map((col) => {
      let cards = col.cards;
      let total = col.total;
      if (col.status === from.column.status) {
        cards = cards.filter((c) => c.id !== id);
        total -= 1;
      }
      if (col.status === to) {
        cards = [...cards.slice(0, index), moved, ...cards.slice(index)];
        total += 1;
      }
      return cards === col.cards ? col : { ...col, cards, total };
    }),
  };
}

/** Replaces a card with the server's copy, wherever it is. */
export function replaceCard(board: Board, card: BoardCard): Board {
  return { ...board, columns: board.columns.map((col) => (col.cards.some((c) => c.id === card.id) ? { ...col, cards: col.cards.map((c) => (c.id === card.id ? card : c)) } : col)) };
}

/** Appends a "show more" slice to its column, skipping cards already shown. */
export function appendSlice(board: Board, slice: BoardColumn): Board {
  return {
    ...board,
    columns: board.columns.map((col) => {
      if (col.status !== slice.status) return col;
      const seen = new Set(col.cards.map((c) => c.id));
      return { ...col, total: slice.total, cards: [...col.cards, ...slice.cards.filter((c) => !seen.has(c.id))] };
    }),
  };
}

/**
 * The neighbours to send for a card placed at `index` of `cards` (which no longer holds it): the
 * nearest card above and below of the same campaign, since positions only order a campaign's own
 * column (on the cross-campaign board other campaigns' cards sit in between).
 */
export function neighbours(cards: readonly BoardCard[], index: number, campaignId: string): { afterId?: string; beforeId?: string } {
  let afterId: string | undefined;
  let beforeId: string | undefined;
  for (let i = index - 1; i >= 0; i--) if (cards[i]!.campaign.id === campaignId) { afterId = cards[i]!.id; break; }
  for (let i = index; i < cards.length; i++) if (cards[i]!.campaign.id === campaignId) { beforeId = cards[i]!.id; break; }
  return { afterId, beforeId };
}
