/**
 * Time-tracking rules (DESIGN §3 "Team"). Pure: plain data in, plain data out.
 */

const HOUR_MS = 3_600_000;

/**
 * Hours a timer ran, rounded to 0.01: at least 0.01 (a started timer counts), at most 24 (one
 * entry is one day's work; a timer left running overnight is capped, and the person can edit it).
 */
export function elapsedHours(startedAt: Date, stoppedAt: Date): number {
  const h = Math.round(((stoppedAt.getTime() - startedAt.getTime()) / HOUR_MS) * 100) / 100;
  return Math.min(Math.max(h, 0.01), 24);
}

/** Sums hours without float noise (0.1 + 0.2 = 0.3). */
export function sumHours(values: readonly (number | null)[]): number {
  return Math.round(values.reduce<number>((s, h) => s + (h ?? 0) * 100, 0)) / 100;
}

/** Work can be logged for today or earlier (in the member's calendar), never for a day to come. */
export function futureDateMessage(workDate: string, today: string): string | null {
  return workDate > today ? `You cannot log time for ${workDate}: it is after today (${today}) in your timezone.` : null;
}

/** Excel, LibreOffice and Sheets treat a cell starting with these as a formula. */
const formulaStart = /^[=+\-@\t\r]/;

/** Neutralises spreadsheet formula injection: a cell that could be read as a formula gets a leading '. */
export function neutraliseCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** Logged ÷ estimate as a percentage, or null without an estimate. */
export function percentOfEstimate(logged: number, estimate: number | null): number | null {
  if (estimate === null || estimate <= 0) return null;
  return Math.round((logged / estimate) * 100);
}

/** 1.5 → "1.5 h", 2 → "2 h", 0.333 → "0.33 h". */
export function formatHours(h: number): string {
  return `${Number(h.toFixed(2))} h`;
}

/** Seconds as "1:05:09" (hours unpadded), for a running timer. */
export function formatElapsed(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}
