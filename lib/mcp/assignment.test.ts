import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { memberSkills, tasks, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";
import { callTool, connectMcp, textOf, tokenFor } from "./testing";

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function connectAs(user: UserRow, scope: "read" | "read_write" = "read_write") {
  const client = await connectMcp((await tokenFor(user, scope)).secret, "mcp-assignment-test");
  clients.push(client);
  return client;
}

let manager: UserRow;
let expert: UserRow;
let skill: string;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
  expert = await makeUser({ role: "member", name: "Erin Expert" });
  skill = `skill-${randomUUID().slice(0, 8)}`;
  await (await getDb()).insert(memberSkills).values({ userId: expert.id, skill, level: 5 });
});

function soon(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe("assignment tools over MCP", () => {
  it("annotates suggest_assignee read-only and auto_assign_tasks as a write", async () => {
    const { tools } = await (await connectAs(manager)).listTools();
    const byName = Object.fromEntries(tools.map((t) => [t.name, t.annotations]));
    expect(byName.suggest_assignee).toMatchObject({ readOnlyHint: true });
    expect(byName.auto_assign_tasks).toMatchObject({ readOnlyHint: false, destructiveHint: true });
  });

  it("suggests with reasons, and for a viewer says it cannot apply", async () => {
    const campaign = await makeCampaign(await ctxFor(manager));
    const task = await makeTask(await ctxFor(manager), campaign.id, { requiredSkills: [skill], estimateHours: 6, dueDate: soon(21) });
    const r = await callTool(await connectAs(manager), "suggest_assignee", { taskId: task.id });
    expect(r.isError).toBeFalsy();
    expect(r.structuredContent).toMatchObject({ best: { memberId: expert.id, name: "Erin Expert" }, canApply: true });
    expect((r.structuredContent!.best as { reasons: string[] }).reasons).toContain(`Has ${skill} 5/5`);
    const viewer = await makeUser({ role: "viewer" });
    const look = await callTool(await connectAs(viewer, "read"), "suggest_assignee", { taskId: task.id });
    expect(look.structuredContent).toMatchObject({ canApply: false });
  });

  it("previews, then applies with confirm and the planId", async () => {
    const campaign = await makeCampaign(await ctxFor(manager));
    const task = await makeTask(await ctxFor(manager), campaign.id, { title: "Draft", requiredSkills: [skill], estimateHours: 4, dueDate: soon(14) });
    const client = await connectAs(manager);
    const preview = await callTool(client, "auto_assign_tasks", { campaignId: campaign.id });
    expect(preview.structuredContent).toMatchObject({ applied: false, proposals: [{ taskId: task.id, member: { id: expert.id } }] });
    const [row] = await (await getDb()).select().from(tasks).where(eq(tasks.id, task.id));
    expect(row!.assigneeId).toBeNull();

    const missing = await callTool(client, "auto_assign_tasks", { campaignId: campaign.id, confirm: true });
    expect(missing.isError).toBe(true);
    expect(textOf(missing)).toContain("Preview first");

    const applied = await callTool(client, "auto_assign_tasks", { campaignId: campaign.id, confirm: true, planId: preview.structuredContent!.planId });
    expect(applied.structuredContent).toMatchObject({ applied: true, summary: "Assigned 1 task." });
    const [after] = await (await getDb()).select().from(tasks).where(eq(tasks.id, task.id));
    expect(after!.assigneeId).toBe(expert.id);
    const [entry] = await auditEventsFor(task.id, "task.updated");
    expect(entry).toMatchObject({ via: "mcp" });

    const again = await callTool(client, "auto_assign_tasks", { campaignId: campaign.id, confirm: true, planId: preview.structuredContent!.planId });
    expect(again.isError).toBe(true);
    expect(again.structuredContent).toMatchObject({ error: { kind: "conflict" } });
  });

  it("refuses members who do not own the campaign", async () => {
    const campaign = await makeCampaign(await ctxFor(manager));
    const member = await makeUser({ role: "member" });
    const r = await callTool(await connectAs(member), "auto_assign_tasks", { campaignId: campaign.id });
    expect(r.isError).toBe(true);
    expect(r.structuredContent).toMatchObject({ error: { kind: "forbidden" } });
    expect(textOf(r)).toContain("Only the campaign's owner, managers and admins can auto-assign tasks");
  });
});
