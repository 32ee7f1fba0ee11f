import { format } from "date-fns";
import { sql } from "drizzle-orm";
import { milestones, tasks } from "@/db/schema";
import type { Db } from "@/db/types";
import type { WorkProgress } from "@/lib/campaigns/readiness";

const open = sql`${tasks.status} not in ('done', 'cancelled')`;

/** The task and milestone figures readiness is computed from, in two aggregate queries. */
export async function loadWorkProgress(db: Db, campaignId: string, today = format(new Date(), "yyyy-MM-dd")): Promise<WorkProgress> {
  // a task without an estimate still counts, as one hour
  const estimate = sql`coalesce(${tasks.estimateHours}, 1)`;
  const [[t], [m]] = await Promise.all([
    db.select({
      count: sql<number>`count(*) filter (where ${tasks.status} <> 'cancelled')::int`,
      totalHours: sql<number>`coalesce(sum(${estimate}) filter (where ${tasks.status} <> 'cancelled'), 0)::float8`,
      doneHours: sql<number>`coalesce(sum(${estimate}) filter (where ${tasks.status} = 'done'), 0)::float8`,
      open: sql<number>`count(*) filter (where ${open})::int`,
      openAssigned: sql<number>`count(*) filter (where ${open} and ${tasks.assigneeId} is not null)::int`,
    }).from(tasks).where(sql`${tasks.campaignId} = ${campaignId}`),
    db.select({
      total: sql<number>`count(*)::int`,
      // late: past its end with work still open
      onSchedule: sql<number>`count(*) filter (where not (${milestones.endDate} < ${today} and exists (
        select 1 from ${tasks} where ${tasks.milestoneId} = ${milestones.id} and ${open})))::int`,
    }).from(milestones).where(sql`${milestones.campaignId} = ${campaignId}`),
  ]);
  return {
    tasks: { count: t?.count ?? 0, totalHours: t?.totalHours ?? 0, doneHours: t?.doneHours ?? 0, open: t?.open ?? 0, openAssigned: t?.openAssigned ?? 0 },
    milestones: { total: m?.total ?? 0, onSchedule: m?.onSchedule ?? 0 },
  };
}
