import { organizationHolidays } from "@/db/schema";
import type { Db } from "@/db/types";
import type { WorkCalendar } from "./calendar";

/** The organisation's working calendar: weekends plus its holidays. */
export async function loadWorkCalendar(db: Db): Promise<WorkCalendar> {
  const rows = await db.select({ date: organizationHolidays.date }).from(organizationHolidays);
  return { holidays: new Set(rows.map((r) => r.date)) };
}
