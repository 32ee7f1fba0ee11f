import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PGlite } from "@electric-sql/pglite";
import type postgres from "postgres";
import * as schema from "@/db/schema";
import type { Db } from "@/db/types";
import type { BenchDb } from "@/lib/campaigns/bench/bench-db";

export type CapturedQuery = { query: string; params: unknown[] };

/**
 * A second Drizzle handle on the bench's own connection that records every statement it sends,
 * so the bench can EXPLAIN exactly what a service ran (same SQL text, same parameters).
 */
export function capturingDb(bench: BenchDb): { db: Db; captured: CapturedQuery[] } {
  const captured: CapturedQuery[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => void captured.push({ query, params }) };
  const client = (bench.db as unknown as { $client: unknown }).$client;
  const db = bench.kind === "postgres"
    ? drizzlePostgres({ client: client as postgres.Sql, schema, casing: "snake_case", logger })
    : drizzlePglite({ client: client as PGlite, schema, casing: "snake_case", logger });
  return { db: db as unknown as Db, captured };
}

/** EXPLAIN (ANALYZE, BUFFERS) of a captured statement, as plan lines. */
export async function explainAnalyze(bench: BenchDb, q: CapturedQuery): Promise<string[]> {
  const result = await bench.raw(`explain (analyze, buffers) ${q.query}`, q.params);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, string>[];
  return rows.map((r) => r["QUERY PLAN"] ?? Object.values(r)[0] ?? "");
}
