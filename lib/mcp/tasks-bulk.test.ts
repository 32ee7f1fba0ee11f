import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { tasks, type UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";
import { callTool, connectMcp, textOf, tokenFor } from "./testing";

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function connectAs(user: UserRow) {
  const client = await connectMcp((await tokenFor(user, "read_write")).secret, "mcp-tasks-bulk-test");
  clients.push(client);
  return client;
}

async function exists(id: string) {
  return (await (await getDb()).select({ id: tasks.id }).from(tasks).where(eq(tasks.id, id))).length > 0;
}

let manager: UserRow;
let member: UserRow;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
  member = await makeUser({ role: "member" });
});

describe("delete_task and bulk_update_tasks over MCP", () => {
  it("annotates both as destructive writes", async () => {
    const { tools } = await (await connectAs(manager)).listTools();
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    for (const name of ["delete_task", "bulk_update_tasks"]) expect(byName[name]!.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
    expect(byName.bulk_update_tasks!.inputSchema.required).toEqual(["ids"]);
    expect(byName.list_tasks!.description).toContain("title text (q");
  });

  it("refuses a member deleting a task they are assigned but do not own, then lets the manager delete it", async () => {
    const mgr = await ctxFor(manager);
    const task = await makeTask(mgr, (await makeCampaign(mgr)).id, { title: "Keep me", assigneeId: member.id });
    const refused = await callTool(await connectAs(member), "delete_task", { id: task.id, version: 1 });
    expect(refused.isError).toBe(true);
    expect(refused.structuredContent).toMatchObject({ error: { kind: "forbidden" } });
    expect(await exists(task.id)).toBe(true);

    const stale = await callTool(await connectAs(manager), "delete_task", { id: task.id, version: 7 });
    expect(stale.structuredContent).toMatchObject({ error: { kind: "conflict" } });
    const deleted = await callTool(await connectAs(manager), "delete_task", { id: task.id, version: 1 });
    expect(deleted.structuredContent).toMatchObject({ id: task.id, title: "Keep me", removedDependencies: 0 });
    expect(await exists(task.id)).toBe(false);
  });

  it("reports per-item results, and rejects bad input with field issues", async () => {
    const mgr = await ctxFor(manager);
    const mine = await makeTask(mgr, (await makeCampaign(mgr)).id, { title: "Mine", assigneeId: member.id });
    const theirs = await makeTask(mgr, (await makeCampaign(mgr)).id, { title: "Theirs" });
    const client = await connectAs(member);
    const result = await callTool(client, "bulk_update_tasks", { ids: [mine.id, theirs.id], status: "in_progress" });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({
      results: [{ id: mine.id, title: "Mine", ok: true }, { id: theirs.id, title: "Theirs", ok: false }],
      summary: { updated: 1, failed: 1, message: "1 updated, 1 failed" },
    });

    const bad = await callTool(client, "bulk_update_tasks", { ids: [], status: "finished" });
    expect(bad.isError).toBe(true);
    expect(bad.structuredContent).toMatchObject({ error: { kind: "validation_failed" } });
    expect(textOf(bad)).toContain("Choose at least one task");
    expect(textOf(bad)).toContain("status");
  });
});
