import { performance } from "node:perf_hooks";
import { stats, timeTask, type Stats } from "./timing";

export type TtfbResult = { ttfb: Stats; full: Stats };

/**
 * Time to first byte of a signed-in page, and to its last byte: with streaming rendering and a
 * loading skeleton the first byte can leave before the list query has finished.
 */
export async function measureTtfb(url: string, cookie: string, runs: number): Promise<TtfbResult> {
  const ttfbs: number[] = [];
  const request = async () => {
    const start = performance.now();
    const res = await fetch(url, { headers: { cookie }, redirect: "manual", cache: "no-store" });
    ttfbs.push(performance.now() - start);
    await res.arrayBuffer();
    if (res.status !== 200) {
      const to = res.headers.get("location");
      throw new Error(`${url} answered ${res.status}${to ? ` (to ${to})` : ""}; is the cookie a session for the bench database?`);
    }
  };
  const full = await timeTask(request, { warmup: 3, runs });
  // the first three were the warm-up
  return { ttfb: stats(ttfbs.slice(3)), full };
}
