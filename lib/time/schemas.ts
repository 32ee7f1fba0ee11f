import { z } from "zod";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date in the form YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "Not a real calendar date");

const id = (what: string) => z.uuid(`${what} must be a UUID`);

const hours = z
  .number({ error: "Hours must be a number" })
  .gt(0, "Hours must be more than 0")
  .max(24, "Hours are at most 24 for one day")
  // the column keeps two decimals: 1.234 h would be stored as 1.23
  .transform((h) => Math.round(h * 100) / 100)
  .refine((h) => h > 0, "Hours must be at least 0.01")
  .describe("Hours worked, more than 0 and at most 24, e.g. 1.5");

const note = z.string().trim().max(1000, "A note is at most 1,000 characters").describe("What the time was spent on (optional)");
const version = z.number().int().min(1).describe("The version you read: a stale version is refused with a conflict");

export const startTimerInput = z.object({ taskId: id("Task id").describe("Task to time") }).strict();

export const stopTimerInput = z.object({ entryId: id("Entry id").describe("The running timer's entry id") }).strict();

export const logTimeInput = z
  .object({
    taskId: id("Task id").describe("Task the time was spent on"),
    workDate: isoDate.optional().describe("The day worked, YYYY-MM-DD, not after today in your timezone; defaults to today"),
    hours,
    note: note.default(""),
  })
  .strict();

export const updateEntryInput = z
  .object({
    id: id("Entry id").describe("Time entry id"),
    version,
    workDate: isoDate.optional().describe("The day worked, YYYY-MM-DD"),
    hours: hours.optional(),
    note: note.optional(),
  })
  .strict();

export const deleteEntryInput = z.object({ id: id("Entry id").describe("Time entry id"), version }).strict();

export const setRemainingEstimateInput = z
  .object({
    taskId: id("Task id").describe("Task whose remaining work you estimate"),
    remainingHours: z
      .number({ error: "Remaining hours must be a number" })
      .min(0, "Remaining hours cannot be negative")
      .max(9999.99, "Remaining hours are at most 9,999.99")
      .nullable()
      .describe("Hours of work you think are left; null to go back to estimate minus logged"),
  })
  .strict();

export const timesheetInput = z
  .object({
    userId: id("User id").describe("Member whose timesheet to read"),
    week: isoDate.optional().describe("Any day of the week (Monday to Sunday) to show, YYYY-MM-DD; defaults to this week"),
  })
  .strict();

export type StartTimerInput = z.input<typeof startTimerInput>;
export type StopTimerInput = z.input<typeof stopTimerInput>;
export type LogTimeInput = z.input<typeof logTimeInput>;
export type UpdateEntryInput = z.input<typeof updateEntryInput>;
export type DeleteEntryInput = z.input<typeof deleteEntryInput>;
export type SetRemainingEstimateInput = z.input<typeof setRemainingEstimateInput>;
export type TimesheetInput = z.input<typeof timesheetInput>;
