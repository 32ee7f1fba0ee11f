import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { campaigns, milestoneDependencies, milestones, tasks } from "@/db/schema";
import type { Ctx } from "@/lib/core/context";
import { NotFound } from "@/lib/core/errors";
import { milestoneActuals } from "@/lib/time/actuals";

export type TimelineMilestone = {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  durationDays: number;
  bufferDays: number;
  isLaunch: boolean;
  /** ids of the milestones that must finish first */
  dependsOn: string[];
  tasks: { total: number; done: number };
  /** hours logged on the milestone's tasks, and the sum of their estimates */
  time: { logged: number; estimate: number };
};

/** A campaign's milestones by date, with how many of their tasks are done. */
export async function getCampaignMilestones(ctx: Ctx, campaignId: string): Promise<TimelineMilestone[]> {
  const [campaign] = await ctx.db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) throw new NotFound("That campaign");
  const rows = await ctx.db
    .select({
      id: milestones.id, name: milestones.name, startDate: milestones.startDate, endDate: milestones.endDate,
      durationDays: milestones.durationDays, bufferDays: milestones.bufferDays, isLaunch: milestones.isLaunch,
    })
    .from(milestones)
    .where(eq(milestones.campaignId, campaignId))
    .orderBy(asc(milestones.startDate), asc(milestones.position));
  if (rows.length === 0) return [];
  const counts = await ctx.db
    .select({
      milestoneId: tasks.milestoneId,
      total: count(),
      done: sql<number>`count(*) filter (where ${tasks.status} = 'done')::int`,
    })
    .from(tasks)
    .where(and(eq(tasks.campaignId, campaignId), inArray(tasks.milestoneId, rows.map((r) => r.id)), sql`${tasks.status} <> 'cancelled'`))
    .groupBy(tasks.milestoneId);
  const edges = await ctx.db
    .select({ from: milestoneDependencies.predecessorId, to: milestoneDependencies.successorId })
    .from(milestoneDependencies)
    .where(inArray(milestoneDependencies.successorId, rows.map((r) => r.id)));
  const byId = new Map(counts.map((c) => [c.milestoneId, c]));
  const actuals = await milestoneActuals(ctx.db, campaignId);
  return rows.map((r) => ({
    ...r,
    dependsOn: edges.filter((e) => e.to === r.id).map((e) => e.from),
    tasks: { total: byId.get(r.id)?.total ?? 0, done: byId.get(r.id)?.done ?? 0 },
    time: { logged: actuals.get(r.id)?.logged ?? 0, estimate: actuals.get(r.id)?.estimate ?? 0 },
  }));
}
