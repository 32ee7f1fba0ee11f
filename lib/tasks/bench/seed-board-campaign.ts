/**
 * Adds one campaign with 1,000 tasks (and ~1,000 dependencies) to the database in DATABASE_URL,
 * owned by the demo manager, for the board-page bench and manual checks:
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/cm_board_e2e npx tsx lib/tasks/bench/seed-board-campaign.ts
 *
 * Prints the campaign id (pass it to the page bench as BENCH_CAMPAIGN_ID).
 */
import { and, eq, isNull, ne } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { users } from "@/db/schema";
import { seedBoardCampaign } from "./board-seed";

const db = await getDb();
const [owner] = await db.select().from(users).where(eq(users.email, process.env.BENCH_OWNER ?? "manager@example.com"));
if (!owner) throw new Error("Seed the demo data first (npm run db:seed): the demo manager owns the campaign.");
const assignees = await db.select({ id: users.id }).from(users).where(and(isNull(users.deactivatedAt), ne(users.role, "viewer")));
const seed = await seedBoardCampaign(db, { name: `Board bench ${new Date().toISOString().slice(0, 16)} (1,000 tasks)`, ownerId: owner.id, assigneeIds: assignees.map((a) => a.id) });
console.log(`campaign ${seed.campaignId}: ${seed.taskIds.length} tasks, ${seed.dependencies} dependencies, by status ${JSON.stringify(seed.byStatus)}`);
await closeDb();
