import { closeDb, getDb, isEmbedded } from "../client";
import { migratePostgresDb } from "../migrate";
import { demoAccounts, seedDemo } from "../seed";
import { runScript } from "./run-script";

runScript(async () => {
  const db = await getDb();
  if (!isEmbedded()) await migratePostgresDb(db);
  await seedDemo(db, console.log);
  console.log("Demo accounts:");
  for (const a of demoAccounts) console.log(`  ${a.email.padEnd(22)} ${a.password}   (${a.role})`);
  await closeDb();
});
