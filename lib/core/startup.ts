import { ConfigError, env } from "./env";

/** Start-up checks: bad configuration stops the server with one line naming the variable. */
export async function startServer() {
  try {
    env();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const { getDb, isEmbedded } = await import("@/db/client");
  if (!isEmbedded()) return; // PostgreSQL is migrated by `npm run db:migrate` as a deploy step
  try {
    const db = await getDb(); // opens .data/, takes the lock, applies migrations
    const { seedTimelineTemplates } = await import("@/lib/timeline/templates/seed");
    await seedTimelineTemplates(db); // reference data; a no-op once present
    const { demoAccounts, isSeeded, seedDemo } = await import("@/db/seed");
    if (!(await isSeeded(db))) {
      console.log("Embedded database is new: creating the demo organisation…");
      await seedDemo(db, (line) => console.log(line));
    }
    console.log(`\nCampaign Manager is using the embedded database in ${env().DATA_DIR}/. Demo sign-ins:`);
    for (const a of demoAccounts) console.log(`  ${a.email.padEnd(22)} ${a.password.padEnd(14)} ${a.role}`);
    console.log("");
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
