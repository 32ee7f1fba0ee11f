import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";
import { addDays, weekStart } from "@/lib/team/capacity";
import { callTool, connectMcp, tokenFor } from "./testing";

let manager: UserRow;
let worker: UserRow;
let client: Client;
const today = new Date().toISOString().slice(0, 10);
const nextMonday = addDays(weekStart(today), 7);

beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
  worker = await makeUser({ name: "Wren Workload" });
  const ctx = await ctxFor(manager);
  const campaign = await makeCampaign(ctx, { name: "MCP workload campaign" });
  await makeTask(ctx, campaign.id, { title: "Landing page", assigneeId: worker.id, estimateHours: 20, startDate: nextMonday, dueDate: addDays(nextMonday, 4) });
  // a read-only token is enough: both tools only read
  client = await connectMcp((await tokenFor(manager, "read")).secret, "mcp-workload-test");
});

afterAll(async () => {
  await client.close();
});

describe("workload MCP tools", () => {
  it("get_member_workload returns the window's capacity, utilisation and tasks", async () => {
    const r = await callTool(client, "get_member_workload", { userId: worker.id, from: nextMonday, to: addDays(nextMonday, 6) });
    expect(r.isError).toBeFalsy();
    expect(r.structuredContent).toMatchObject({
      member: { id: worker.id, name: "Wren Workload" }, capacityHours: 40, workloadHours: 20, utilisation: 0.5, band: "healthy",
      tasks: [{ title: "Landing page", campaignName: "MCP workload campaign", hoursInWindow: 20, remainingHours: 20 }],
    });
  });

  it("get_team_utilization returns members by week, filtered by skill", async () => {
    const r = await callTool(client, "get_team_utilization", { from: nextMonday, weeks: 2 });
    expect(r.isError).toBeFalsy();
    const data = r.structuredContent as { weeks: string[]; members: { id: string; cells: { weekStart: string; workloadHours: number; band: string }[] }[] };
    expect(data.weeks).toEqual([nextMonday, addDays(nextMonday, 7)]);
    const row = data.members.find((m) => m.id === worker.id)!;
    expect(row.cells.map((c) => [c.weekStart, c.workloadHours, c.band])).toEqual([[nextMonday, 20, "healthy"], [addDays(nextMonday, 7), 0, "low"]]);
    const filtered = await callTool(client, "get_team_utilization", { skill: "legal", weeks: 1 });
    expect((filtered.structuredContent as { members: unknown[] }).members).toEqual([]);
  });

  it("answers bad input with the field issues", async () => {
    const r = await callTool(client, "get_member_workload", { userId: worker.id, from: "2027-02-10", to: "2027-02-01" });
    expect(r.isError).toBe(true);
    expect(r.structuredContent).toMatchObject({ error: { kind: "validation_failed", issues: { to: ["The window must end on or after its start"] } } });
    const weeks = await callTool(client, "get_team_utilization", { weeks: 99 });
    expect(weeks.structuredContent).toMatchObject({ error: { issues: { weeks: ["At most 26 weeks"] } } });
  });
});
