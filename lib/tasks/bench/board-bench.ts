/**
 * Board benchmark: getBoard() and moveTask() on a campaign with 1,000 tasks.
 *
 *   npm run bench:board                              # embedded PGlite in a temp directory
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:board
 *   npm run bench:board -- --runs 300 --keep
 *
 * On PostgreSQL it drops and recreates the database `cm_bench` on DATABASE_URL's server (the
 * database named in the URL is never written) and drops it at the end unless --keep. Seeds 12
 * people, one campaign with 1,000 tasks over the columns (~1,100 dependencies, 85 % assigned) and
 * five campaigns with 200 tasks each for the cross-campaign board; then times each case --runs
 * times after a warm-up and prints p50 / p95 / max. Target: p95 < 30 ms on PostgreSQL for the
 * campaign board (PGlite is single-threaded WASM: figures for comparison only).
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { openBenchDb } from "@/lib/campaigns/bench/bench-db";
import { percentile } from "@/lib/campaigns/bench/timing";
import type { Ctx } from "@/lib/core/context";
import { actorFromUser } from "@/lib/members/actor";
import { getBoard } from "../board";
import { moveTask } from "../move";
import type { BoardQueryInput } from "../schemas";
import { seedBoardCampaign } from "./board-seed";

const P95_TARGET_MS = 30;

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "250" }, keep: { type: "boolean", default: false } } });
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 200) {
  console.error("Usage: npm run bench:board -- [--runs 250] [--keep]   (--runs is at least 200)");
  process.exit(2);
}

type Row = { label: string; cards: number; p50: number; p95: number; max: number; target: boolean };

async function time(label: string, task: () => Promise<number>, target: boolean): Promise<Row> {
  let cards = 0;
  for (let i = 0; i < 20; i++) cards = await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { label, cards, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), max: samples.at(-1)!, target };
}

const bench = await openBenchDb(args.keep);
try {
  const people = await bench.db
    .insert(users)
    .values(Array.from({ length: 12 }, (_, i) => ({ name: i === 0 ? "Board Manager" : `Board Member ${i}`, email: `board.${i}@bench.example`, role: i === 0 ? ("manager" as const) : ("member" as const) })))
    .returning();
  const manager = people[0]!;
  const member = people[3]!;
  const assigneeIds = people.map((p) => p.id);
  const seedStart = performance.now();
  const big = await seedBoardCampaign(bench.db, { name: "Board bench: 1,000 tasks", ownerId: manager.id, assigneeIds });
  for (let i = 0; i < 5; i++) await seedBoardCampaign(bench.db, { name: `Board bench neighbour ${i + 1}`, ownerId: people[i + 1]!.id, assigneeIds, count: 200, seed: 7 + i });
  console.log(`Seeded on ${bench.kind} (${bench.where}) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s: 1,000 tasks (${big.dependencies} dependencies, ${JSON.stringify(big.byStatus)}) + 5 × 200 tasks.\n`);

  const [me] = await bench.db.select().from(users).where(eq(users.id, manager.id));
  const ctx: Ctx = { db: bench.db, actor: actorFromUser(me!, "web") };
  const board = (input: BoardQueryInput) => async () => (await getBoard(ctx, input)).columns.reduce((n, c) => n + c.cards.length, 0);
  const campaignId = big.campaignId;

  const rows: Row[] = [];
  rows.push(await time("campaign board (50 a column)", board({ campaignId }), true));
  rows.push(await time("campaign board, all 1,000 (200 a column + cancelled)", board({ campaignId, perColumn: 200, includeCancelled: true }), true));
  rows.push(await time("campaign board, assignee + high/critical", board({ campaignId, assigneeId: member.id, priority: ["high", "critical"] }), true));
  rows.push(await time("campaign board, overdue", board({ campaignId, due: "overdue" }), true));
  rows.push(await time("campaign board, show more (To do from 50)", board({ campaignId, column: "todo", offset: 50 }), true));
  rows.push(await time("cross-campaign board (2,000 tasks)", board({}), false));
  rows.push(await time("cross-campaign board, assignee me", board({ assigneeId: "me" }), false));

  // a card moved up and down To do, between two neighbours each time: the write path of a drag
  const todo = (await getBoard(ctx, { campaignId, column: "todo", perColumn: 10 })).columns[0]!.cards;
  let version = todo[0]!.version;
  let flip = false;
  rows.push(await time("moveTask: reorder within To do", async () => {
    flip = !flip;
    const [afterId, beforeId] = flip ? [todo[5]!.id, todo[6]!.id] : [todo[2]!.id, todo[3]!.id];
    version = (await moveTask(ctx, { id: todo[0]!.id, version, toStatus: "todo", afterId, beforeId })).version;
    return 1;
  }, false));

  const ms = (n: number) => n.toFixed(2);
  const head = ["case", "cards", "p50 ms", "p95 ms", "max ms", `p95 < ${P95_TARGET_MS} ms`];
  const body = rows.map((r) => [r.label, String(r.cards), ms(r.p50), ms(r.p95), ms(r.max), r.target && bench.kind === "postgres" ? (r.p95 < P95_TARGET_MS ? "yes" : "NO") : "—"]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ");
  console.log([line(head), widths.map((w) => "-".repeat(w)).join("-|-"), ...body.map(line)].join("\n"));
  console.log(`\n${runs} runs a case after 20 warm-up runs.${bench.kind === "pglite" ? " PGlite: the p95 target applies to PostgreSQL only." : ""}`);
} finally {
  await bench.close();
}
