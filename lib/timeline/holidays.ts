import { asc } from "drizzle-orm";
import { organizationHolidays } from "@/db/schema";
import type { Db } from "@/db/types";
import type { WorkCalendar } from "./calendar";

/** The organisation's working calendar: weekends plus its holidays. */
export async function loadWorkCalendar(db: Db): Promise<WorkCalendar> {
  const rows = await db.select({ date: organizationHolidays.date }).from(organizationHolidays);
  return { holidays: new Set(rows.map((r) => r.date)) };
}

/** The organisation's holidays with their names, by date. */
export async function listHolidays(db: Db): Promise<{ date: string; name: string }[]> {
  return db.select({ date: organizationHolidays.date, name: organizationHolidays.name }).from(organizationHolidays).orderBy(asc(organizationHolidays.date));
}
