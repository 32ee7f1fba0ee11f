import path from "node:path";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/core/env";
import { lockDataDir } from "./embedded-lock";
import { migrationsFolder } from "./migrate";
import * as schema from "./schema";
import type { Db } from "./types";

export type { Db } from "./types";

type Holder = { db?: Promise<Db>; close?: () => Promise<void>; factory?: () => Promise<{ db: Db; close: () => Promise<void> }> };
// One instance per process, kept across hot reloads in development.
const holder: Holder = ((globalThis as { __cmDb?: Holder }).__cmDb ??= {});

export function isEmbedded() {
  return !env().DATABASE_URL;
}

export function embeddedDataDir() {
  return path.resolve(process.cwd(), env().DATA_DIR, "pglite");
}

async function openEmbedded(): Promise<Db> {
  const dir = embeddedDataDir();
  lockDataDir(path.dirname(dir));
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const client = new PGlite(dir);
  const db = drizzle({ client, schema, casing: "snake_case" });
  await migrate(db, { migrationsFolder: migrationsFolder() });
  holder.close = () => client.close();
  return db as unknown as Db;
}

function openPostgres(url: string): Db {
  const client = postgres(url, { onnotice: () => {}, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  holder.close = () => client.end({ timeout: 5 });
  return drizzlePostgres({ client, schema, casing: "snake_case" }) as unknown as Db;
}

/** The process's database: PostgreSQL when DATABASE_URL is set, else embedded PGlite in DATA_DIR. */
export function getDb(): Promise<Db> {
  if (!holder.db && holder.factory) {
    const factory = holder.factory;
    holder.db = factory().then((t) => {
      holder.close = t.close;
      return t.db;
    });
  }
  if (!holder.db) {
    const url = env().DATABASE_URL;
    holder.db = url ? Promise.resolve(openPostgres(url)) : openEmbedded();
    holder.db.catch(() => {
      holder.db = undefined;
    });
  }
  return holder.db;
}

/** Tests and scripts swap in their own database. */
export function setDb(db: Db, close?: () => Promise<void>) {
  holder.db = Promise.resolve(db);
  holder.close = close;
}

/** Tests: open a database only when a test first asks for one. */
export function setDbFactory(factory: Holder["factory"]) {
  holder.factory = factory;
}

export async function closeDb() {
  await holder.close?.();
  holder.db = undefined;
  holder.close = undefined;
  holder.factory = undefined;
}
