/**
 * Utilisation heatmap benchmark: getTeamUtilization() for 200 members × 16 weeks.
 *
 *   npm run bench:heatmap                              # embedded PGlite in a temp directory
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:heatmap
 *   npm run bench:heatmap -- --runs 300 --keep
 *
 * On PostgreSQL it drops and recreates the database `cm_bench` on DATABASE_URL's server (the
 * database named in the URL is never written) and drops it at the end unless --keep. Seeds 200
 * members (most with their own weekly hours, timezones around the world, time off), a few
 * organisation holidays, 20 campaigns with ~4,000 open tasks (plus done ones) and ~16,000 time
 * entries; then times each case --runs times after a warm-up and prints p50 / p95 / max.
 * Target: p95 < 100 ms on PostgreSQL for the heatmap (PGlite figures are for comparison only).
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { campaigns, memberAvailability, organizationHolidays, tasks, timeEntries, timeOff, users } from "@/db/schema";
import type { WeeklyHours } from "@/db/schema/team";
import type { TaskStatus } from "@/db/schema/values";
import { openBenchDb } from "@/lib/campaigns/bench/bench-db";
import { createRandom } from "@/lib/campaigns/bench/random";
import { percentile } from "@/lib/campaigns/bench/timing";
import type { Ctx } from "@/lib/core/context";
import { actorFromUser } from "@/lib/members/actor";
import { addDays, weekStart } from "../capacity";
import { assigneesOverCapacity, getCellTasks, getTeamUtilization } from "../workload";

const P95_TARGET_MS = 100;
const MEMBERS = 200;
const CAMPAIGNS = 20;
const TASKS_PER_CAMPAIGN = 240; // ~200 open after done and cancelled
const BATCH = 500;

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "200" }, keep: { type: "boolean", default: false } } });
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 200) {
  console.error("Usage: npm run bench:heatmap -- [--runs 200] [--keep]   (--runs is at least 200)");
  process.exit(2);
}

type Row = { label: string; size: string; p50: number; p95: number; max: number; target: boolean };

async function time(label: string, task: () => Promise<string>, target: boolean): Promise<Row> {
  let size = "";
  for (let i = 0; i < 20; i++) size = await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { label, size, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), max: samples.at(-1)!, target };
}

async function insertAll<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

const bench = await openBenchDb(args.keep);
try {
  const r = createRandom(20_261_207);
  const today = new Date().toISOString().slice(0, 10);
  const seedStart = performance.now();
  const zones = ["UTC", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland"];
  const people = await bench.db.insert(users).values(Array.from({ length: MEMBERS }, (_, i) => ({
    name: i === 0 ? "Heatmap Manager" : `Member ${String(i).padStart(3, "0")}`,
    email: `heat.${i}@bench.example`, role: i === 0 ? ("manager" as const) : ("member" as const),
    title: r.pick(["Designer", "Copywriter", "Marketing manager", "Web developer", "Analyst"]), timezone: r.pick(zones),
  }))).returning();
  const ids = people.map((p) => p.id);
  const weeks: WeeklyHours[] = [[8, 8, 8, 8, 8, 0, 0], [8, 8, 8, 8, 4, 0, 0], [6, 6, 6, 6, 0, 0, 0], [4, 4, 4, 4, 4, 0, 0], [0, 8, 8, 8, 8, 4, 0]];
  await bench.db.insert(memberAvailability).values(ids.filter(() => r.chance(0.7)).map((userId) => ({ userId, weeklyHours: r.pick(weeks) })));
  const offRows = ids.flatMap((userId) => Array.from({ length: r.int(0, 3) }, () => {
    const start = addDays(today, r.int(-60, 90));
    return { userId, startDate: start, endDate: addDays(start, r.int(0, 9)), reason: "Holiday" };
  }));
  await insertAll(offRows, (c) => bench.db.insert(timeOff).values(c));
  await bench.db.insert(organizationHolidays).values([10, 24, 45, 80].map((n, i) => ({ date: addDays(weekStart(today), n), name: `Bench holiday ${i + 1}` }))).onConflictDoNothing();

  const camps = await bench.db.insert(campaigns).values(Array.from({ length: CAMPAIGNS }, (_, i) => ({
    name: `Heatmap campaign ${i + 1}`, type: "product_launch" as const, ownerId: ids[0]!, createdById: ids[0]!, channels: ["email" as const],
    startDate: addDays(today, -30), launchDate: addDays(today, r.int(20, 90)),
  }))).returning({ id: campaigns.id });
  const taskRows = camps.flatMap((c) => Array.from({ length: TASKS_PER_CAMPAIGN }, (_, i) => {
    const status = r.weighted<TaskStatus>({ todo: 50, in_progress: 25, blocked: 5, in_review: 5, done: 12, cancelled: 3 });
    const due = r.chance(0.08) ? null : addDays(today, r.int(-14, 84));
    return {
      id: r.uuid(), campaignId: c.id, title: `Task ${i + 1}`, status, assigneeId: r.chance(0.95) ? r.pick(ids) : null,
      estimateHours: r.int(1, 24), remainingHours: r.chance(0.1) ? r.int(0, 12) : null,
      startDate: due && r.chance(0.5) ? addDays(due, -r.int(1, 20)) : null, dueDate: due, position: i,
      completedAt: status === "done" ? new Date() : null, createdById: ids[0]!,
    };
  }));
  await insertAll(taskRows, (c) => bench.db.insert(tasks).values(c));
  const worked = taskRows.filter((t) => t.assigneeId && t.status !== "todo");
  const entryRows = worked.flatMap((t) => Array.from({ length: r.int(1, 6) }, () => ({
    taskId: t.id, userId: t.assigneeId!, workDate: addDays(today, -r.int(0, 40)), hours: r.int(1, 6),
  })));
  await insertAll(entryRows, (c) => bench.db.insert(timeEntries).values(c));
  await bench.db.execute(sql`analyze users, member_availability, time_off, tasks, time_entries, organization_holidays`);
  const open = taskRows.filter((t) => t.status !== "done" && t.status !== "cancelled" && t.assigneeId).length;
  console.log(`Seeded on ${bench.kind} (${bench.where}) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s: ${MEMBERS} members, ${offRows.length} time-off ranges, ` +
    `${taskRows.length} tasks (${open} open and assigned), ${entryRows.length} time entries.\n`);

  const ctx: Ctx = { db: bench.db, actor: actorFromUser(people[0]!, "web") };
  const rows: Row[] = [];
  rows.push(await time("heatmap: 200 members × 16 weeks", async () => {
    const g = await getTeamUtilization(ctx, {});
    return `${g.members.length} × ${g.weeks.length}`;
  }, true));
  rows.push(await time("heatmap, later: 16 weeks from +12", async () => {
    const g = await getTeamUtilization(ctx, { from: addDays(weekStart(today), 84) });
    return `${g.members.length} × ${g.weeks.length}`;
  }, true));
  let k = 0;
  rows.push(await time("cell tasks (one member, one week)", async () => {
    const c = await getCellTasks(ctx, { userId: ids[k++ % ids.length]!, weekStart: today });
    return `${c.tasks.length} tasks`;
  }, false));
  rows.push(await time("campaign risk: assignees over capacity", async () => `${(await assigneesOverCapacity(bench.db, camps[k++ % camps.length]!.id, addDays(today, 60))).length} over`, false));

  const ms = (n: number) => n.toFixed(2);
  const head = ["case", "size", "p50 ms", "p95 ms", "max ms", `p95 < ${P95_TARGET_MS} ms`];
  const body = rows.map((x) => [x.label, x.size, ms(x.p50), ms(x.p95), ms(x.max), x.target && bench.kind === "postgres" ? (x.p95 < P95_TARGET_MS ? "yes" : "NO") : "—"]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ");
  console.log([line(head), widths.map((w) => "-".repeat(w)).join("-|-"), ...body.map(line)].join("\n"));
  console.log(`\n${runs} runs a case after 20 warm-up runs.${bench.kind === "pglite" ? " PGlite: the p95 target applies to PostgreSQL only." : ""}`);
} finally {
  await bench.close();
}
