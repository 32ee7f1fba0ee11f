import path from "node:path";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { Db } from "./types";

export function migrationsFolder() {
  return path.resolve(process.cwd(), "db/migrations");
}

/** Applies committed migrations to a postgres.js database (PGlite migrates when it opens). */
export async function migratePostgresDb(db: Db) {
  await migratePostgres(db as unknown as PostgresJsDatabase, { migrationsFolder: migrationsFolder() });
}
