import { formatDay } from "@/lib/core/format";

export const weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
export const weekdayShort = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

export const levelLabels = ["", "Learning", "Working", "Practised", "Advanced", "Expert"] as const;

/** "paid_media" → "Paid media" */
export function skillLabel(skill: string) {
  const s = skill.replace(/_/g, " ");
  return skill === "pr" || skill === "seo" ? s.toUpperCase() : s.charAt(0).toUpperCase() + s.slice(1);
}

/** A utilisation ratio as a percentage a person reads: "85 %", or "over capacity" when there is none. */
export function percent(ratio: number) {
  return Number.isFinite(ratio) ? `${Math.round(ratio * 100)} %` : "No capacity";
}

export function formatRangeDays(r: { startDate: string; endDate: string }) {
  return r.startDate === r.endDate ? formatDay(r.startDate) : `${formatDay(r.startDate)} – ${formatDay(r.endDate)}`;
}
