/**
 * The shapes the timeline (Gantt) view and MCP read and the reschedule services return. Types
 * only: client components import them without pulling in server code.
 *
 * Dates are "YYYY-MM-DD" with inclusive ends, as in plan.ts. Slack and shifts are in working days.
 */
import type { TaskStatus } from "@/db/schema/values";

export type CpmFigures = {
  /** earliest start / finish and latest start / finish as dates (finish dates inclusive) */
  earliestStart: string;
  earliestFinish: string;
  latestStart: string;
  latestFinish: string;
  /** working days the item can slip without moving the launch; negative: it already misses it */
  slackDays: number;
  critical: boolean;
};

export type ScheduleItem = {
  id: string;
  kind: "milestone" | "task";
  name: string;
  /** the milestone a task belongs to; null for milestones and for tasks outside any milestone */
  milestoneId: string | null;
  start: string;
  end: string;
  durationDays: number;
  /** working days of buffer right after `end` (milestones; 0 for tasks) */
  bufferDays: number;
  isLaunch: boolean;
  /** tasks only */
  status: TaskStatus | null;
  assigneeName: string | null;
  /** tasks only, for optimistic checks when a bar is dragged */
  version: number | null;
  /** ids of the items (same kind) that must finish first */
  dependsOn: string[];
  cpm: CpmFigures;
};

export type CampaignSchedule = {
  campaignId: string;
  /** the campaign row version: a reschedule must send it back, a stale one is refused */
  campaignVersion: number;
  launchDate: string | null;
  today: string;
  /** organisation holidays in the shown range; weekends are never working days */
  holidays: { date: string; name: string }[];
  /** milestones in date order, each followed by its dated tasks; then dated tasks outside milestones */
  items: ScheduleItem[];
  /** ids along the longest chain, in dependency order */
  criticalPath: string[];
  /** tasks without start and due dates: not drawn, listed under the chart */
  undatedTasks: { id: string; title: string }[];
  /** items with slack below zero, worst first */
  negativeSlack: { id: string; name: string; slackDays: number }[];
  /** earliest start and latest end (including buffers) over all items */
  range: { start: string; end: string } | null;
  canReschedule: boolean;
};

export type RescheduleChange =
  | { kind: "launch_date"; date: string }
  | { kind: "milestone_end"; milestoneId: string; end: string }
  | { kind: "milestone_duration"; milestoneId: string; durationDays: number };

export type RescheduleMode = "absorb" | "keep_buffers";

export type RescheduleOutcome = {
  mode: RescheduleMode;
  launchDate: string;
  moved: { id: string; name: string; from: { start: string; end: string }; to: { start: string; end: string }; shiftDays: number }[];
  /** tasks whose dates move with their milestone */
  movedTasks: number;
  /** what no longer fits: nothing is compressed, the person decides */
  conflicts: { id: string; name: string; kind: "starts_in_past" | "starts_before_predecessor_ends" | "ends_after_launch"; slackDays: number; message: string }[];
  buffersConsumed: { id: string; name: string; bufferDays: number; remainingDays: number }[];
};

export type ReschedulePreview = {
  change: RescheduleChange;
  campaignVersion: number;
  absorb: RescheduleOutcome;
  keepBuffers: RescheduleOutcome;
};
