import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaigns, milestones, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeCampaign, makeUser } from "@/db/testing/factories";
import { seedTimelineTemplates } from "@/lib/timeline/templates/seed";
import { callTool, connectMcp, textOf, tokenFor } from "./testing";

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function connectAs(user: UserRow, scope: "read" | "read_write" = "read_write") {
  const client = await connectMcp((await tokenFor(user, scope)).secret, "mcp-timeline-test");
  clients.push(client);
  return client;
}

async function campaignRow(id: string) {
  const [row] = await (await getDb()).select().from(campaigns).where(eq(campaigns.id, id));
  return row!;
}

let manager: UserRow;
beforeAll(async () => {
  await seedTimelineTemplates(await getDb());
  manager = await makeUser({ role: "manager" });
});

describe("timeline tools over MCP", () => {
  it("annotates get_critical_path as read-only and reschedule_campaign as destructive", async () => {
    const { tools } = await (await connectAs(manager)).listTools();
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    expect(byName.get_critical_path!.annotations).toMatchObject({ readOnlyHint: true, openWorldHint: false });
    expect(byName.reschedule_campaign!.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
    expect(Object.keys(byName.reschedule_campaign!.inputSchema.properties!)).toEqual(
      expect.arrayContaining(["id", "launchDate", "milestoneId", "milestoneEnd", "durationDays", "mode", "confirm", "version"]),
    );
  });

  it("reads the critical path with names, dates and slack", async () => {
    const c = await makeCampaign(await ctxFor(manager));
    const r = await callTool(await connectAs(manager, "read"), "get_critical_path", { id: c.id });
    expect(r.isError).toBeFalsy();
    const data = r.structuredContent as {
      launchDate: string; projectSpan: { start: string; end: string; workingDays: number };
      criticalPath: { name: string; slackDays: number }[]; items: { kind: string; slackDays: number }[]; negativeSlack: unknown[];
    };
    expect(data).toMatchObject({ launchDate: "2027-02-01", projectSpan: { start: "2027-01-05", end: "2027-02-08", workingDays: 25 }, negativeSlack: [] });
    expect(data.criticalPath.map((i) => i.name)).toContain("Send");
    expect(data.criticalPath.find((i) => i.name === "Send")).toMatchObject({ slackDays: 0, critical: true });
    expect(data.items).toHaveLength(27);
  });

  it("previews without changing anything, then applies the chosen mode with the previewed version", async () => {
    const c = await makeCampaign(await ctxFor(manager));
    const client = await connectAs(manager);
    const preview = await callTool(client, "reschedule_campaign", { id: c.id, launchDate: "2027-02-08" });
    expect(preview.isError).toBeFalsy();
    expect(preview.structuredContent).toMatchObject({
      applied: false, campaignVersion: 1,
      absorb: { launchDate: "2027-02-08", mode: "absorb" }, keepBuffers: { launchDate: "2027-02-08", movedTasks: 19 },
    });
    expect(textOf(preview)).toContain("nothing was changed");
    expect((await campaignRow(c.id))).toMatchObject({ version: 1, launchDate: "2027-02-01" });

    const noVersion = await callTool(client, "reschedule_campaign", { id: c.id, launchDate: "2027-02-08", confirm: true });
    expect(noVersion.isError).toBe(true);
    expect(noVersion.structuredContent).toMatchObject({ error: { kind: "validation_failed", issues: { version: ["Send the campaign version you previewed when confirming"] } } });

    const applied = await callTool(client, "reschedule_campaign", { id: c.id, launchDate: "2027-02-08", mode: "keep_buffers", confirm: true, version: 1 });
    expect(applied.isError).toBeFalsy();
    expect(applied.structuredContent).toMatchObject({ applied: true, campaignVersion: 2, outcome: { mode: "keep_buffers", launchDate: "2027-02-08", movedTasks: 19 } });
    expect(await campaignRow(c.id)).toMatchObject({ version: 2, launchDate: "2027-02-08" });
    const [event] = await auditEventsFor(c.id, "campaign.rescheduled");
    expect(event).toMatchObject({ via: "mcp", summary: "Rescheduled (keep buffers): launch 2027-02-01 → 2027-02-08; 8 milestones and 19 tasks moved" });

    // the same confirm again is stale: nothing is applied twice
    const again = await callTool(client, "reschedule_campaign", { id: c.id, launchDate: "2027-02-08", mode: "keep_buffers", confirm: true, version: 1 });
    expect(again.structuredContent).toMatchObject({ error: { kind: "conflict", details: { currentVersion: 2 } } });
  });

  it("takes a milestone's new duration, and wants exactly one change", async () => {
    const c = await makeCampaign(await ctxFor(manager));
    const [qa] = await (await getDb()).select().from(milestones).where(eq(milestones.campaignId, c.id)).then((rows) => rows.filter((m) => m.name.startsWith("Test sends")));
    const client = await connectAs(manager);
    const preview = await callTool(client, "reschedule_campaign", { id: c.id, milestoneId: qa!.id, durationDays: 5 });
    expect(preview.isError).toBeFalsy();
    expect(preview.structuredContent).toMatchObject({ change: { kind: "milestone_duration", milestoneId: qa!.id, durationDays: 5 } });
    const two = await callTool(client, "reschedule_campaign", { id: c.id, launchDate: "2027-02-08", milestoneId: qa!.id, durationDays: 5 });
    expect(two.isError).toBe(true);
    expect(textOf(two)).toContain("Give exactly one change");
    const none = await callTool(client, "reschedule_campaign", { id: c.id });
    expect(textOf(none)).toContain("Give exactly one change");
  });

  it("refuses a member who does not own the campaign, and a read-only token, changing nothing", async () => {
    const c = await makeCampaign(await ctxFor(manager));
    const member = await makeUser({ role: "member" });
    const r = await callTool(await connectAs(member), "reschedule_campaign", { id: c.id, launchDate: "2027-02-08", confirm: true, version: 1 });
    expect(r.isError).toBe(true);
    expect(r.structuredContent).toMatchObject({ error: { kind: "forbidden" } });
    expect(textOf(r)).toContain("belongs to someone else");
    const ro = await callTool(await connectAs(manager, "read"), "reschedule_campaign", { id: c.id, launchDate: "2027-02-08", confirm: true, version: 1 });
    expect(ro.structuredContent).toMatchObject({ error: { kind: "forbidden" } });
    expect(await campaignRow(c.id)).toMatchObject({ version: 1, launchDate: "2027-02-01" });
    expect(await auditEventsFor(c.id, "campaign.rescheduled")).toHaveLength(0);
  });

  it("shows the campaign's risk in get_campaign", async () => {
    const c = await makeCampaign(await ctxFor(manager));
    const r = await callTool(await connectAs(manager, "read"), "get_campaign", { id: c.id });
    expect(r.structuredContent).toMatchObject({ hasTimeline: true, risk: { level: expect.stringMatching(/^(low|medium|high)$/), reasons: expect.any(Array) } });
  });
});
