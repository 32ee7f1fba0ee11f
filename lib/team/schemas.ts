import { z } from "zod";
import { skills } from "@/lib/timeline/templates/skills";
import { isValidTimezone } from "./capacity";

const isoDate = (label: string) =>
  z.iso.date(`${label} must be a date (YYYY-MM-DD)`).describe(`${label}, YYYY-MM-DD`);

const memberId = z.uuid("Member id must be a UUID").describe("The member's user id (see list_team_members)");

const dayHours = z.number({ error: "Hours must be a number" }).min(0, "Hours cannot be negative").max(24, "A day has at most 24 hours");

export const weeklyHoursSchema = z
  .tuple([dayHours, dayHours, dayHours, dayHours, dayHours, dayHours, dayHours], { error: "Weekly hours are 7 numbers, Monday to Sunday" })
  .describe("Hours of work per weekday, Monday first: 7 numbers from 0 to 24, e.g. [8,8,8,8,4,0,0]");

const skillSchema = z.enum(skills, { error: `Skill is one of: ${skills.join(", ")}` });
const levelSchema = z.number().int("Level is a whole number").min(1, "Level is 1 to 5").max(5, "Level is 1 to 5");

export const listTeamInput = z
  .object({
    q: z.string().trim().max(100).optional().describe("Text in the member's name, email or title (case-insensitive)"),
    skill: skillSchema.optional().describe("Only members with this skill"),
    minLevel: levelSchema.optional().describe("With skill: only members at this level or above (1 learning … 5 expert)"),
    availableFrom: isoDate("Availability window start").optional(),
    availableTo: isoDate("Availability window end").optional(),
  })
  .strict()
  .refine((v) => !v.availableFrom || !v.availableTo || v.availableFrom <= v.availableTo, {
    message: "The availability window must end on or after its start",
    path: ["availableTo"],
  });

export const setAvailabilityInput = z
  .object({
    userId: memberId,
    weeklyHours: weeklyHoursSchema,
    version: z.number().int().min(0).describe("The availability version you last read (0 if the member never had one saved)"),
  })
  .strict();

const timeOffRange = {
  startDate: isoDate("First day off"),
  endDate: isoDate("Last day off"),
  reason: z.string().trim().max(200, "Reason is at most 200 characters").default("").describe("Why, e.g. Vacation"),
};
const rangeOrder = <T extends { startDate: string; endDate: string }>(v: T) => v.startDate <= v.endDate;
const rangeMessage = { message: "The last day off must be on or after the first", path: ["endDate"] };

export const addTimeOffInput = z.object({ userId: memberId, ...timeOffRange }).strict().refine(rangeOrder, rangeMessage);
export const removeTimeOffInput = z.object({ id: z.uuid("Time off id must be a UUID") }).strict();

export const setSkillsInput = z
  .object({
    userId: memberId,
    skills: z
      .array(z.object({ skill: skillSchema, level: levelSchema }).strict())
      .max(skills.length)
      .refine((list) => new Set(list.map((s) => s.skill)).size === list.length, "Each skill can be listed once")
      .describe("The member's complete skill list (replaces the current one)"),
  })
  .strict();

export const setProfileInput = z
  .object({
    userId: memberId,
    title: z.string().trim().max(100, "Title is at most 100 characters").nullable().optional(),
    timezone: z.string().trim().refine(isValidTimezone, "Choose a valid IANA timezone, e.g. Europe/Berlin").describe("IANA timezone"),
  })
  .strict();

const memberIds = z.array(memberId).min(1, "Choose at least one member").max(500);

export const bulkTimeOffInput = z.object({ userIds: memberIds, ...timeOffRange }).strict().refine(rangeOrder, rangeMessage);

export const addOrganizationHolidayInput = z
  .object({ date: isoDate("Holiday"), name: z.string().trim().min(1, "Name the holiday").max(100, "Name is at most 100 characters") })
  .strict();

export const bulkWeeklyHoursInput = z.object({ userIds: memberIds, weeklyHours: weeklyHoursSchema }).strict();

export type ListTeamInput = z.input<typeof listTeamInput>;
export type SetAvailabilityInput = z.input<typeof setAvailabilityInput>;
export type AddTimeOffInput = z.input<typeof addTimeOffInput>;
export type SetSkillsInput = z.input<typeof setSkillsInput>;
export type SetProfileInput = z.input<typeof setProfileInput>;
export type BulkTimeOffInput = z.input<typeof bulkTimeOffInput>;
export type AddOrganizationHolidayInput = z.input<typeof addOrganizationHolidayInput>;
export type BulkWeeklyHoursInput = z.input<typeof bulkWeeklyHoursInput>;
