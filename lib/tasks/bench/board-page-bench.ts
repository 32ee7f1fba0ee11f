/**
 * Board page benchmark in a real browser: load time of a campaign board with 1,000 tasks, and
 * frame timings while a card is dragged by mouse across the columns. Starts nothing itself:
 *
 *   1. a production server on PostgreSQL with the demo data and a 1,000-task campaign:
 *        createdb … && DATABASE_URL=… npm run db:migrate && DATABASE_URL=… npm run db:seed
 *        DATABASE_URL=… npx tsx lib/tasks/bench/seed-board-campaign.ts     # prints the campaign id
 *        NEXT_DIST_DIR=.next-board npx next build
 *        NEXT_DIST_DIR=.next-board DATABASE_URL=… AUTH_SECRET=… NODE_ENV=production npx next start -p 3103
 *   2. BENCH_CAMPAIGN_ID=<id> npm run bench:board-page
 *
 * Env: BENCH_URL (default http://127.0.0.1:3103), BENCH_EMAIL / BENCH_PASSWORD (the demo manager),
 * BENCH_CAMPAIGN_ID (default: the newest campaign whose name starts with "Board bench"),
 * BENCH_LOADS (default 5), CHROMIUM_PATH (default /usr/bin/chromium). The drag drops the card in
 * In progress, a real move, as a person would.
 */
import { chromium, type Page } from "playwright-core";

const base = (process.env.BENCH_URL ?? "http://127.0.0.1:3103").replace(/\/$/, "");
const email = process.env.BENCH_EMAIL ?? "manager@example.com";
const password = process.env.BENCH_PASSWORD ?? "demo-manager";
const loads = Number(process.env.BENCH_LOADS ?? 5);

type PerfLog = { longTasks: number[]; loafs: { duration: number; blocking: number }[]; frames: number[]; at: number[]; marks: Record<string, number>; recording: boolean };

/**
 * Runs in the page before any script: long tasks, long animation frames and rAF frame times.
 * A string, not a function: tsx would wrap a function's inner functions in helpers the page lacks.
 */
const instrument = `(() => {
  const log = { longTasks: [], loafs: [], frames: [], at: [], marks: {}, recording: false };
  window.__perf = log;
  try {
    new PerformanceObserver((l) => l.getEntries().forEach((e) => log.recording && log.longTasks.push(e.duration))).observe({ type: "longtask", buffered: true });
  } catch {}
  try {
    new PerformanceObserver((l) => l.getEntries().forEach((e) => log.recording && log.loafs.push({ duration: e.duration, blocking: e.blockingDuration || 0 })))
      .observe({ type: "long-animation-frame", buffered: true });
  } catch {}
  let last = 0;
  const tick = (t) => {
    if (log.recording && last) { log.frames.push(t - last); log.at.push(t); }
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function campaignBoardUrl(page: Page): Promise<string> {
  if (process.env.BENCH_CAMPAIGN_ID) return `${base}/campaigns/${process.env.BENCH_CAMPAIGN_ID}/board`;
  await page.goto(`${base}/campaigns?q=${encodeURIComponent("Board bench")}`);
  const link = page.getByRole("link", { name: /^Board bench/ }).first();
  const href = await link.getAttribute("href", { timeout: 10_000 }).catch(() => null);
  if (!href) throw new Error('No campaign named "Board bench…": run lib/tasks/bench/seed-board-campaign.ts or set BENCH_CAMPAIGN_ID.');
  return `${base}${href.replace(/\?.*$/, "")}/board`;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const quantile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? Number.NaN;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: instrument });
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/campaigns/);
  const url = await campaignBoardUrl(page);

  // page load: navigation to the first card on screen, and the browser's own navigation timings
  const loadTimes: number[] = [];
  const nav: { ttfb: number; dcl: number; load: number }[] = [];
  for (let i = 0; i < loads; i++) {
    const start = Date.now();
    await page.goto(url, { waitUntil: "load" });
    await page.locator("li[data-task-id]").first().waitFor();
    loadTimes.push(Date.now() - start);
    nav.push(await page.evaluate(() => {
      const n = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return { ttfb: n.responseStart, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd };
    }));
  }
  const cardCount = await page.locator("li[data-task-id]").count();
  const totals = await page.locator("section[aria-labelledby^='board-column-'] header span[aria-label]").allTextContents();

  // drag: the first To do card across every column and back to In progress, with pointer moves
  const columnBox = async (name: string) => (await page.getByRole("region", { name, exact: true }).boundingBox())!;
  const card = page.getByRole("region", { name: "To do", exact: true }).locator("li[data-task-id]").first();
  const from = (await card.boundingBox())!;
  await page.evaluate(() => {
    const p = (window as unknown as { __perf: PerfLog }).__perf;
    Object.assign(p, { longTasks: [], loafs: [], frames: [], at: [], marks: {}, recording: true });
  });
  const dragStart = Date.now();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  const mark = (name: string) => page.evaluate((n) => ((window as unknown as { __perf: PerfLog }).__perf.marks[n] = performance.now()), name);
  await page.mouse.down();
  await mark("down");
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 5, { steps: 3 });
  await mark("picked");
  let x = from.x + from.width / 2;
  for (const name of ["In progress", "Blocked", "In review", "In progress"]) {
    const box = await columnBox(name);
    const tx = Math.min(box.x + box.width / 2, 1270);
    const steps = Math.max(10, Math.round(Math.abs(tx - x) / 12));
    await page.mouse.move(tx, box.y + 120, { steps });
    x = tx;
  }
  await mark("up");
  await page.mouse.up();
  await page.waitForTimeout(1_000); // the optimistic update, the save and the refetch
  const dragMs = Date.now() - dragStart;
  const perf = await page.evaluate(() => {
    const p = (window as unknown as { __perf: PerfLog }).__perf;
    p.recording = false;
    return { longTasks: p.longTasks, loafs: p.loafs, frames: p.frames, at: p.at, marks: p.marks };
  });

  const frames = perf.frames;
  // when the slow frames happened: picking the card up, moving it, or dropping it (save + refetch)
  const phase = (t: number) => (t <= perf.marks.picked! + 100 ? "pick-up" : t <= perf.marks.up! ? "moving" : "drop");
  const slow = frames.map((d, i) => ({ d, t: perf.at[i]! })).filter((f) => f.d > 50).map((f) => `${ms(f.d)} (${phase(f.t)})`);
  console.log(`Board page bench against ${url}`);
  console.log(`  board: ${cardCount} cards rendered; column totals ${totals.join(" / ")}`);
  console.log(`  page load (navigation → first card), ${loads} loads: p50 ${ms(quantile(loadTimes, 0.5))}, max ${ms(Math.max(...loadTimes))}`);
  console.log(`    browser timings (p50): TTFB ${ms(quantile(nav.map((n) => n.ttfb), 0.5))}, DOMContentLoaded ${ms(quantile(nav.map((n) => n.dcl), 0.5))}, load ${ms(quantile(nav.map((n) => n.load), 0.5))}`);
  console.log(`  drag across columns and drop (${(dragMs / 1000).toFixed(1)} s, ${frames.length} frames):`);
  console.log(`    frame time p50 ${ms(quantile(frames, 0.5))}, p95 ${ms(quantile(frames, 0.95))}, longest ${ms(Math.max(0, ...frames))}, frames > 50 ms: ${slow.length}${slow.length ? ` — ${slow.join(", ")}` : ""}`);
  console.log(`    long tasks: ${perf.longTasks.length}${perf.longTasks.length ? ` (longest ${ms(Math.max(...perf.longTasks))})` : ""}; long animation frames: ${perf.loafs.length}` +
    (perf.loafs.length ? ` (longest ${ms(Math.max(...perf.loafs.map((l) => l.duration)))}, blocking ${ms(Math.max(...perf.loafs.map((l) => l.blocking)))})` : ""));
} finally {
  await browser.close();
}
