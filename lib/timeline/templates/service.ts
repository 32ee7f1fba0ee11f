import { and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import { campaignTypes, timelineTemplateMilestones, timelineTemplates, timelineTemplateTasks, type CampaignType } from "@/db/schema";
import { typeLabels } from "@/lib/campaigns/labels";
import type { Db } from "@/db/types";
import type { Ctx } from "@/lib/core/context";
import { NotFound } from "@/lib/core/errors";
import { templateSpan } from "./span";

type TemplateRow = typeof timelineTemplates.$inferSelect;
type MilestoneRow = typeof timelineTemplateMilestones.$inferSelect;
type TaskRow = typeof timelineTemplateTasks.$inferSelect;

export type TimelineTemplateHeader = Pick<TemplateRow, "id" | "campaignType" | "name" | "description" | "version" | "updatedAt">;
export type TimelineTemplateMilestone = Pick<MilestoneRow, "id" | "key" | "name" | "description" | "durationDays" | "dependsOn" | "isLaunch" | "position">;
export type TimelineTemplateTask = Pick<TaskRow, "id" | "title" | "description" | "estimateHours" | "requiredSkills" | "priority" | "position">;

export type TimelineTemplateSummary = TimelineTemplateHeader & {
  milestoneCount: number;
  taskCount: number;
  /** Working days of the longest chain of milestones, buffers not included. */
  totalWorkingDays: number;
  daysToLaunch: number;
};

export type TimelineTemplateDetail = TimelineTemplateHeader & {
  totalWorkingDays: number;
  daysToLaunch: number;
  milestones: (TimelineTemplateMilestone & { tasks: TimelineTemplateTask[] })[];
};

const headerColumns = {
  id: timelineTemplates.id,
  campaignType: timelineTemplates.campaignType,
  name: timelineTemplates.name,
  description: timelineTemplates.description,
  version: timelineTemplates.version,
  updatedAt: timelineTemplates.updatedAt,
};

const milestoneColumns = {
  id: timelineTemplateMilestones.id,
  key: timelineTemplateMilestones.key,
  name: timelineTemplateMilestones.name,
  description: timelineTemplateMilestones.description,
  durationDays: timelineTemplateMilestones.durationDays,
  dependsOn: timelineTemplateMilestones.dependsOn,
  isLaunch: timelineTemplateMilestones.isLaunch,
  position: timelineTemplateMilestones.position,
};

/** The active template of every campaign type, in type order, with its size and length. */
export async function listTimelineTemplates(ctx: Ctx): Promise<TimelineTemplateSummary[]> {
  const templates = await ctx.db.select(headerColumns).from(timelineTemplates)
    .where(isNull(timelineTemplates.retiredAt)).orderBy(asc(timelineTemplates.campaignType));
  if (templates.length === 0) return [];
  const ids = templates.map((t) => t.id);
  const milestones = await ctx.db
    .select({ templateId: timelineTemplateMilestones.templateId, ...milestoneColumns })
    .from(timelineTemplateMilestones).where(inArray(timelineTemplateMilestones.templateId, ids));
  const taskCounts = await ctx.db
    .select({ templateId: timelineTemplateTasks.templateId, n: count() })
    .from(timelineTemplateTasks).where(inArray(timelineTemplateTasks.templateId, ids)).groupBy(timelineTemplateTasks.templateId);
  const tasksBy = new Map(taskCounts.map((r) => [r.templateId, r.n]));
  return templates.map((t) => {
    const own = milestones.filter((m) => m.templateId === t.id);
    const span = templateSpan(own);
    return { ...t, milestoneCount: own.length, taskCount: tasksBy.get(t.id) ?? 0, totalWorkingDays: span.totalDays, daysToLaunch: span.daysToLaunch };
  });
}

/** A campaign type's active template: milestones in order, each with its default tasks in order. */
export async function getTimelineTemplate(ctx: Ctx, campaignType: string): Promise<TimelineTemplateDetail> {
  if (!isCampaignType(campaignType)) throw new NotFound(`A timeline template for campaign type "${campaignType}"`);
  const [template] = await ctx.db.select(headerColumns).from(timelineTemplates)
    .where(and(eq(timelineTemplates.campaignType, campaignType), isNull(timelineTemplates.retiredAt)));
  if (!template) throw new NotFound(`The ${typeLabels[campaignType]} timeline template`);
  const milestones = await ctx.db.select(milestoneColumns).from(timelineTemplateMilestones)
    .where(eq(timelineTemplateMilestones.templateId, template.id)).orderBy(asc(timelineTemplateMilestones.position));
  const tasks = await ctx.db
    .select({
      milestoneKey: timelineTemplateTasks.milestoneKey,
      id: timelineTemplateTasks.id,
      title: timelineTemplateTasks.title,
      description: timelineTemplateTasks.description,
      estimateHours: timelineTemplateTasks.estimateHours,
      requiredSkills: timelineTemplateTasks.requiredSkills,
      priority: timelineTemplateTasks.priority,
      position: timelineTemplateTasks.position,
    })
    .from(timelineTemplateTasks).where(eq(timelineTemplateTasks.templateId, template.id))
    .orderBy(asc(timelineTemplateTasks.milestoneKey), asc(timelineTemplateTasks.position));
  const tasksBy = new Map<string, TimelineTemplateTask[]>();
  for (const { milestoneKey, ...task } of tasks) {
    const group = tasksBy.get(milestoneKey) ?? [];
    group.push(task);
    tasksBy.set(milestoneKey, group);
  }
  const span = templateSpan(milestones);
  return {
    ...template,
    totalWorkingDays: span.totalDays,
    daysToLaunch: span.daysToLaunch,
    milestones: milestones.map((m) => ({ ...m, tasks: tasksBy.get(m.key) ?? [] })),
  };
}

function isCampaignType(value: string): value is CampaignType {
  return (campaignTypes as readonly string[]).includes(value);
}

/** Whether a campaign type has an active template to generate a timeline from. */
export async function hasTimelineTemplate(db: Db, campaignType: CampaignType): Promise<boolean> {
  const [row] = await db.select({ id: timelineTemplates.id }).from(timelineTemplates)
    .where(and(eq(timelineTemplates.campaignType, campaignType), isNull(timelineTemplates.retiredAt)));
  return Boolean(row);
}
