import { count, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaignTypes, timelineTemplateMilestones, timelineTemplates, timelineTemplateTasks } from "@/db/schema";
import { auditEventsFor, ctxFor, makeUser, rejectionOf } from "@/db/testing/factories";
import type { Ctx } from "@/lib/core/context";
import { NotFound } from "@/lib/core/errors";
import { productLaunch, shippedTemplates } from "./data";
import { seedTimelineTemplates } from "./seed";
import { getTimelineTemplate, listTimelineTemplates } from "./service";
import { templateSpan } from "./span";

async function rowCounts() {
  const db = await getDb();
  const [templates] = await db.select({ n: count() }).from(timelineTemplates);
  const [milestones] = await db.select({ n: count() }).from(timelineTemplateMilestones);
  const [tasks] = await db.select({ n: count() }).from(timelineTemplateTasks);
  return { templates: templates!.n, milestones: milestones!.n, tasks: tasks!.n };
}

const shipped = Object.values(shippedTemplates);
const totalMilestones = shipped.reduce((n, t) => n + t.milestones.length, 0);
const totalTasks = shipped.reduce((n, t) => n + t.tasks.length, 0);

let viewer: Ctx;

beforeAll(async () => {
  viewer = await ctxFor(await makeUser({ role: "viewer" }));
});

// The tests share this file's database and run in order: the first one needs it empty.
describe("seedTimelineTemplates", () => {
  it("refuses an invalid template and writes nothing", async () => {
    const broken = { ...productLaunch, milestones: productLaunch.milestones.filter((m) => !m.isLaunch) };
    const e = await rejectionOf(seedTimelineTemplates(await getDb(), [shippedTemplates.email, broken]));
    expect(e.message).toContain('Timeline template "Product launch" (product_launch) is invalid: There is no launch milestone');
    expect(await rowCounts()).toEqual({ templates: 0, milestones: 0, tasks: 0 });
  });

  it("creates one active template per campaign type with its milestones and tasks", async () => {
    const { created } = await seedTimelineTemplates(await getDb());
    expect(created).toEqual([...campaignTypes]);
    expect(await rowCounts()).toEqual({ templates: 8, milestones: totalMilestones, tasks: totalTasks });
    const active = await (await getDb()).select().from(timelineTemplates).where(isNull(timelineTemplates.retiredAt));
    expect(active.map((t) => t.campaignType).sort()).toEqual([...campaignTypes].sort());
  });

  it("records each template's creation in the audit log", async () => {
    const [template] = await (await getDb()).select().from(timelineTemplates).where(eq(timelineTemplates.campaignType, "webinar"));
    const [event] = await auditEventsFor(template!.id, "timeline_template.created");
    expect(event).toMatchObject({ via: "system", actorId: null, entityType: "timeline_template" });
    expect(event!.summary).toBe(`Added the "Webinar" timeline template: ${shippedTemplates.webinar.milestones.length} milestones, ${shippedTemplates.webinar.tasks.length} default tasks`);
  });

  it("adds nothing when run again", async () => {
    const before = await rowCounts();
    expect(await seedTimelineTemplates(await getDb())).toEqual({ created: [] });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("listTimelineTemplates", () => {
  it("lists every type with its milestone and task counts and its length in working days", async () => {
    const list = await listTimelineTemplates(viewer);
    expect(list.map((t) => t.campaignType)).toEqual([...campaignTypes]);
    for (const t of list) {
      const data = shippedTemplates[t.campaignType];
      const span = templateSpan(data.milestones);
      expect(t).toMatchObject({
        name: data.name, milestoneCount: data.milestones.length, taskCount: data.tasks.length,
        totalWorkingDays: span.totalDays, daysToLaunch: span.daysToLaunch,
      });
    }
  });
});

describe("getTimelineTemplate", () => {
  it("returns the milestones in order, each with its default tasks in order", async () => {
    const t = await getTimelineTemplate(viewer, "product_launch");
    expect(t).toMatchObject({ campaignType: "product_launch", name: "Product launch", version: 1 });
    expect(t.milestones.map((m) => m.key)).toEqual(productLaunch.milestones.map((m) => m.key));
    expect(t.milestones.map((m) => m.position)).toEqual(productLaunch.milestones.map((_, i) => i));
    for (const m of t.milestones) {
      const expected = productLaunch.tasks.filter((task) => task.milestoneKey === m.key);
      expect(m.tasks.map((task) => task.title), m.key).toEqual(expected.map((task) => task.title));
      expect(m.tasks.map((task) => task.position)).toEqual(expected.map((_, i) => i));
    }
    const qa = t.milestones.find((m) => m.key === "qa")!;
    expect(qa).toMatchObject({ durationDays: 5, dependsOn: ["landing_page", "email_sequence", "sales_enablement", "press"], isLaunch: false });
    expect(t.milestones.find((m) => m.isLaunch)!.key).toBe("launch");
    const firstTask = t.milestones[0]!.tasks[0]!;
    expect(firstTask).toMatchObject({ title: "Write the launch brief", estimateHours: 8, requiredSkills: ["product_marketing"], priority: "high" });
  });

  it("rejects an unknown campaign type with NotFound", async () => {
    const e = await rejectionOf(getTimelineTemplate(viewer, "podcast"));
    expect(e).toBeInstanceOf(NotFound);
    expect(e.message).toBe('A timeline template for campaign type "podcast" was not found.');
  });

  it("rejects a type whose template is retired with NotFound, and seeding then adds a fresh one", async () => {
    const db = await getDb();
    await db.update(timelineTemplates).set({ retiredAt: new Date() }).where(eq(timelineTemplates.campaignType, "social"));
    const e = await rejectionOf(getTimelineTemplate(viewer, "social"));
    expect(e).toBeInstanceOf(NotFound);
    expect(e.message).toBe("The Social timeline template was not found.");
    expect(await seedTimelineTemplates(db)).toEqual({ created: ["social"] });
    expect((await getTimelineTemplate(viewer, "social")).milestones).toHaveLength(shippedTemplates.social.milestones.length);
  });
});

describe("seeding from two processes at once", () => {
  it("creates each type's template exactly once", async () => {
    const db = await getDb();
    await db.update(timelineTemplates).set({ retiredAt: new Date() }).where(isNull(timelineTemplates.retiredAt));
    const runs = await Promise.all([seedTimelineTemplates(db), seedTimelineTemplates(db)]);
    expect(runs.flatMap((r) => r.created).sort()).toEqual([...campaignTypes].sort());
    const [active] = await db.select({ n: count() }).from(timelineTemplates).where(isNull(timelineTemplates.retiredAt));
    expect(active!.n).toBe(8);
  });
});
