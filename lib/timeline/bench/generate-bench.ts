/**
 * Timeline generation benchmark: schedule a full template timeline for one campaign and insert
 * its milestones, dependencies and tasks (one transaction), per campaign type.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx lib/timeline/bench/generate-bench.ts
 *
 * Uses a scratch database (cm_bench on DATABASE_URL's server, or PGlite in a temp directory),
 * dropped at the end. Target on PostgreSQL: p95 < 50 ms per campaign.
 */
import { parseArgs } from "node:util";
import { campaignTypes, users } from "@/db/schema";
import { openBenchDb } from "@/lib/campaigns/bench/bench-db";
import { stats as summarize } from "@/lib/campaigns/bench/timing";
import { createCampaign } from "@/lib/campaigns/service";
import { generateCampaignTimeline } from "@/lib/timeline/generate";
import { seedTimelineTemplates } from "@/lib/timeline/templates/seed";
import { actorFromUser } from "@/lib/members/actor";

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "50" } } });
const runs = Math.max(20, Number(args.runs));

const bench = await openBenchDb(false);
try {
  const { db } = bench;
  await seedTimelineTemplates(db);
  const [user] = await db.insert(users).values({ email: "bench.gen@example.com", name: "Bench Manager", role: "manager" }).returning();
  const ctx = { db, actor: actorFromUser(user!, "system") };
  console.log(`Timeline generation on ${bench.kind} (${bench.where}), ${runs} runs per type\n`);
  console.log("type           | milestones | tasks | p50 ms | p95 ms | target < 50 ms");
  console.log("---------------|------------|-------|--------|--------|---------------");
  let worst = 0;
  for (const type of campaignTypes) {
    let shape = { milestones: 0, tasks: 0 };
    const samples: number[] = [];
    for (let i = 0; i < runs + 5; i++) {
      // the campaign row is created first and not timed: only scheduling and inserting the plan is
      const campaign = await createCampaign(ctx, { name: `Bench ${type} ${i}`, type, priority: "high", launchDate: "2027-09-06", generateTimeline: false });
      const t0 = performance.now();
      await db.transaction(async (tx) => {
        shape = await generateCampaignTimeline(tx, ctx.actor, { id: campaign.id, name: campaign.name, type, priority: "high", launchDate: "2027-09-06" }, "2026-11-24");
      });
      if (i >= 5) samples.push(performance.now() - t0); // the first five warm up
    }
    const stats = summarize(samples);
    worst = Math.max(worst, stats.p95);
    console.log(`${type.padEnd(14)} | ${String(shape.milestones).padStart(10)} | ${String(shape.tasks).padStart(5)} | ${stats.p50.toFixed(2).padStart(6)} | ${stats.p95.toFixed(2).padStart(6)} | ${stats.p95 < 50 ? "yes" : "no"}`);
  }
  console.log(`\nWorst p95 ${worst.toFixed(2)} ms (template read, scheduling, inserts and audit row, in one transaction).`);
} finally {
  await bench.close();
}
process.exit(0);
