import path from "node:path";
import postgres from "postgres";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import * as schema from "../schema";
import type { Db } from "../types";

export type TestDb = { db: Db; close: () => Promise<void>; kind: "pglite" | "postgres" };

/** A fresh, migrated database for one test file: in-memory PGlite, or a clone of the PostgreSQL template. */
export async function createTestDb(template: string | null): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  if (url && template) {
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    // the parent pid ties the clone to this run, so its teardown can drop leftovers
    const name = `cm_test_f${process.pid}_${process.ppid}_${Math.random().toString(36).slice(2, 8)}`;
    await admin.unsafe(`create database "${name}" template "${template}"`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const client = postgres(u.toString(), { max: 10, onnotice: () => {} });
    const db = drizzlePostgres({ client, schema, casing: "snake_case" }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      close: async () => {
        await client.end({ timeout: 5 });
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
        await admin.end();
      },
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const client = new PGlite();
  const db = drizzle({ client, schema, casing: "snake_case" });
  await migrate(db, { migrationsFolder: path.resolve("db/migrations") });
  return { db: db as unknown as Db, kind: "pglite", close: () => client.close() };
}
