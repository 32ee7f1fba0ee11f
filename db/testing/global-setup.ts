import type { TestProject } from "vitest/node";
import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import path from "node:path";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string | null;
  }
}

/**
 * With DATABASE_URL set, tests run against real PostgreSQL: migrate once into a template
 * database, and every test file clones its own database from it, so runs never share rows.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    project.provide("templateDatabase", null);
    return;
  }
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const template = `cm_test_tpl_${process.pid}_${Date.now()}`;
  await admin.unsafe(`create database "${template}"`);
  const tplUrl = withDatabase(url, template);
  const client = postgres(tplUrl, { max: 1, onnotice: () => {} });
  await migrate(drizzle({ client }), { migrationsFolder: path.resolve("db/migrations") });
  await client.end();
  project.provide("templateDatabase", template);
  return async () => {
    const leftovers = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`cm_test_%_${process.pid}_%`} or datname = ${template}`;
    for (const { datname } of leftovers) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    await admin.end();
  };
}

export function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
