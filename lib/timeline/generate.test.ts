import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { milestoneDependencies, milestones, organizationHolidays, tasks, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeCampaign, makeUser } from "@/db/testing/factories";
import { isWorkingDay } from "./calendar";
import { shippedTemplates } from "./templates/data";
import { seedTimelineTemplates } from "./templates/seed";

let manager: UserRow;
beforeAll(async () => {
  await seedTimelineTemplates(await getDb());
  manager = await makeUser({ role: "manager" });
});

async function planOf(campaignId: string) {
  const db = await getDb();
  const ms = await db.select().from(milestones).where(eq(milestones.campaignId, campaignId)).orderBy(asc(milestones.position));
  const ts = await db.select().from(tasks).where(eq(tasks.campaignId, campaignId));
  return { ms, ts };
}

describe("timeline generation on campaign creation", () => {
  it("generates every milestone and task of the type's template, scheduled back from the launch date", async () => {
    const campaign = await makeCampaign(await ctxFor(manager), { type: "product_launch", priority: "high", launchDate: "2027-06-07", startDate: null, endDate: null });
    const { ms, ts } = await planOf(campaign.id);
    const template = shippedTemplates.product_launch;
    expect(ms).toHaveLength(template.milestones.length);
    expect(ts).toHaveLength(template.tasks.length);
    const launch = ms.find((m) => m.isLaunch)!;
    expect(launch.startDate).toBe("2027-06-07");
    const holidays = { holidays: new Set<string>() };
    for (const m of ms) {
      expect(isWorkingDay(m.startDate, holidays), m.name).toBe(true);
      expect(m.startDate <= m.endDate).toBe(true);
      // buffer by priority: high is 15 % of the duration, rounded up
      expect(m.bufferDays).toBe(Math.ceil((m.durationDays * 15) / 100));
      if (!m.isLaunch && m.endDate < launch.startDate) expect(m.endDate < "2027-06-07").toBe(true);
    }
    // every task belongs to a milestone and is due when its milestone ends
    const byId = new Map(ms.map((m) => [m.id, m]));
    for (const t of ts) expect(t.dueDate).toBe(byId.get(t.milestoneId!)!.endDate);
    const deps = await (await getDb()).select().from(milestoneDependencies);
    const own = deps.filter((d) => byId.has(d.successorId));
    expect(own).toHaveLength(template.milestones.reduce((n, m) => n + m.dependsOn.length, 0));
    // a dependant starts after its predecessor's end plus buffer
    for (const d of own) expect(byId.get(d.successorId)!.startDate > byId.get(d.predecessorId)!.endDate).toBe(true);
    const [event] = await auditEventsFor(campaign.id, "campaign.timeline_generated");
    expect(event!.summary).toContain(`${ms.length} milestones and ${ts.length} tasks`);
  });

  it("skips the organisation's holidays when scheduling", async () => {
    const db = await getDb();
    await db.insert(organizationHolidays).values({ date: "2027-09-03", name: "Company day off" }).onConflictDoNothing();
    const campaign = await makeCampaign(await ctxFor(manager), { type: "email", launchDate: "2027-09-06", startDate: null, endDate: null });
    const { ms } = await planOf(campaign.id);
    for (const m of ms) {
      expect(m.startDate).not.toBe("2027-09-03");
      expect(m.endDate).not.toBe("2027-09-03");
    }
  });

  it("generates nothing when asked not to, or without a launch date", async () => {
    const ctx = await ctxFor(manager);
    const skipped = await makeCampaign(ctx, { generateTimeline: false });
    const undated = await makeCampaign(ctx, { launchDate: null, startDate: null, endDate: null });
    expect((await planOf(skipped.id)).ms).toHaveLength(0);
    expect((await planOf(undated.id)).ts).toHaveLength(0);
    expect(await auditEventsFor(skipped.id, "campaign.timeline_generated")).toHaveLength(0);
  });
});

describe("readiness of a generated campaign", () => {
  it("measures task completion, assignment coverage and milestones once the plan exists", async () => {
    const { getCampaign } = await import("@/lib/campaigns/service");
    const ctx = await ctxFor(manager);
    const campaign = await makeCampaign(ctx, { type: "webinar", launchDate: "2027-10-04", startDate: null, endDate: null });
    const { readiness } = await getCampaign(ctx, { id: campaign.id });
    const byKey = Object.fromEntries(readiness.components.map((c) => [c.key, c]));
    expect(byKey.tasks!.ratio).toBe(0);
    expect(byKey.tasks!.detail).toMatch(/^0 h of [\d.]+ h estimated work done \(0 of \d+ tasks\)$/);
    expect(byKey.assignments!.ratio).toBe(0);
    expect(byKey.milestones!.ratio).toBe(1);
    // nothing done, nobody assigned: far from the go-live threshold
    expect(readiness.score).toBeLessThan(50);
  });
});

describe("get_campaign_timeline over MCP", () => {
  it("returns the generated milestones in date order with their dependencies and task progress", async () => {
    const { callTool, connectMcp, tokenFor } = await import("@/lib/mcp/testing");
    const campaign = await makeCampaign(await ctxFor(manager), { type: "email", launchDate: "2027-11-08", startDate: null, endDate: null });
    const viewer = await makeUser({ role: "viewer" });
    const client = await connectMcp((await tokenFor(viewer, "read")).secret);
    const raw = await callTool(client, "get_campaign_timeline", { id: campaign.id });
    await client.close();
    const result = raw as unknown as { isError?: boolean; structuredContent: { milestones: { name: string; startDate: string; isLaunch: boolean; dependsOn: string[]; tasks: { total: number } }[] } };
    expect(result.isError).toBeFalsy();
    const ms = result.structuredContent.milestones;
    expect(ms).toHaveLength(shippedTemplates.email.milestones.length);
    expect(ms.map((m) => m.startDate)).toEqual([...ms.map((m) => m.startDate)].sort());
    expect(ms.find((m) => m.isLaunch)!.startDate).toBe("2027-11-08");
    expect(ms.filter((m) => m.dependsOn.length > 0).length).toBeGreaterThan(0);
    expect(ms.reduce((n, m) => n + m.tasks.total, 0)).toBe(shippedTemplates.email.tasks.length);
  });
});

describe("activity order", () => {
  it("lists the timeline generation after the creation it belongs to", async () => {
    const { getCampaignActivity } = await import("@/lib/campaigns/service");
    const ctx = await ctxFor(manager);
    const campaign = await makeCampaign(ctx, { type: "social", launchDate: "2027-12-06", startDate: null, endDate: null });
    const feed = await getCampaignActivity(ctx, { id: campaign.id });
    expect(feed.map((e) => e.action)).toEqual(["campaign.timeline_generated", "campaign.created"]);
  });
});
