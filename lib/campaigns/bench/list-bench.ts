/**
 * Campaign list benchmark: listCampaigns() against the floor of the same SQL sent raw.
 *
 *   npm run bench                                    # embedded PGlite in a temp directory
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench
 *   npm run bench -- --campaigns 2000 --runs 50 --keep
 *
 * On PostgreSQL it drops and recreates the database `cm_bench` on DATABASE_URL's server, migrates
 * and seeds it, and drops it at the end unless --keep. The database named in DATABASE_URL is never
 * written. Each case runs page 1 and page 50 (25 rows a page): warm-up, then --runs timings of
 * listCampaigns (page + count queries in parallel) interleaved with the same two statements from
 * `.toSQL()` sent straight to the driver, also in parallel. Targets: service p50 ≤ 1.5× raw p50;
 * service p95 < 20 ms on PostgreSQL.
 *
 * Page TTFB against a production server on the bench data (PostgreSQL only):
 *   1. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -- --keep
 *   2. npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/cm_bench npm start
 *   3. Sign in as bench.manager@example.com / bench-manager and copy the session cookie
 *      (DevTools → Application → Cookies: authjs.session-token), or with curl:
 *        T=$(curl -sc jar localhost:3000/api/auth/csrf | sed 's/.*"csrfToken":"\([^"]*\)".*$/\1/')
 *        curl -sb jar -c jar localhost:3000/api/auth/callback/credentials \
 *          -d "csrfToken=$T&email=bench.manager@example.com&password=bench-manager" >/dev/null
 *        grep session-token jar   # cookie = "authjs.session-token=<value>"
 *   4. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -- \
 *        --ttfb-url http://localhost:3000/campaigns --cookie "authjs.session-token=<value>"
 *   Reseeding keeps every id (the data is generated from a fixed seed), so the cookie stays valid;
 *   --ttfb-url implies --keep because the server is still using the database. When done, stop the
 *   server and drop it: psql postgres://postgres@127.0.0.1:5432/postgres -c 'drop database cm_bench'
 */
import { parseArgs } from "node:util";
import { actorFromUser } from "@/lib/members/actor";
import { openBenchDb } from "./bench-db";
import { benchCases, PAGES, runCase, type CaseResult } from "./cases";
import { resultsTable, summaryLine, ttfbTable } from "./report";
import { seedBench } from "./seed";
import { measureTtfb } from "./ttfb";

const { values: args } = parseArgs({
  options: {
    campaigns: { type: "string", default: "10000" },
    runs: { type: "string", default: "60" },
    keep: { type: "boolean", default: false },
    "ttfb-url": { type: "string" },
    cookie: { type: "string" },
  },
});

const campaignCount = Number(args.campaigns);
const runs = Number(args.runs);
function usage(problem: string): never {
  console.error(`${problem}\nUsage: npm run bench -- [--campaigns 10000] [--runs 60] [--keep] [--ttfb-url URL --cookie COOKIE]`);
  process.exit(2);
}
if (!Number.isInteger(campaignCount) || campaignCount < 1) usage("--campaigns must be a positive whole number");
if (!Number.isInteger(runs) || runs < 50) usage("--runs must be a whole number, at least 50");
if (args["ttfb-url"] && !args.cookie) usage("--ttfb-url needs --cookie with a session for the bench manager");
if (args["ttfb-url"] && !process.env.DATABASE_URL) usage("--ttfb-url needs PostgreSQL: a server cannot share the embedded database");

async function main() {
  const keep = args.keep || Boolean(args["ttfb-url"]);
  const bench = await openBenchDb(keep);
  try {
    const seedStart = Date.now();
    const manager = await seedBench(bench.db, campaignCount);
    console.log(`Seeded ${campaignCount.toLocaleString("en")} campaigns into ${bench.kind} (${bench.where}) in ${((Date.now() - seedStart) / 1000).toFixed(1)} s.`);
    const ctx = { db: bench.db, actor: actorFromUser(manager, "web") };

    const results: CaseResult[] = [];
    for (const c of benchCases) {
      for (const page of PAGES) results.push(await runCase(ctx, bench.raw, c, page, { warmup: 10, runs }));
    }
    const checkP95 = bench.kind === "postgres";
    console.log(`\n${resultsTable(results, checkP95)}\n`);
    console.log(summaryLine(results, checkP95, `${bench.kind === "postgres" ? "PostgreSQL" : "PGlite"}, ${campaignCount.toLocaleString("en")} campaigns, ${runs} runs`));

    if (args["ttfb-url"] && args.cookie) {
      const url = args["ttfb-url"];
      // the page is optional extra: a server that is down or a stale cookie is reported, not fatal
      await measureTtfb(url, args.cookie, Math.max(20, Math.round(runs / 3))).then(
        (r) => console.log(`\n${ttfbTable(url, r)}`),
        (e: unknown) => console.log(`\nTTFB not measured: ${e instanceof Error ? e.message : String(e)}`),
      );
    }
    if (keep) console.log(`\nKept the bench database: ${bench.where}`);
  } finally {
    await bench.close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
