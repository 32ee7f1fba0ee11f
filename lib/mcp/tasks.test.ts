import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { count, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { taskDependencies, tasks, type UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeUser } from "@/db/testing/factories";
import { callTool, connectMcp, textOf, tokenFor } from "./testing";

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function connectAs(user: UserRow, scope: "read" | "read_write" = "read_write") {
  const client = await connectMcp((await tokenFor(user, scope)).secret, "mcp-tasks-test");
  clients.push(client);
  return client;
}

const call = callTool;

async function taskCount(campaignId: string) {
  const [row] = await (await getDb()).select({ n: count() }).from(tasks).where(eq(tasks.campaignId, campaignId));
  return row!.n;
}

let manager: UserRow;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
});

describe("task tools over MCP", () => {
  it("annotates reads as read-only and status/update/remove as destructive", async () => {
    const { tools } = await (await connectAs(manager)).listTools();
    const byName = Object.fromEntries(tools.map((t) => [t.name, t.annotations]));
    for (const name of ["list_tasks", "list_overdue_tasks"]) expect(byName[name]).toMatchObject({ readOnlyHint: true });
    for (const name of ["update_task", "set_task_status", "remove_task_dependency"]) expect(byName[name]).toMatchObject({ readOnlyHint: false, destructiveHint: true });
    expect(byName.create_task).toMatchObject({ readOnlyHint: false, destructiveHint: false });
  });

  it("creates tasks, links them, and rejects a dependency that would close a cycle by naming it", async () => {
    const campaign = await makeCampaign(await ctxFor(manager));
    const client = await connectAs(manager);
    const copy = await call(client, "create_task", { campaignId: campaign.id, title: "Write copy", dueDate: "2020-01-01" });
    expect(copy.isError).toBeFalsy();
    expect(copy.structuredContent).toMatchObject({ title: "Write copy", status: "todo", version: 1, campaignId: campaign.id });
    const design = await call(client, "create_task", { campaignId: campaign.id, title: "Design" });
    const copyId = copy.structuredContent!.id as string;
    const designId = design.structuredContent!.id as string;

    const link = await call(client, "add_task_dependency", { predecessorId: copyId, successorId: designId });
    expect(link.structuredContent).toMatchObject({ changed: true });
    const cycle = await call(client, "add_task_dependency", { predecessorId: designId, successorId: copyId });
    expect(cycle.isError).toBe(true);
    expect(textOf(cycle)).toContain("Design → Write copy → Design");
    expect(cycle.structuredContent).toMatchObject({ error: { kind: "validation_failed" } });
    const edges = await (await getDb()).select().from(taskDependencies).where(eq(taskDependencies.successorId, copyId));
    expect(edges).toHaveLength(0);

    const start = await call(client, "set_task_status", { id: designId, status: "in_progress" });
    expect(start.isError).toBe(true);
    expect(textOf(start)).toContain('"Write copy"');

    const list = await call(client, "list_tasks", { campaignId: campaign.id });
    expect((list.structuredContent!.items as { title: string; blockedBy: string[]; overdue: boolean }[]).map((t) => [t.title, t.blockedBy, t.overdue]))
      .toEqual([["Write copy", [], true], ["Design", ["Write copy"], false]]);
    const overdue = await call(client, "list_overdue_tasks", { campaignId: campaign.id });
    expect(overdue.structuredContent).toMatchObject({ total: 1, items: [{ id: copyId }] });
  });

  it("does not let a viewer create a task, even with a read-write token", async () => {
    const campaign = await makeCampaign(await ctxFor(manager));
    const viewer = await makeUser({ role: "viewer" });
    const client = await connectAs(viewer);
    const result = await call(client, "create_task", { campaignId: campaign.id, title: "Sneaky" });
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toMatchObject({ error: { kind: "forbidden" } });
    expect(textOf(result)).toContain("Viewers have read-only access");
    expect(await taskCount(campaign.id)).toBe(0);
    expect((await call(client, "list_tasks", { campaignId: campaign.id })).isError).toBeFalsy();
  });

  it("answers bad input with field issues", async () => {
    const client = await connectAs(manager);
    const result = await call(client, "create_task", { campaignId: "not-a-uuid", title: "" });
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toMatchObject({ error: { kind: "validation_failed", issues: { campaignId: expect.any(Array), title: expect.any(Array) } } });
  });
});
