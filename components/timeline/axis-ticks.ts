/**
 * What the date axis shows for a scale: month spans on top, days (week zoom) or weeks (month
 * zoom) below, and the non-working bands shaded behind the bars. Pure; see axis-ticks.test.ts.
 */
import { fromDayNumber } from "@/lib/timeline/calendar";
import { weekdayOfDay, type Scale, type Zoom } from "./geometry";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));
const WEEKDAY_INITIALS = ["S", "M", "T", "W", "T", "F", "S"];

export type Tick = { key: string; x: number; width: number; label: string; sub?: string; muted?: boolean };

export function monthTicks(scale: Scale): Tick[] {
  const ticks: Tick[] = [];
  let from = 0;
  for (let i = 1; i <= scale.days; i++) {
    const date = fromDayNumber(scale.startDay + i);
    if (i === scale.days || date.endsWith("-01")) {
      const first = fromDayNumber(scale.startDay + from);
      const [y, m] = first.split("-").map(Number) as [number, number];
      const width = (i - from) * scale.dayWidth;
      // a sliver of a month gets the short name, or none when even that does not fit
      const label = width >= 110 ? `${MONTHS[m - 1]} ${y}` : width >= 40 ? `${SHORT_MONTHS[m - 1]} ${String(y).slice(2)}` : "";
      ticks.push({ key: first.slice(0, 7), x: from * scale.dayWidth, width, label });
      from = i;
    }
  }
  return ticks;
}

/** Week zoom: one tick per day (date and weekday initial). Month zoom: one per week, at Mondays. */
export function minorTicks(scale: Scale, zoom: Zoom): Tick[] {
  const ticks: Tick[] = [];
  for (let i = 0; i < scale.days; i++) {
    const day = scale.startDay + i;
    const date = fromDayNumber(day);
    const wd = weekdayOfDay(day);
    if (zoom === "week") {
      ticks.push({ key: date, x: i * scale.dayWidth, width: scale.dayWidth, label: String(Number(date.slice(8))), sub: WEEKDAY_INITIALS[wd], muted: wd === 0 || wd === 6 });
    } else if (wd === 1) {
      const m = Number(date.slice(5, 7));
      ticks.push({ key: date, x: i * scale.dayWidth, width: 7 * scale.dayWidth, label: `${SHORT_MONTHS[m - 1]} ${Number(date.slice(8))}` });
    }
  }
  return ticks;
}

export type Band = { key: string; x: number; width: number; kind: "weekend" | "holiday"; label?: string };

/** Runs of weekend days and of holidays, each run one band (a holiday's name in its label). */
export function nonWorkingBands(scale: Scale, holidays: readonly { date: string; name: string }[]): Band[] {
  const holidayName = new Map(holidays.map((h) => [h.date, h.name]));
  const bands: Band[] = [];
  let open: Band | null = null;
  for (let i = 0; i < scale.days; i++) {
    const day = scale.startDay + i;
    const date = fromDayNumber(day);
    const wd = weekdayOfDay(day);
    const name = holidayName.get(date);
    const kind = name !== undefined ? "holiday" : wd === 0 || wd === 6 ? "weekend" : null;
    if (open && (kind !== open.kind || kind === "holiday")) {
      bands.push(open);
      open = null;
    }
    if (kind && !open) open = { key: date, x: i * scale.dayWidth, width: 0, kind, label: name };
    if (open) open.width += scale.dayWidth;
  }
  if (open) bands.push(open);
  return bands;
}
