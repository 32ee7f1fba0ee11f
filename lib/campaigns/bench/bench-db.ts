import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { closeDb, getDb } from "@/db/client";
import { migratePostgresDb } from "@/db/migrate";
import type { Db } from "@/db/types";
import { resetEnvCache } from "@/lib/core/env";

// BENCH_DATABASE lets benchmarks run side by side on one server without dropping each other's database
export const BENCH_DATABASE = process.env.BENCH_DATABASE ?? "cm_bench";

/** Runs SQL text with parameters on the driver itself, below Drizzle: the floor to compare with. */
export type RawQuery = (sql: string, params: unknown[]) => Promise<unknown>;

export type BenchDb = { db: Db; raw: RawQuery; kind: "postgres" | "pglite"; where: string; close: () => Promise<void> };

/**
 * A throwaway database opened through the app's own getDb(), so pool size and type parsers are
 * the app's: on PostgreSQL a dedicated `cm_bench` database on DATABASE_URL's server (the database
 * named in the URL is never touched), otherwise PGlite in a temporary directory (never ./.data).
 */
export async function openBenchDb(keep: boolean): Promise<BenchDb> {
  const url = process.env.DATABASE_URL;
  return url ? openPostgres(url, keep) : openPglite(keep);
}

async function openPostgres(url: string, keep: boolean): Promise<BenchDb> {
  const target = new URL(url);
  if (target.pathname.replace(/^\//, "") === BENCH_DATABASE) {
    throw new Error(`DATABASE_URL already names ${BENCH_DATABASE}; point it at the server's usual database instead.`);
  }
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${BENCH_DATABASE}" with (force)`);
  await admin.unsafe(`create database "${BENCH_DATABASE}"`);
  target.pathname = `/${BENCH_DATABASE}`;
  process.env.DATABASE_URL = target.toString();
  resetEnvCache();
  const db = await getDb();
  await migratePostgresDb(db);
  const client = (db as unknown as { $client: postgres.Sql }).$client;
  return {
    db,
    kind: "postgres",
    where: `${target.host}/${BENCH_DATABASE}`,
    // unnamed statements, as Drizzle sends them unless asked for .prepare(name): same planning
    raw: (sql, params) => client.unsafe(sql, params as postgres.ParameterOrJSON<never>[], { prepare: false }),
    close: async () => {
      await closeDb();
      if (!keep) await admin.unsafe(`drop database if exists "${BENCH_DATABASE}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

async function openPglite(keep: boolean): Promise<BenchDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cm-bench-"));
  process.env.DATA_DIR = dir;
  delete process.env.DATABASE_URL;
  resetEnvCache();
  const db = await getDb(); // migrates on open
  const client = (db as unknown as { $client: { query: (sql: string, params: unknown[]) => Promise<unknown> } }).$client;
  return {
    db,
    kind: "pglite",
    where: `DATA_DIR=${dir}`,
    raw: (sql, params) => client.query(sql, params),
    close: async () => {
      await closeDb();
      if (!keep) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
