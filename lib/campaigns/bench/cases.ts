import type { Ctx } from "@/lib/core/context";
import { parseInput } from "@/lib/core/validation";
import { listCampaigns, listStatements } from "../list";
import { listCampaignsInput, type ListCampaignsInput } from "../schemas";
import type { RawQuery } from "./bench-db";
import { timePair, type Stats } from "./timing";

export const PAGE_SIZE = 25;
export const PAGES = [1, 50] as const;

/** What the list page is asked most: the default view, a filtered view, a search, a date sort. */
export const benchCases: { label: string; input: ListCampaignsInput }[] = [
  { label: "no filter (default sort)", input: {} },
  { label: "status + type filter", input: { status: ["live", "paused", "completed"], type: ["email", "social", "content"] } },
  { label: 'text search "customer"', input: { q: "customer" } },
  { label: "sort by launch date", input: { sort: "launch_date" } },
];

export type CaseResult = { label: string; page: number; total: number; service: Stats; raw: Stats };

/** The SQL and parameters the service sends for this input, read from the same query builders. */
function rawStatements(ctx: Ctx, input: ListCampaignsInput) {
  const { page, count } = listStatements(ctx.db, parseInput(listCampaignsInput, input));
  return { page: page.toSQL(), count: count.toSQL() };
}

function rowsOf(result: unknown): unknown[] {
  return Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
}

/** Service (listCampaigns) against the floor (the same two statements sent raw, also in parallel). */
export async function runCase(
  ctx: Ctx,
  raw: RawQuery,
  c: (typeof benchCases)[number],
  page: number,
  opts: { warmup: number; runs: number },
): Promise<CaseResult> {
  const input = { ...c.input, page, pageSize: PAGE_SIZE };
  const statements = rawStatements(ctx, input);
  const service = () => listCampaigns(ctx, input);
  const floor = () => Promise.all([raw(statements.page.sql, statements.page.params), raw(statements.count.sql, statements.count.params)]);

  // both sides must fetch the same thing, or the comparison means nothing
  const [listed, [rawRows, rawCount]] = await Promise.all([service(), floor()]);
  // drizzle selects count(*) without an alias and maps it by position
  const rawTotal = Number(Object.values(rowsOf(rawCount)[0] as object)[0]);
  const rawIds = rowsOf(rawRows).map((r) => (r as { id: string }).id).join();
  if (rawIds !== listed.items.map((i) => i.id).join() || rawTotal !== listed.total) {
    throw new Error(`${c.label} page ${page}: raw SQL and the service disagree (${rowsOf(rawRows).length} of ${rawTotal} rows against ${listed.items.length} of ${listed.total})`);
  }
  const { a, b } = await timePair(service, floor, opts);
  return { label: c.label, page, total: listed.total, service: a, raw: b };
}
