import { afterAll, inject } from "vitest";
import { closeDb, setDbFactory } from "../client";
import { createTestDb } from "./test-db";

// Every test file that touches the database gets its own, opened on first use; services reach it
// through getDb() exactly as the app does.
setDbFactory(() => createTestDb(inject("templateDatabase")));

afterAll(async () => {
  await closeDb();
});
