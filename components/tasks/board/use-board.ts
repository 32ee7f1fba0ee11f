"use client";

import { useCallback, useRef, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { moveTaskAction } from "@/app/(app)/board/actions";
import type { TaskStatus } from "@/db/schema/values";
import type { Board, BoardCard, BoardColumn } from "@/lib/tasks/board";
import { boardSearchParams } from "@/lib/tasks/board-params";
import type { BoardQueryInput } from "@/lib/tasks/schemas";
import { appendSlice, locate, moveCard, replaceCard } from "./board-state";

async function fetchBoardJson(query: BoardQueryInput): Promise<Board> {
  const res = await fetch(`/api/tasks/board?${boardSearchParams(query)}`, { headers: { accept: "application/json" } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.detail ?? `Couldn't load the board (HTTP ${res.status}).`);
  return body as Board;
}

const MAX_SLICE = 200;

/** One column's cards from `offset`, `count` of them, in slices the API allows. */
async function fetchColumn(query: BoardQueryInput, status: TaskStatus, offset: number, count: number): Promise<BoardColumn | null> {
  const slices: BoardColumn[] = [];
  for (let done = 0; done < count; done += MAX_SLICE) {
    const size = Math.min(MAX_SLICE, count - done);
    const slice = (await fetchBoardJson({ ...query, column: status, offset: offset + done, perColumn: size })).columns[0]!;
    slices.push(slice);
    if (slice.cards.length < size) break;
  }
  const last = slices.at(-1);
  return last ? { ...slices[0]!, total: last.total, cards: slices.flatMap((s) => s.cards) } : null;
}

export type MoveRequest = { id: string; title: string; toStatus: TaskStatus; index: number; afterId?: string; beforeId?: string };

const moveKey = ["board-move"];

/**
 * The board's server state: the server page's board as initial data, refetched through the route
 * handler (keeping every "show more" slice loaded), and moves through the server action with an
 * optimistic update, rolled back with the reason when the server refuses.
 */
export function useBoard(initial: Board, query: BoardQueryInput) {
  const queryClient = useQueryClient();
  const key = ["board", query] as const;
  // cards loaded beyond the first slice, per column, so a refetch brings back what was shown
  const extra = useRef<Partial<Record<TaskStatus, number>>>({});
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState<TaskStatus | null>(null);

  const { data: board } = useQuery({
    queryKey: key,
    initialData: initial,
    queryFn: async () => {
      let b = await fetchBoardJson(query);
      for (const [status, n] of Object.entries(extra.current) as [TaskStatus, number][]) {
        const more = n > 0 ? await fetchColumn(query, status, b.perColumn, n) : null;
        if (more) b = appendSlice(b, more);
      }
      return b;
    },
  });

  const showMore = useCallback(async (status: TaskStatus) => {
    const current = queryClient.getQueryData<Board>(key);
    const column = current?.columns.find((c) => c.status === status);
    if (!current || !column) return;
    setLoadingMore(status);
    try {
      const more = await fetchColumn(query, status, column.offset + column.cards.length, current.perColumn);
      if (more) {
        extra.current[status] = (extra.current[status] ?? 0) + current.perColumn;
        queryClient.setQueryData<Board>(key, (b) => (b ? appendSlice(b, more) : b));
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : "Couldn't load more tasks.");
    } finally {
      setLoadingMore(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key is derived from query
  }, [queryClient, query]);

  const move = useMutation({
    mutationKey: moveKey,
    // moves run one after another, so each sends the version the previous one returned
    scope: { id: "board-move" },
    mutationFn: async (m: MoveRequest): Promise<BoardCard> => {
      const card = locate(queryClient.getQueryData<Board>(key)!, m.id)?.card;
      const result = await moveTaskAction({ id: m.id, version: card?.version ?? 1, toStatus: m.toStatus, afterId: m.afterId, beforeId: m.beforeId });
      if (!result.ok) throw new Error(result.error);
      return result.data;
    },
    onMutate: async (m) => {
      setError(null);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Board>(key);
      if (previous) queryClient.setQueryData<Board>(key, moveCard(previous, m.id, m.toStatus, m.index));
      return { previous };
    },
    onError: (e, m, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      setError(`Couldn't move “${m.title}”: ${e instanceof Error ? e.message : "something went wrong."}`);
    },
    onSuccess: (card) => queryClient.setQueryData<Board>(key, (b) => (b ? replaceCard(b, card) : b)),
    onSettled: () => {
      // the last move of a burst refetches: counts, blockers and other people's changes
      if (queryClient.isMutating({ mutationKey: moveKey }) <= 1) return queryClient.invalidateQueries({ queryKey: key });
    },
  });

  return { board, error, clearError: () => setError(null), showMore, loadingMore, move: move.mutate, moving: move.isPending };
}
