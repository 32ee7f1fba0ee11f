import { describe, expect, it } from "vitest";
import type { Board, BoardCard } from "@/lib/tasks/board";
import { boardQueryFromSearchParams, boardSearchParams } from "@/lib/tasks/board-params";
import { appendSlice, moveCard, neighbours } from "./board-state";

const card = (id: string, status: BoardCard["status"], campaignId = "c1", blockedBy: string[] = []): BoardCard => ({
  id, version: 1, title: id.toUpperCase(), status, effectiveStatus: status, blockedBy, priority: "medium", assignee: null,
  dueDate: null, overdue: false, estimateHours: null, campaign: { id: campaignId, name: campaignId }, position: 1, can: { move: true },
});

const board = (): Board => ({
  campaign: null, perColumn: 50, today: "2027-01-01",
  columns: [
    { status: "todo", label: "To do", total: 3, offset: 0, cards: [card("a", "todo"), card("b", "todo", "c1", ["A"]), card("c", "todo")] },
    { status: "in_progress", label: "In progress", total: 1, offset: 0, cards: [card("d", "in_progress")] },
  ],
});

describe("board cache edits", () => {
  it("moves a card across columns at an index, adjusting both totals", () => {
    const next = moveCard(board(), "a", "in_progress", 1);
    expect(next.columns[0]).toMatchObject({ total: 2, cards: [{ id: "b" }, { id: "c" }] });
    expect(next.columns[1]).toMatchObject({ total: 2, cards: [{ id: "d" }, { id: "a", status: "in_progress", effectiveStatus: "in_progress" }] });
  });

  it("reorders within a column and keeps a waiting card shown as blocked in To do", () => {
    const next = moveCard(board(), "b", "todo", 0);
    expect(next.columns[0]!.cards.map((c) => c.id)).toEqual(["b", "a", "c"]);
    expect(next.columns[0]!.total).toBe(3);
    expect(next.columns[0]!.cards[0]!.effectiveStatus).toBe("blocked");
  });

  it("appends a 'show more' slice without duplicating cards already shown", () => {
    const next = appendSlice(board(), { status: "todo", label: "To do", total: 5, offset: 2, cards: [card("c", "todo"), card("e", "todo")] });
    expect(next.columns[0]).toMatchObject({ total: 5 });
    expect(next.columns[0]!.cards.map((c) => c.id)).toEqual(["a", "b", "c", "e"]);
  });

  it("picks the nearest neighbours of the same campaign", () => {
    const cards = [card("a", "todo", "c1"), card("x", "todo", "c2"), card("b", "todo", "c1"), card("y", "todo", "c2")];
    expect(neighbours(cards, 2, "c1")).toEqual({ afterId: "a", beforeId: "b" });
    expect(neighbours(cards, 4, "c1")).toEqual({ afterId: "b", beforeId: undefined });
    expect(neighbours(cards, 0, "c2")).toEqual({ afterId: undefined, beforeId: "x" });
  });
});

describe("board query in the URL", () => {
  it("round-trips filters, with comma lists and the cancelled flag", () => {
    const query = { campaignIds: ["11111111-1111-4111-8111-111111111111"], assigneeId: "me", priority: ["high", "critical"] as const, due: "overdue" as const, includeCancelled: true };
    const params = boardSearchParams({ ...query, priority: [...query.priority] });
    expect(params.toString()).toContain("priority=high%2Ccritical");
    expect(boardQueryFromSearchParams(params)).toEqual({ ...query, priority: ["high", "critical"] });
    expect(boardQueryFromSearchParams({ priority: ["low", "medium"], includeCancelled: "0", due: "" })).toEqual({ priority: ["low", "medium"], includeCancelled: false });
  });
});
