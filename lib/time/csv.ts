import { stringify } from "csv-stringify/sync";
import { neutraliseCell } from "./rules";
import type { Timesheet } from "./timesheet";

export const timesheetCsvColumns = ["date", "campaign", "task", "hours", "note", "entry id"] as const;

/** One line per entry; text cells are neutralised so a spreadsheet never runs them as formulas. */
export function timesheetCsv(entries: Timesheet["entries"]): string {
  const rows = entries.map((e) => [e.workDate, neutraliseCell(e.campaignName), neutraliseCell(e.taskTitle), e.hours.toFixed(2), neutraliseCell(e.note), e.id]);
  return stringify([[...timesheetCsvColumns], ...rows]);
}

/** e.g. "timesheet-ada-lovelace-2026-11-23.csv": ASCII only, safe in a Content-Disposition header. */
export function timesheetFilename(memberName: string, weekStart: string): string {
  const slug = memberName.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().toLowerCase().replace(/[\s_-]+/g, "-").slice(0, 40) || "member";
  return `timesheet-${slug}-${weekStart}.csv`;
}
