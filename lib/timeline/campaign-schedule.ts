import { asc, eq, inArray } from "drizzle-orm";
import { campaigns, milestoneDependencies, milestones, taskDependencies, tasks, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { canEditCampaign } from "@/lib/campaigns/policy";
import type { Ctx } from "@/lib/core/context";
import { NotFound } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { campaignIdInput } from "@/lib/campaigns/schemas";
import { listHolidays, loadWorkCalendar } from "./holidays";
import { buildCampaignSchedule, type SourceMilestone, type SourceTask } from "./schedule-cpm";
import type { CampaignSchedule } from "./schedule-view";

/** Today as a calendar date in UTC, as the rest of the timeline code reads it. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * A campaign's schedule for the Gantt view and MCP: milestones and dated tasks with their CPM
 * figures (schedule-cpm.ts), measured against the launch date.
 */
export async function getCampaignSchedule(ctx: Ctx, campaignId: string): Promise<CampaignSchedule> {
  const { id } = parseInput(campaignIdInput, { id: campaignId });
  const [campaign] = await ctx.db
    .select({ id: campaigns.id, name: campaigns.name, ownerId: campaigns.ownerId, version: campaigns.version, launchDate: campaigns.launchDate, archivedAt: campaigns.archivedAt })
    .from(campaigns)
    .where(eq(campaigns.id, id));
  if (!campaign) throw new NotFound("That campaign");
  const [source, calendar, holidays] = await Promise.all([loadScheduleSource(ctx.db, id), loadWorkCalendar(ctx.db), listHolidays(ctx.db)]);
  return buildCampaignSchedule({
    campaignId: id,
    campaignVersion: campaign.version,
    launchDate: campaign.launchDate,
    today: todayUtc(),
    calendar,
    holidays,
    ...source,
    canReschedule:
      source.milestones.length > 0 && campaign.archivedAt === null && ctx.actor.scope === "read_write" && canEditCampaign(ctx.actor, campaign),
  });
}

/** A campaign's milestones and tasks with their dependencies, as the schedule reads them. */
export async function loadScheduleSource(db: Db, campaignId: string): Promise<{ milestones: SourceMilestone[]; tasks: SourceTask[] }> {
  const [ms, ts] = await Promise.all([
    db.select({
      id: milestones.id, name: milestones.name, startDate: milestones.startDate, endDate: milestones.endDate,
      durationDays: milestones.durationDays, bufferDays: milestones.bufferDays, isLaunch: milestones.isLaunch, position: milestones.position,
    }).from(milestones).where(eq(milestones.campaignId, campaignId)).orderBy(asc(milestones.position)),
    db.select({
      id: tasks.id, title: tasks.title, milestoneId: tasks.milestoneId, status: tasks.status, assigneeName: users.name,
      version: tasks.version, startDate: tasks.startDate, dueDate: tasks.dueDate, position: tasks.position,
    }).from(tasks).leftJoin(users, eq(users.id, tasks.assigneeId)).where(eq(tasks.campaignId, campaignId)).orderBy(asc(tasks.position)),
  ]);
  const [mEdges, tEdges] = await Promise.all([
    ms.length
      ? db.select({ from: milestoneDependencies.predecessorId, to: milestoneDependencies.successorId }).from(milestoneDependencies)
        .where(inArray(milestoneDependencies.successorId, ms.map((m) => m.id)))
      : [],
    ts.length
      ? db.select({ from: taskDependencies.predecessorId, to: taskDependencies.successorId }).from(taskDependencies)
        .innerJoin(tasks, eq(tasks.id, taskDependencies.successorId)).where(eq(tasks.campaignId, campaignId))
      : [],
  ]);
  const depsOf = (edges: { from: string; to: string }[]) => {
    const map = new Map<string, string[]>();
    for (const e of edges) (map.get(e.to) ?? map.set(e.to, []).get(e.to)!).push(e.from);
    return map;
  };
  const mDeps = depsOf(mEdges);
  const tDeps = depsOf(tEdges);
  return {
    milestones: ms.map((m) => ({ ...m, dependsOn: mDeps.get(m.id) ?? [] })),
    tasks: ts.map((t) => ({ ...t, dependsOn: tDeps.get(t.id) ?? [] })),
  };
}
