import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tasks } from "./timeline";
import { users } from "./users";

/** Hours a member works on each weekday, Monday first (index 0 = Monday … 6 = Sunday). */
export type WeeklyHours = [number, number, number, number, number, number, number];
export const defaultWeeklyHours: WeeklyHours = [8, 8, 8, 8, 8, 0, 0];

/** A member's weekly availability; a member without a row works the default week. */
export const memberAvailability = pgTable("member_availability", {
  userId: uuid().primaryKey().references(() => users.id, { onDelete: "cascade" }),
  weeklyHours: jsonb().$type<WeeklyHours>().notNull().default(sql`'[8,8,8,8,8,0,0]'::jsonb`),
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** What a member can do and how well (1 = learning … 5 = expert); skill words as in task requiredSkills. */
export const memberSkills = pgTable(
  "member_skills",
  {
    userId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
    skill: text().notNull(),
    level: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.skill] }),
    // team page filter and auto-assignment: members with a skill
    index("member_skills_skill_idx").on(t.skill),
    check("member_skills_level_check", sql`${t.level} between 1 and 5`),
  ],
);

/** Days a member is away (inclusive range, in the member's own calendar). */
export const timeOff = pgTable(
  "time_off",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
    startDate: date({ mode: "string" }).notNull(),
    endDate: date({ mode: "string" }).notNull(),
    reason: text().notNull().default(""),
    createdById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // capacity in a window and "next time off": a member's ranges by date
    index("time_off_user_start_idx").on(t.userId, t.startDate),
    index("time_off_created_by_id_idx").on(t.createdById),
    check("time_off_range_check", sql`${t.endDate} >= ${t.startDate}`),
  ],
);

/** Time logged on a task: a manual entry (date + hours) or a running/stopped timer. */
export const timeEntries = pgTable(
  "time_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    taskId: uuid().notNull().references(() => tasks.id, { onDelete: "cascade" }),
    userId: uuid().notNull().references(() => users.id),
    // the day the work counts for, in the member's calendar
    workDate: date({ mode: "string" }).notNull(),
    // null while a timer runs
    hours: numeric({ precision: 6, scale: 2, mode: "number" }),
    note: text().notNull().default(""),
    timerStartedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // actual vs estimate per task
    index("time_entries_task_id_idx").on(t.taskId),
    // timesheet: a member's entries in a week
    index("time_entries_user_date_idx").on(t.userId, t.workDate),
    check("time_entries_hours_check", sql`${t.hours} is null or (${t.hours} > 0 and ${t.hours} <= 24)`),
  ],
);

export type MemberAvailabilityRow = typeof memberAvailability.$inferSelect;
export type MemberSkillRow = typeof memberSkills.$inferSelect;
export type TimeOffRow = typeof timeOff.$inferSelect;
export type TimeEntryRow = typeof timeEntries.$inferSelect;
