import type { CaseResult } from "./cases";
import type { TtfbResult } from "./ttfb";

export const RATIO_TARGET = 1.5;
export const P95_TARGET_MS = 20;

const ms = (n: number) => n.toFixed(2);

function verdict(r: CaseResult, checkP95: boolean): string {
  const misses = [
    r.service.p50 / r.raw.p50 > RATIO_TARGET ? "ratio" : null,
    checkP95 && r.service.p95 >= P95_TARGET_MS ? "p95" : null,
  ].filter(Boolean);
  return misses.length ? `no (${misses.join(", ")})` : "yes";
}

function table(head: string[], rows: string[][], rightAligned: Set<number>): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ").trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("-|-"), ...rows.map(line)].join("\n");
}

/** The p95 target is for PostgreSQL; embedded PGlite is single-threaded WASM and only gets the ratio. */
export function resultsTable(results: CaseResult[], checkP95: boolean): string {
  const head = ["case", "page", "rows", "service p50 ms", "service p95 ms", "raw p50 ms", "raw p95 ms", "ratio", "target met"];
  const rows = results.map((r) => [
    r.label, String(r.page), String(r.total), ms(r.service.p50), ms(r.service.p95), ms(r.raw.p50), ms(r.raw.p95),
    `${(r.service.p50 / r.raw.p50).toFixed(2)}x`, verdict(r, checkP95),
  ]);
  return table(head, rows, new Set([1, 2, 3, 4, 5, 6, 7]));
}

export function summaryLine(results: CaseResult[], checkP95: boolean, where: string): string {
  const ratioOk = results.filter((r) => r.service.p50 / r.raw.p50 <= RATIO_TARGET).length;
  const p95Ok = results.filter((r) => r.service.p95 < P95_TARGET_MS).length;
  const worst = results.reduce((w, r) => (r.service.p95 > w.service.p95 ? r : w));
  const p95 = checkP95 ? `${p95Ok}/${results.length} with service p95 < ${P95_TARGET_MS} ms` : `p95 target not applied (PGlite)`;
  return `${where}: ${ratioOk}/${results.length} within ${RATIO_TARGET}x of raw SQL (p50), ${p95}; worst service p95 ${ms(worst.service.p95)} ms (${worst.label}, page ${worst.page}).`;
}

export function ttfbTable(url: string, r: TtfbResult): string {
  const rows = [
    ["first byte", ms(r.ttfb.p50), ms(r.ttfb.p95), String(r.ttfb.runs)],
    ["last byte", ms(r.full.p50), ms(r.full.p95), String(r.full.runs)],
  ];
  return `${url}\n${table(["response", "p50 ms", "p95 ms", "runs"], rows, new Set([1, 2, 3]))}`;
}
