import { z } from "zod";
import { skills } from "@/lib/timeline/templates/skills";

const isoDate = (label: string) => z.iso.date(`${label} must be a date (YYYY-MM-DD)`).describe(`${label}, YYYY-MM-DD`);
const memberId = z.uuid("Member id must be a UUID").describe("The member's user id (see list_team_members)");

/** The longest window get_member_workload reads: a year and a day. */
export const MAX_WORKLOAD_DAYS = 366;

export const teamUtilizationInput = z
  .object({
    from: isoDate("First week (any day in it; the week starts on Monday)").optional()
      .describe("Any day of the first week shown, YYYY-MM-DD; weeks start on Monday. Default: 4 weeks before the current week"),
    weeks: z.number().int("Weeks is a whole number").min(1, "At least 1 week").max(26, "At most 26 weeks").optional()
      .describe("How many weeks from `from` (default 16: the last 4 and the next 12)"),
    userIds: z.array(memberId).max(500).optional().describe("Only these members (default: every active member except viewers)"),
    skill: z.enum(skills, { error: `Skill is one of: ${skills.join(", ")}` }).optional().describe("Only members with this skill"),
  })
  .strict();

export const memberWorkloadInput = z
  .object({
    userId: memberId,
    from: isoDate("Window start"),
    to: isoDate("Window end (included)"),
  })
  .strict()
  .refine((v) => v.from <= v.to, { message: "The window must end on or after its start", path: ["to"] })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 < MAX_WORKLOAD_DAYS, {
    message: `The window is at most ${MAX_WORKLOAD_DAYS} days`, path: ["to"],
  });

export const cellTasksInput = z
  .object({
    userId: memberId,
    weekStart: isoDate("Week (any day in it; the week starts on Monday)"),
  })
  .strict();

export type TeamUtilizationInput = z.input<typeof teamUtilizationInput>;
export type MemberWorkloadInput = z.input<typeof memberWorkloadInput>;
export type CellTasksInput = z.input<typeof cellTasksInput>;
