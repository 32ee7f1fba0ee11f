import { format } from "date-fns";
import { milestoneDependencies, milestones, tasks, type CampaignPriority, type CampaignType } from "@/db/schema";
import type { Db } from "@/db/types";
import { audit } from "@/lib/audit/service";
import type { Actor } from "@/lib/core/context";
import { loadWorkCalendar } from "./holidays";
import { scheduleMilestones, type ScheduleWarning } from "./schedule";
import { getTimelineTemplate } from "./templates/service";

export type GeneratedTimeline = { milestones: number; tasks: number; start: string; warnings: ScheduleWarning[] };

type CampaignForTimeline = { id: string; name: string; type: CampaignType; priority: CampaignPriority; launchDate: string };

/**
 * Generates a campaign's milestones and tasks from its type's timeline template, scheduled
 * backwards from the launch date in working days with buffer by priority. Runs inside the
 * caller's transaction so the campaign and its plan are created together or not at all.
 */
export async function generateCampaignTimeline(tx: Db, actor: Actor, campaign: CampaignForTimeline, today = format(new Date(), "yyyy-MM-dd")): Promise<GeneratedTimeline> {
  const template = await getTimelineTemplate({ db: tx, actor }, campaign.type);
  const launch = template.milestones.find((m) => m.isLaunch)!;
  const schedule = scheduleMilestones({
    milestones: template.milestones.map((m) => ({ key: m.key, name: m.name, durationDays: m.durationDays, dependsOn: m.dependsOn })),
    launchKey: launch.key,
    launchDate: campaign.launchDate,
    priority: campaign.priority,
    calendar: await loadWorkCalendar(tx),
    today,
  });
  const byKey = new Map(schedule.milestones.map((m) => [m.key, m]));

  const inserted = await tx
    .insert(milestones)
    .values(template.milestones.map((m) => {
      const s = byKey.get(m.key)!;
      return {
        campaignId: campaign.id, templateKey: m.key, name: m.name, description: m.description,
        startDate: s.start, endDate: s.end, durationDays: s.durationDays, bufferDays: s.bufferDays,
        isLaunch: m.isLaunch, position: m.position,
      };
    }))
    .returning({ id: milestones.id, key: milestones.templateKey });
  const idOf = new Map(inserted.map((r) => [r.key!, r.id]));

  const edges = template.milestones.flatMap((m) => m.dependsOn.map((dep) => ({ predecessorId: idOf.get(dep)!, successorId: idOf.get(m.key)! })));
  if (edges.length) await tx.insert(milestoneDependencies).values(edges);

  let position = 0;
  const taskRows = template.milestones.flatMap((m) => {
    const s = byKey.get(m.key)!;
    return m.tasks.map((t) => ({
      campaignId: campaign.id, milestoneId: idOf.get(m.key)!, title: t.title, description: t.description,
      priority: t.priority, requiredSkills: t.requiredSkills, estimateHours: t.estimateHours,
      startDate: s.start, dueDate: s.end, position: position++, createdById: actor.userId,
    }));
  });
  if (taskRows.length) await tx.insert(tasks).values(taskRows);

  const start = schedule.milestones.reduce((min, m) => (m.start < min ? m.start : min), schedule.launchDay);
  await audit(tx, actor, {
    action: "campaign.timeline_generated", entityType: "campaign", entityId: campaign.id,
    summary: `Generated the timeline from the ${template.name} template: ${inserted.length} milestones and ${taskRows.length} tasks, starting ${start}` + warningNote(schedule.warnings),
    after: { template: template.name, templateVersion: template.version, milestones: inserted.length, tasks: taskRows.length, start },
  });
  return { milestones: inserted.length, tasks: taskRows.length, start, warnings: schedule.warnings };
}

/** One short clause for the activity feed; the full warnings are returned to the caller. */
function warningNote(warnings: ScheduleWarning[]): string {
  const notes: string[] = [];
  const past = warnings.filter((w) => w.kind === "starts_in_past").length;
  if (warnings.some((w) => w.kind === "launch_not_working_day")) notes.push("the launch date is not a working day, so launch work is due the working day before");
  if (past) notes.push(`${past} milestone${past > 1 ? "s" : ""} would have started in the past`);
  return notes.length ? ` (${notes.join("; ")})` : "";
}
