/**
 * Plain data the assignment engine works on (no db imports): the loader builds these from the
 * database, tests and the benchmark build them by hand.
 */
import type { CampaignPriority, TaskStatus } from "@/db/schema/values";
import type { MemberCalendar } from "@/lib/team/capacity";

/** A task to place. Dates are YYYY-MM-DD; hours may be null when not estimated. */
export type AssignTask = {
  id: string;
  title: string;
  campaignId: string;
  priority: CampaignPriority;
  status: TaskStatus;
  requiredSkills: readonly string[];
  estimateHours: number | null;
  remainingHours: number | null;
  loggedHours: number;
  startDate: string | null;
  dueDate: string | null;
  version: number;
  assigneeId: string | null;
};

/** Open work a member already carries (spread over its own window, like the task's). */
export type WorkLoadItem = {
  taskId: string;
  hours: number;
  startDate: string | null;
  dueDate: string | null;
};

export type CandidateMember = {
  id: string;
  name: string;
  calendar: MemberCalendar;
  /** skill → level 1–5 */
  skills: Readonly<Record<string, number>>;
  /** done tasks with a due date in the last 90 days, and how many of them finished by it */
  onTime: { onTime: number; done: number };
  /** logged ÷ estimate over done tasks in the last 90 days; null without data */
  estimateAccuracy: number | null;
  /** campaigns the member has tasks in */
  campaignIds: readonly string[];
  work: readonly WorkLoadItem[];
};

/** When the engine runs: "today" for each member comes from this instant and their timezone. */
export type EngineClock = { now: Date };
