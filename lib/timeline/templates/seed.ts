import { isNull, sql } from "drizzle-orm";
import { timelineTemplateMilestones, timelineTemplates, timelineTemplateTasks, type CampaignType } from "@/db/schema";
import type { Db } from "@/db/types";
import { audit } from "@/lib/audit/service";
import { systemActor } from "@/lib/core/context";
import { shippedTemplates } from "./data";
import type { TimelineTemplateData } from "./types";
import { templateProblems } from "./validate";

/**
 * Writes the shipped template of every campaign type that has no active one yet, each in its own
 * transaction. Running it again adds nothing; a retired template is replaced by a fresh copy.
 */
export async function seedTimelineTemplates(
  db: Db,
  templates: readonly TimelineTemplateData[] = Object.values(shippedTemplates),
): Promise<{ created: CampaignType[] }> {
  // refuse before writing anything, so a bad template never leaves half a catalogue behind
  const invalid = templates.map((t) => ({ t, problems: templateProblems(t) })).filter((x) => x.problems.length > 0);
  if (invalid.length > 0) {
    throw new Error(invalid.map(({ t, problems }) => `Timeline template "${t.name}" (${t.campaignType}) is invalid: ${problems.join(" ")}`).join("\n"));
  }
  const active = new Set(
    (await db.select({ campaignType: timelineTemplates.campaignType }).from(timelineTemplates).where(isNull(timelineTemplates.retiredAt)))
      .map((r) => r.campaignType),
  );
  const created: CampaignType[] = [];
  for (const template of templates) {
    if (active.has(template.campaignType)) continue;
    if (await insertTemplate(db, template)) created.push(template.campaignType);
  }
  return { created };
}

async function insertTemplate(db: Db, data: TimelineTemplateData): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [template] = await tx
      .insert(timelineTemplates)
      .values({ campaignType: data.campaignType, name: data.name, description: data.description })
      // another process seeding at the same time already wrote this type's active template
      .onConflictDoNothing({ target: timelineTemplates.campaignType, where: sql`retired_at is null` })
      .returning();
    if (!template) return false;
    await tx.insert(timelineTemplateMilestones).values(
      data.milestones.map((m, position) => ({
        templateId: template.id,
        key: m.key,
        name: m.name,
        description: m.description,
        durationDays: m.durationDays,
        dependsOn: m.dependsOn,
        isLaunch: m.isLaunch ?? false,
        position,
      })),
    );
    const positionInMilestone = new Map<string, number>();
    await tx.insert(timelineTemplateTasks).values(
      data.tasks.map((t) => {
        const position = positionInMilestone.get(t.milestoneKey) ?? 0;
        positionInMilestone.set(t.milestoneKey, position + 1);
        return { templateId: template.id, ...t, position };
      }),
    );
    await audit(tx, systemActor, {
      action: "timeline_template.created",
      entityType: "timeline_template",
      entityId: template.id,
      summary: `Added the "${data.name}" timeline template: ${data.milestones.length} milestones, ${data.tasks.length} default tasks`,
      after: { campaignType: data.campaignType, name: data.name, version: template.version, milestones: data.milestones.length, tasks: data.tasks.length },
    });
    return true;
  });
}
