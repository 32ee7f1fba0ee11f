import type { Ctx } from "@/lib/core/context";
import { ValidationFailed } from "@/lib/core/errors";
import { getBoard } from "@/lib/tasks/board";
import type { SearchParams } from "@/lib/tasks/board-params";
import { boardQueryFromSearchParams } from "@/lib/tasks/board-params";
import type { BoardQueryInput } from "@/lib/tasks/schemas";

/** The filters a board page takes from its URL (paging stays client-side). */
export function boardFiltersFrom(sp: SearchParams, withCampaigns: boolean): BoardQueryInput {
  const { assigneeId, priority, due, campaignIds } = boardQueryFromSearchParams(sp);
  return { assigneeId, priority, due, ...(withCampaigns ? { campaignIds } : {}) };
}

/** A hand-edited link with a bad filter still shows the board, with a note on what was ignored. */
export async function loadBoard(ctx: Ctx, query: BoardQueryInput, fallback: BoardQueryInput) {
  try {
    return { query, board: await getBoard(ctx, query), notice: null };
  } catch (e) {
    if (!(e instanceof ValidationFailed)) throw e;
    return {
      query: fallback,
      board: await getBoard(ctx, fallback),
      notice: `Some filters in the link were not understood and were ignored (${e.message.replace(/^Invalid input — /, "")}).`,
    };
  }
}

/** Form values for the filter bar: one string per parameter. */
export function filterValues(sp: SearchParams): Record<string, string> {
  return Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : (v ?? "")]));
}
