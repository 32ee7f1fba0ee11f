import { closeDb, getDb, isEmbedded } from "../client";
import { migratePostgresDb } from "../migrate";
import { seedTimelineTemplates } from "@/lib/timeline/templates/seed";
import { runScript } from "./run-script";

runScript(async () => {
  const db = await getDb(); // the embedded database migrates itself when it opens
  if (!isEmbedded()) await migratePostgresDb(db);
  // timeline templates are reference data the product needs, not demo data
  const { created } = await seedTimelineTemplates(db);
  console.log(`Migrations applied (${isEmbedded() ? "embedded database" : "PostgreSQL"}); ${created.length} timeline templates added.`);
  await closeDb();
});
