import type { CampaignPriority, CampaignType } from "@/db/schema/values";
import type { Skill } from "./skills";

/** One step of a plan: how many working days it takes and which steps must finish first. */
export type TemplateMilestoneData = {
  key: string;
  name: string;
  description: string;
  durationDays: number;
  dependsOn: string[];
  // the milestone on the launch date: exactly one per template
  isLaunch?: boolean;
};

/** Work a campaign gets by default under one milestone. */
export type TemplateTaskData = {
  milestoneKey: string;
  title: string;
  description: string;
  estimateHours: number;
  requiredSkills: Skill[];
  priority: CampaignPriority;
};

/** A campaign type's plan as shipped: seeded into timeline_templates and its child tables. */
export type TimelineTemplateData = {
  campaignType: CampaignType;
  name: string;
  description: string;
  milestones: TemplateMilestoneData[];
  tasks: TemplateTaskData[];
};

/** Tasks of one milestone, written without repeating its key on every line. */
export function tasksOf(milestoneKey: string, tasks: Omit<TemplateTaskData, "milestoneKey">[]): TemplateTaskData[] {
  return tasks.map((t) => ({ milestoneKey, ...t }));
}
