/**
 * Approval workflow benchmark: the approval queue over 10,000 open requests across 2,000
 * campaigns, and the escalation sweep over them.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:approvals
 *   npm run bench:approvals -- --runs 100 --sweeps 3 --fresh
 *   npm run bench:approvals                              # embedded PGlite in a temp directory
 *
 * On PostgreSQL the data lives in its own database, `cm_bench_approvals` (or BENCH_DATABASE) on
 * DATABASE_URL's server, which is created when missing, migrated, seeded once and reused by
 * later runs (--fresh drops and regenerates it); the database named in the URL is never written.
 * The data set is described in approvals-seed.ts.
 *
 * 1. The queue query (queryApprovalQueue: a page of rows plus every tab's count), --runs times
 *    after a quiet warm-up, p50 / p95 / max: target p95 < 30 ms on PostgreSQL. The full service
 *    (listApprovalQueue, which adds readiness per campaign on the page) for comparison.
 * 2. The escalation sweep at a moment two days after the data's anchor, when most requests are
 *    overdue, from a clean escalation state (--sweeps times): target < 2 s on PostgreSQL. Each is
 *    followed by a second sweep at the same moment, which must record nothing.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { inArray, sql } from "drizzle-orm";
import { users, type UserRow } from "@/db/schema";
import { percentile } from "@/lib/campaigns/bench/timing";
import type { Ctx } from "@/lib/core/context";
import { actorFromUser } from "@/lib/members/actor";
import { runEscalationSweep, type SweepResult } from "../escalation-sweep";
import { listApprovalQueue, queryApprovalQueue } from "../queue";
import { openApprovalsBenchDb } from "./approvals-db";
import { capturingDb, explainAnalyze } from "./plan-capture";
import {
  CONTENT_APPROVER_EMAIL, MANAGER_EMAIL, OPEN_REQUESTS, readSeedMeta, reanchor, resetEscalations, rowsOf, seedApprovals,
} from "./approvals-seed";

const QUEUE_P95_TARGET_MS = 30;
const SWEEP_TARGET_MS = 2_000;
const WARMUP = 10;
const PAGE_SIZE = 25;
const SWEEP_AFTER_HOURS = 48;

const { values: args } = parseArgs({
  options: { runs: { type: "string", default: "100" }, sweeps: { type: "string", default: "3" }, fresh: { type: "boolean", default: false } },
});
const runs = Number(args.runs);
const sweeps = Number(args.sweeps);
if (!Number.isInteger(runs) || runs < 60 || !Number.isInteger(sweeps) || sweeps < 1) {
  console.error("Usage: npm run bench:approvals -- [--runs 100] [--sweeps 3] [--fresh]   (--runs is at least 60)");
  process.exit(2);
}

const ms = (n: number) => n.toFixed(2);
type Row = { label: string; size: string; p50: number; p95: number; max: number; target: boolean };

async function time(label: string, task: () => Promise<string>, target: boolean): Promise<Row> {
  let size = "";
  for (let i = 0; i < WARMUP; i++) size = await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { label, size, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), max: samples.at(-1)!, target };
}

function table(head: string[], body: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("-|-"), ...body.map(line)].join("\n");
}

let bench = await openApprovalsBenchDb({ fresh: args.fresh });
try {
  const seedStart = performance.now();
  let meta = await readSeedMeta(bench.db);
  let how = "reused";
  if (!meta) {
    const [existing] = await rowsOf<{ n: number }>(bench.db, sql`select count(*)::int as n from users`);
    // another seed version or an interrupted run: start over in an empty database
    if ((existing?.n ?? 0) > 0) bench = await bench.drop();
    await seedApprovals(bench.db, new Date());
    meta = await readSeedMeta(bench.db);
    if (!meta) throw new Error(`Seeding did not produce ${OPEN_REQUESTS} open requests.`);
    how = "generated";
  } else {
    await reanchor(bench.db, meta, new Date());
  }
  const db = bench.db;
  const [facts] = await rowsOf<{ requests: number; open: number; decided: number; decisions: number; mine: number; workflows: number; campaigns: number; overdue: number }>(db, sql`
    select (select count(*)::int from approval_requests) as requests,
      (select count(*)::int from approval_requests where status = 'open') as open,
      (select count(*)::int from approval_requests where status in ('approved', 'rejected', 'changes_requested')) as decided,
      (select count(*)::int from approval_decisions) as decisions,
      (select count(*)::int from approval_decisions d join users u on u.id = d.approver_id where u.email = ${CONTENT_APPROVER_EMAIL}) as mine,
      (select count(*)::int from approval_workflows) as workflows,
      (select count(distinct campaign_id)::int from approval_requests where status = 'open') as campaigns,
      (select count(*)::int from approval_requests where status = 'open' and deadline < now()) as overdue`);
  console.log(`Data ${how} on ${bench.kind} (${bench.where}) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s: ` +
    `${facts!.open} open requests over ${facts!.campaigns} campaigns (${facts!.overdue} overdue now), ${facts!.workflows} workflows, ` +
    `${facts!.requests} requests (${facts!.decided} decided), ${facts!.decisions} decisions (${facts!.mine} by the content approver).\n`);

  const people = await db.select().from(users).where(inArray(users.email, [CONTENT_APPROVER_EMAIL, MANAGER_EMAIL]));
  const userBy = (email: string): UserRow => people.find((p) => p.email === email)!;
  const approver = actorFromUser(userBy(CONTENT_APPROVER_EMAIL), "web");
  const manager = actorFromUser(userBy(MANAGER_EMAIL), "web");
  const now = new Date();
  const sizeOf = (r: Awaited<ReturnType<typeof queryApprovalQueue>>) =>
    `${r.rows.length} rows; mine ${r.counts.mine}, all ${r.counts.all}, overdue ${r.counts.overdue}, decided ${r.counts.decided}`;

  const rows: Row[] = [];
  rows.push(await time("queue: content approver, mine, page 1", async () => sizeOf(await queryApprovalQueue(db, approver, { tab: "mine", page: 1, pageSize: PAGE_SIZE }, now)), true));
  rows.push(await time("queue: content approver, mine, page 20", async () => sizeOf(await queryApprovalQueue(db, approver, { tab: "mine", page: 20, pageSize: PAGE_SIZE }, now)), true));
  rows.push(await time("queue: manager, all, page 1", async () => sizeOf(await queryApprovalQueue(db, manager, { tab: "all", page: 1, pageSize: PAGE_SIZE }, now)), true));
  rows.push(await time("queue: manager, overdue, page 1", async () => sizeOf(await queryApprovalQueue(db, manager, { tab: "overdue", page: 1, pageSize: PAGE_SIZE }, now)), true));
  rows.push(await time("queue: content approver, decided, page 1", async () => sizeOf(await queryApprovalQueue(db, approver, { tab: "decided", page: 1, pageSize: PAGE_SIZE }, now)), true));
  const ctx: Ctx = { db, actor: approver };
  rows.push(await time("service: listApprovalQueue, mine, page 1", async () => {
    const page = await listApprovalQueue(ctx, { tab: "mine", page: 1, pageSize: PAGE_SIZE });
    return `${page.items.length} items of ${page.total}, with readiness`;
  }, false));

  const isPg = bench.kind === "postgres";
  console.log(table(
    ["case", "size", "p50 ms", "p95 ms", "max ms", `p95 < ${QUEUE_P95_TARGET_MS} ms`],
    rows.map((x) => [x.label, x.size, ms(x.p50), ms(x.p95), ms(x.max), x.target && isPg ? (x.p95 < QUEUE_P95_TARGET_MS ? "yes" : "NO") : "—"]),
  ));
  console.log(`\n${runs} runs a case after ${WARMUP} warm-up runs; page size ${PAGE_SIZE}.`);

  // the mine tab's row statement exactly as the service sends it
  const capture = capturingDb(bench);
  await queryApprovalQueue(capture.db, approver, { tab: "mine", page: 1, pageSize: PAGE_SIZE }, now);
  const rowStatement = capture.captured.find((q) => / limit /i.test(q.query));
  if (rowStatement) {
    const plan = await explainAnalyze(bench, rowStatement);
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the mine tab's row query (top lines):\n${plan.slice(0, 16).map((l) => `  ${l}`).join("\n")}`);
    const total = plan.filter((l) => /^(Planning|Execution) Time/.test(l)).join("; ");
    if (total) console.log(`  … ${total}`);
  }

  // the sweep, from a clean escalation state each time, at a moment when most requests are overdue
  const sweepAt = new Date(now.getTime() + SWEEP_AFTER_HOURS * 3_600_000);
  const steps = async () => (await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from approval_escalations`))[0]!.n;
  const [dueAt] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from approval_requests where status = 'open' and deadline <= ${sweepAt.toISOString()}::timestamptz`);
  const sweepRows: string[][] = [];
  const timeSweep = async (): Promise<[number, SweepResult, number]> => {
    const before = await steps();
    const start = performance.now();
    const result = await runEscalationSweep(db, sweepAt);
    return [performance.now() - start, result, (await steps()) - before];
  };
  for (let i = 1; i <= sweeps; i++) {
    await resetEscalations(db);
    const [first, r, recorded] = await timeSweep();
    const [second, r2, recorded2] = await timeSweep();
    sweepRows.push([
      `#${i}`, ms(first), String(r.checked), String(r.reminded), String(r.escalated), String(recorded), isPg ? (first < SWEEP_TARGET_MS ? "yes" : "NO") : "—",
      ms(second), String(r2.reminded + r2.escalated), String(recorded2),
    ]);
  }
  console.log(`\nEscalation sweep at anchor + ${SWEEP_AFTER_HOURS} h (${dueAt!.n} of ${facts!.open} open requests past their deadline), from a clean state each time:`);
  console.log(table(
    ["run", "first ms", "checked", "reminded", "escalated", "steps recorded", `< ${SWEEP_TARGET_MS} ms`, "again, same moment ms", "again: reminded + escalated", "again: steps recorded"],
    sweepRows,
  ));

  const [pg] = await rowsOf<{ version: string; shared_buffers: string; work_mem: string; jit: string }>(db, sql`
    select version() as version, current_setting('shared_buffers') as shared_buffers, current_setting('work_mem') as work_mem, current_setting('jit') as jit`);
  const cpus = os.cpus();
  console.log(`\nMachine: ${cpus.length} cores (${cpus[0]?.model ?? "unknown"}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; ` +
    `${pg!.version.split(",")[0]} (shared_buffers ${pg!.shared_buffers}, work_mem ${pg!.work_mem}, jit ${pg!.jit}).` +
    (isPg ? "" : " PGlite: the targets apply to PostgreSQL only."));
} catch (e) {
  console.error("Benchmark failed:", e);
  process.exitCode = 1;
} finally {
  await bench.close();
}
