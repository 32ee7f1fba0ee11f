import { performance } from "node:perf_hooks";

export type Stats = { p50: number; p95: number; runs: number };

/** Percentile by linear interpolation between the closest ranks, in the samples' unit. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((x, y) => x - y);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), runs: sorted.length };
}

async function timeOnce(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/**
 * Times two tasks that should cost about the same, interleaved and alternating which goes first,
 * so background load on a shared machine falls on both sides alike.
 */
export async function timePair(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  { warmup, runs }: { warmup: number; runs: number },
): Promise<{ a: Stats; b: Stats }> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      as.push(await timeOnce(a));
      bs.push(await timeOnce(b));
    } else {
      bs.push(await timeOnce(b));
      as.push(await timeOnce(a));
    }
  }
  return { a: stats(as), b: stats(bs) };
}

/** Times one task after a warm-up. */
export async function timeTask(task: () => Promise<unknown>, { warmup, runs }: { warmup: number; runs: number }): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timeOnce(task));
  return stats(samples);
}
