import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema";

/** A database handle or a transaction: both engines (PGlite, postgres.js) share this API. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
