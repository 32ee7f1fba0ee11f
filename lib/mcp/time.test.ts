import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { timeEntries, type UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";
import { addDays, localToday } from "@/lib/team/capacity";
import { callTool, connectMcp, textOf, tokenFor } from "./testing";

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function connectAs(user: UserRow, scope: "read" | "read_write" = "read_write") {
  const client = await connectMcp((await tokenFor(user, scope)).secret, "mcp-time-test");
  clients.push(client);
  return client;
}

let manager: UserRow;
let member: UserRow;
let colleague: UserRow;
beforeAll(async () => {
  [manager, member, colleague] = await Promise.all([makeUser({ role: "manager" }), makeUser(), makeUser()]);
});

async function taskOf(assignee: UserRow) {
  const ctx = await ctxFor(manager);
  const campaign = await makeCampaign(ctx, { generateTimeline: false });
  return makeTask(ctx, campaign.id, { assigneeId: assignee.id, estimateHours: 3 });
}

describe("time tools over MCP", () => {
  it("annotates log_time as a non-idempotent write and get_timesheet as read-only", async () => {
    const { tools } = await (await connectAs(member)).listTools();
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    expect(byName.log_time!.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false, idempotentHint: false });
    expect(byName.log_time!.inputSchema.required).toEqual(["taskId", "hours"]);
    expect(byName.get_timesheet!.annotations).toMatchObject({ readOnlyHint: true });
  });

  it("logs time on the member's own task (today by default) and shows it in their timesheet", async () => {
    const task = await taskOf(member);
    const client = await connectAs(member);
    const logged = await callTool(client, "log_time", { taskId: task.id, hours: 1.5, note: "outline" });
    expect(logged.isError).toBeFalsy();
    expect(logged.structuredContent).toMatchObject({ taskId: task.id, userId: member.id, hours: 1.5, workDate: localToday("UTC"), note: "outline" });
    const sheet = await callTool(client, "get_timesheet", {});
    expect(sheet.structuredContent).toMatchObject({ member: { id: member.id }, total: 1.5, rows: [{ taskId: task.id, total: 1.5 }] });
  });

  it("refuses a member logging on someone else's task on a campaign they do not own, and a read-only token", async () => {
    const task = await taskOf(colleague);
    const refused = await callTool(await connectAs(member), "log_time", { taskId: task.id, hours: 1 });
    expect(refused.isError).toBe(true);
    expect(refused.structuredContent).toMatchObject({ error: { kind: "forbidden" } });
    expect(textOf(refused)).toContain("assigned to you or on campaigns you own");
    const readOnly = await callTool(await connectAs(colleague, "read"), "log_time", { taskId: task.id, hours: 1 });
    expect(textOf(readOnly)).toContain("read-only");
    const rows = await (await getDb()).select().from(timeEntries).where(eq(timeEntries.taskId, task.id));
    expect(rows).toHaveLength(0);
  });

  it("answers bad input with field issues: zero hours, a future day, a malformed id", async () => {
    const task = await taskOf(member);
    const client = await connectAs(member);
    const bad = await callTool(client, "log_time", { taskId: "nope", hours: 0 });
    expect(bad.isError).toBe(true);
    expect(bad.structuredContent).toMatchObject({ error: { kind: "validation_failed", issues: { taskId: ["Task id must be a UUID"], hours: ["Hours must be more than 0"] } } });
    const future = await callTool(client, "log_time", { taskId: task.id, hours: 2, workDate: addDays(localToday("UTC"), 2) });
    expect(textOf(future)).toContain("after today");
    const others = await callTool(client, "get_timesheet", { userId: colleague.id });
    expect(others.structuredContent).toMatchObject({ error: { kind: "forbidden" } });
  });
});
