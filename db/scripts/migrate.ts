import { closeDb, getDb, isEmbedded } from "../client";
import { migratePostgresDb } from "../migrate";
import { runScript } from "./run-script";

runScript(async () => {
  const db = await getDb(); // the embedded database migrates itself when it opens
  if (!isEmbedded()) await migratePostgresDb(db);
  console.log(`Migrations applied (${isEmbedded() ? "embedded database" : "PostgreSQL"}).`);
  await closeDb();
});
