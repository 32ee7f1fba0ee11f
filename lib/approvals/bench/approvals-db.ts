import postgres from "postgres";
import { closeDb, getDb } from "@/db/client";
import { migratePostgresDb } from "@/db/migrate";
import { openBenchDb, type BenchDb } from "@/lib/campaigns/bench/bench-db";
import { resetEnvCache } from "@/lib/core/env";

// its own database, so the other benches (which drop and recreate theirs) never throw its data away
export type ApprovalsBenchDb = BenchDb & { drop: () => Promise<ApprovalsBenchDb> };

export const APPROVALS_BENCH_DATABASE = process.env.BENCH_DATABASE ?? "cm_bench_approvals";

/**
 * The approvals bench database. On PostgreSQL it is kept between runs (seeding 40,000 rows
 * takes longer than measuring them): created when missing, migrated with the app's migrator,
 * and dropped first only when `fresh`. Without DATABASE_URL: PGlite in a temporary directory.
 */
export async function openApprovalsBenchDb({ fresh }: { fresh: boolean }): Promise<ApprovalsBenchDb> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const pglite = await openBenchDb(false);
    const self: ApprovalsBenchDb = { ...pglite, drop: async () => self };
    return self;
  }
  const target = new URL(url);
  if (target.pathname.replace(/^\//, "") === APPROVALS_BENCH_DATABASE) {
    throw new Error(`DATABASE_URL already names ${APPROVALS_BENCH_DATABASE}; point it at the server's usual database instead.`);
  }
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const dropIt = () => admin.unsafe(`drop database if exists "${APPROVALS_BENCH_DATABASE}" with (force)`);

  const open = async (): Promise<ApprovalsBenchDb> => {
    const [exists] = await admin`select 1 as one from pg_database where datname = ${APPROVALS_BENCH_DATABASE}`;
    if (!exists) await admin.unsafe(`create database "${APPROVALS_BENCH_DATABASE}"`);
    const benchUrl = new URL(url);
    benchUrl.pathname = `/${APPROVALS_BENCH_DATABASE}`;
    process.env.DATABASE_URL = benchUrl.toString();
    resetEnvCache();
    const db = await getDb();
    await migratePostgresDb(db);
    const client = (db as unknown as { $client: postgres.Sql }).$client;
    return {
      db,
      kind: "postgres",
      where: `${benchUrl.host}/${APPROVALS_BENCH_DATABASE}`,
      raw: (sql, params) => client.unsafe(sql, params as postgres.ParameterOrJSON<never>[], { prepare: false }),
      close: async () => {
        await closeDb();
        await admin.end({ timeout: 5 });
      },
      // data of another seed version: start over in an empty database
      drop: async () => {
        await closeDb();
        await dropIt();
        return open();
      },
    };
  };

  if (fresh) await dropIt();
  return open();
}
