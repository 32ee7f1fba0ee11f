import type { UtilisationBand, WeekCell } from "@/lib/team/workload-model";

// no capacity at all (time off, a holiday week, a 0-hour week): hatched, so it never reads as "free"
const hatched = "bg-[repeating-linear-gradient(135deg,#f1f5f9_0_4px,#e2e8f0_4px_8px)]";

/** Colours and legend text per band; the limits are UTILISATION_BANDS in workload-model.ts. */
export const bandStyles: Record<UtilisationBand, { cell: string; swatch: string; label: string }> = {
  none: { cell: `${hatched} text-slate-500`, swatch: `${hatched} ring-slate-300`, label: "No capacity" },
  low: { cell: "bg-sky-100 text-sky-900", swatch: "bg-sky-100 ring-sky-300", label: "Under 50 %" },
  healthy: { cell: "bg-emerald-200 text-emerald-950", swatch: "bg-emerald-200 ring-emerald-300", label: "50–85 %" },
  busy: { cell: "bg-amber-300 text-amber-950", swatch: "bg-amber-300 ring-amber-400", label: "85–100 %" },
  over: { cell: "bg-rose-600 text-white", swatch: "bg-rose-600 ring-rose-700", label: "Over 100 %" },
};

export const bandOrder: UtilisationBand[] = ["low", "healthy", "busy", "over", "none"];

/** 34 → "34", 6.25 → "6.3" */
export function hours(h: number) {
  return String(Math.round(h * 10) / 10);
}

/** "2026-12-07" → "7 Dec" */
export function weekLabel(weekStart: string) {
  return new Date(`${weekStart}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
}

export type CellFigures = Pick<WeekCell, "weekStart" | "when" | "capacityHours" | "workloadHours" | "utilisation" | "band">;

/** The figure shown in a cell: "106%"; hours for work without capacity; nothing for an empty week. */
export function cellFigure(c: CellFigures) {
  if (c.workloadHours <= 0) return "";
  if (c.utilisation !== null) return `${Math.round(c.utilisation * 100)}%`;
  return `${hours(c.workloadHours)} h`;
}

/** "34 of 32 h (106 %)" and the variants for no capacity and past weeks. */
export function cellSummary(c: CellFigures) {
  const what = c.when === "past" ? " logged" : "";
  if (c.utilisation === null) return c.workloadHours > 0 ? `${hours(c.workloadHours)} h${what} with no capacity` : "no capacity";
  return `${hours(c.workloadHours)} of ${hours(c.capacityHours)} h${what} (${Math.round(c.utilisation * 100)} %)`;
}

/** "Leo Chen, week of 7 Dec: 34 of 32 h (106 %)" */
export function cellLabel(name: string, c: CellFigures) {
  return `${name}, week of ${weekLabel(c.weekStart)}: ${cellSummary(c)}`;
}
