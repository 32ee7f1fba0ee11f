import type { BoardQueryInput } from "./schemas";

/** Query-string forms of the board filters; shared by the pages, the route handler and the client. */
export type SearchParams = Record<string, string | string[] | undefined>;

const listKeys = ["priority", "campaignIds"] as const;
const scalarKeys = ["campaignId", "assigneeId", "due", "perColumn", "column", "offset"] as const;

function get(sp: URLSearchParams | SearchParams, key: string): string | undefined {
  const raw = sp instanceof URLSearchParams ? sp.getAll(key) : sp[key];
  const value = (Array.isArray(raw) ? raw.join(",") : raw)?.trim();
  return value || undefined;
}

/** URL → board query. Lists may be comma-separated (priority=high,critical); the schema then checks every value. */
export function boardQueryFromSearchParams(sp: URLSearchParams | SearchParams): BoardQueryInput {
  const input: Record<string, unknown> = {};
  for (const key of listKeys) {
    const v = get(sp, key);
    if (v) input[key] = v.split(",").map((s) => s.trim()).filter(Boolean);
  }
  for (const key of scalarKeys) {
    const v = get(sp, key);
    if (v !== undefined) input[key] = v;
  }
  const cancelled = get(sp, "includeCancelled");
  if (cancelled !== undefined) input.includeCancelled = cancelled === "1" || cancelled === "true" ? true : cancelled === "0" || cancelled === "false" ? false : cancelled;
  return input as BoardQueryInput;
}

/** Board query → URL query string (the inverse of boardQueryFromSearchParams). */
export function boardSearchParams(query: BoardQueryInput): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && !v.length)) continue;
    params.set(k, Array.isArray(v) ? v.join(",") : typeof v === "boolean" ? (v ? "1" : "0") : String(v));
  }
  return params;
}

/** How many board filters the URL sets (for "Clear filters" and the filtered empty state). */
export function boardFilterCount(sp: SearchParams): number {
  return ["assigneeId", "priority", "due", "campaignIds"].filter((k) => get(sp, k)).length;
}
