import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { count } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import * as route from "@/app/api/mcp/route";
import { getDb } from "@/db/client";
import { campaigns, type UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";
import { revokeApiToken } from "@/lib/api-tokens/service";
import { createCampaignInput } from "@/lib/campaigns/schemas";
import { callTool, connectMcp, mcpEndpoint, textOf, tokenFor } from "./testing";

const endpoint = mcpEndpoint;

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function connect(token?: string) {
  const client = await connectMcp(token);
  clients.push(client);
  return client;
}

const call = callTool;

async function campaignCount() {
  const [row] = await (await getDb()).select({ n: count() }).from(campaigns);
  return row!.n;
}

const validCampaign = {
  name: "Spring launch 2027",
  type: "product_launch",
  priority: "high",
  channels: ["email", "social"],
  budget: { amountCents: 2_500_000, currency: "usd" },
  goals: { leads: 500 },
  startDate: "2027-03-01",
  launchDate: "2027-04-01",
  endDate: "2027-05-01",
  tags: ["Spring", "launch"],
};

function initializeRequest(authorization?: string) {
  return new Request(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json, text/event-stream", ...(authorization && { authorization }) },
    body: JSON.stringify({
      jsonrpc: "2.0", id: 1, method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
    }),
  });
}

let manager: UserRow;
let managerRw: string;
let managerRead: string;

beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
  managerRw = (await tokenFor(manager, "read_write")).secret;
  managerRead = (await tokenFor(manager, "read")).secret;
});

describe("MCP server at /api/mcp", () => {
  it("lists the tools with the domain input schemas and annotations", async () => {
    const client = await connect(managerRw);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      "add_approval_comment", "add_task_dependency", "add_time_off", "archive_campaign", "auto_assign_tasks", "bulk_update_tasks", "create_campaign", "create_task",
      "decide_approval", "delete_task", "get_approval_workflow", "get_campaign", "get_campaign_activity", "get_campaign_timeline", "get_critical_path", "get_member_workload",
      "get_team_utilization", "get_timesheet", "list_approval_rules", "list_campaigns", "list_overdue_tasks", "list_pending_approvals", "list_tasks", "list_team_members",
      "log_time", "move_task", "remove_task_dependency", "reschedule_campaign", "set_member_availability", "set_task_status", "submit_for_approval", "suggest_assignee",
      "transition_campaign", "update_campaign", "update_task", "whoami",
    ]);
    for (const t of tools) {
      expect(t.inputSchema.type).toBe("object");
      expect(t.description?.length).toBeGreaterThan(60);
    }
    const create = tools.find((t) => t.name === "create_campaign")!;
    const { $schema: _draft, ...expected } = z.toJSONSchema(createCampaignInput, { io: "input", target: "draft-7" });
    expect(create.inputSchema).toMatchObject(expected);
    expect(Object.keys(create.inputSchema.properties!)).toEqual(expect.arrayContaining(["name", "launchDate", "startDate", "budget"]));
    expect(create.inputSchema.required).toEqual(["name", "type"]);
    const byName = Object.fromEntries(tools.map((t) => [t.name, t.annotations]));
    expect(byName.list_campaigns).toMatchObject({ readOnlyHint: true, openWorldHint: false });
    expect(byName.whoami).toMatchObject({ readOnlyHint: true });
    expect(byName.create_campaign).toMatchObject({ readOnlyHint: false, destructiveHint: false, idempotentHint: false });
    expect(byName.transition_campaign).toMatchObject({ readOnlyHint: false, destructiveHint: true });
  });

  it("creates a campaign and submits it for review, with structured results", async () => {
    const client = await connect(managerRw);
    const created = await call(client, "create_campaign", validCampaign);
    expect(created.isError).toBeFalsy();
    const campaign = created.structuredContent!;
    expect(campaign).toMatchObject({
      name: "Spring launch 2027", status: "planning", version: 1, launchDate: "2027-04-01",
      owner: { id: manager.id }, budget: { amountCents: 2_500_000, currency: "USD" }, tags: ["spring", "launch"],
    });
    expect(JSON.parse(textOf(created))).toEqual(campaign);

    // submitting needs at least one task
    const early = await call(client, "transition_campaign", { id: campaign.id, to: "in_review" });
    expect(early.isError).toBe(true);
    expect(textOf(early)).toContain("needs at least one task");
    expect((await call(client, "create_task", { campaignId: campaign.id, title: "Write the launch brief" })).isError).toBeFalsy();

    const moved = await call(client, "transition_campaign", { id: campaign.id, to: "in_review" });
    expect(moved.isError).toBeFalsy();
    expect(moved.structuredContent).toMatchObject({ id: campaign.id, status: "in_review", version: 2 });

    const detail = await call(client, "get_campaign", { id: campaign.id });
    expect(detail.structuredContent).toMatchObject({ campaign: { status: "in_review" }, readiness: { score: expect.any(Number) } });
    // approving and sending back belong to the approval workflow (decide_approval), not to transitions
    expect(detail.structuredContent!.allowedNextStatuses).toEqual(["cancelled"]);
  });

  it("rejects bad input with the form's message and field issues, creating nothing", async () => {
    const client = await connect(managerRw);
    const before = await campaignCount();

    const badDate = await call(client, "create_campaign", { ...validCampaign, launchDate: "2027-13-45" });
    expect(badDate.isError).toBe(true);
    expect(textOf(badDate)).toContain("launchDate: Not a real calendar date");
    expect(badDate.structuredContent).toMatchObject({ error: { kind: "validation_failed", issues: { launchDate: ["Not a real calendar date"] } } });

    const shortName = await call(client, "create_campaign", { ...validCampaign, name: "x" });
    expect(shortName.isError).toBe(true);
    expect(textOf(shortName)).toContain("name: Name needs at least 3 characters");

    const unknownField = await call(client, "create_campaign", { ...validCampaign, status: "live" });
    expect(unknownField.isError).toBe(true);
    expect(textOf(unknownField)).toMatch(/Unrecognized key.*status/);

    const missing = await call(client, "create_campaign", {});
    expect(missing.isError).toBe(true);
    expect(missing.structuredContent).toMatchObject({ error: { issues: { name: expect.any(Array), type: expect.any(Array) } } });

    expect(await campaignCount()).toBe(before);
  });

  it("refuses an illegal transition naming both states", async () => {
    const client = await connect(managerRw);
    const { id } = (await call(client, "create_campaign", validCampaign)).structuredContent as { id: string };
    const result = await call(client, "transition_campaign", { id, to: "live" });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/from Planning to Live/);
    expect(result.structuredContent).toMatchObject({ error: { kind: "invalid_transition" } });
  });

  it("answers 401 with a Bearer challenge without a token", async () => {
    const res = await route.POST(initializeRequest());
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer /);
    expect(await res.json()).toMatchObject({ status: 401, detail: expect.stringContaining("Authorization: Bearer") });
    await expect(connect()).rejects.toThrow(/401/);
  });

  it("answers 401 for a garbage or revoked token", async () => {
    const garbage = await route.POST(initializeRequest("Bearer cm_not-a-real-token"));
    expect(garbage.status).toBe(401);
    expect(garbage.headers.get("www-authenticate")).toContain('error="invalid_token"');
    expect((await garbage.json()).detail).toBe("This API token is not valid or has been revoked.");

    const member = await makeUser({ role: "member" });
    const { id, secret } = await tokenFor(member, "read_write");
    expect((await route.POST(initializeRequest(`Bearer ${secret}`))).status).toBe(200);
    await revokeApiToken(await ctxFor(member), id);
    const revoked = await route.POST(initializeRequest(`Bearer ${secret}`));
    expect(revoked.status).toBe(401);
    await expect(connect(secret)).rejects.toThrow(/401/);
  });

  it("answers GET and DELETE with 405, as a stateless server", async () => {
    for (const res of [route.GET(), route.DELETE()]) {
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("POST");
      expect(await res.json()).toMatchObject({ status: 405, title: "Method Not Allowed" });
    }
  });

  it("lets a viewer read but not write, even with a read-write token", async () => {
    const viewer = await makeUser({ role: "viewer" });
    const client = await connect((await tokenFor(viewer, "read_write")).secret);
    const before = await campaignCount();
    const result = await call(client, "create_campaign", validCampaign);
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toMatchObject({ error: { kind: "forbidden" } });
    expect(textOf(result)).toContain("Viewers have read-only access");
    expect(await campaignCount()).toBe(before);
    expect((await call(client, "list_campaigns")).isError).toBeFalsy();
  });

  it("refuses a member a manager's move on their own campaign, leaving it unchanged", async () => {
    const member = await makeUser({ role: "member" });
    const campaign = await makeCampaign(await ctxFor(manager), { ownerId: member.id });
    await makeTask(await ctxFor(manager), campaign.id);
    const client = await connect((await tokenFor(member, "read_write")).secret);
    // the owner may submit it...
    expect((await call(client, "transition_campaign", { id: campaign.id, to: "in_review" })).isError).toBeFalsy();
    // ...but approving is an approver's decision, never the owner's move
    const approve = await call(client, "transition_campaign", { id: campaign.id, to: "approved" });
    expect(approve.isError).toBe(true);
    expect(approve.structuredContent).toMatchObject({ error: { kind: "forbidden" } });
    expect(textOf(approve)).toContain("Only managers and admins can approve");
    const after = await call(client, "get_campaign", { id: campaign.id });
    expect(after.structuredContent).toMatchObject({ campaign: { status: "in_review" } });
  });

  it("lets a manager's read-only token list but not write", async () => {
    const client = await connect(managerRead);
    const campaign = await makeCampaign(await ctxFor(manager));

    const list = await call(client, "list_campaigns", { pageSize: 100 });
    expect(list.isError).toBeFalsy();
    expect((list.structuredContent!.items as { id: string }[]).map((c) => c.id)).toContain(campaign.id);

    for (const [name, args] of [
      ["create_campaign", validCampaign],
      ["update_campaign", { id: campaign.id, version: campaign.version, name: "Renamed" }],
      ["transition_campaign", { id: campaign.id, to: "in_review" }],
      ["archive_campaign", { id: campaign.id, archived: true }],
    ] as const) {
      const result = await call(client, name, args);
      expect(result.isError, name).toBe(true);
      expect(textOf(result), name).toContain("read-only");
    }
    const detail = await call(client, "get_campaign", { id: campaign.id });
    expect(detail.structuredContent).toMatchObject({ campaign: { version: 1, name: campaign.name }, allowedNextStatuses: [] });

    const me = await call(client, "whoami");
    expect(me.structuredContent).toMatchObject({ user: { id: manager.id }, role: "manager", token: { scope: "read" }, canWrite: false });
  });

  it("rejects an update from a stale version with a conflict naming what changed", async () => {
    const client = await connect(managerRw);
    const campaign = await makeCampaign(await ctxFor(manager));
    const first = await call(client, "update_campaign", { id: campaign.id, version: 1, priority: "critical" });
    expect(first.isError).toBeFalsy();
    expect(first.structuredContent).toMatchObject({ priority: "critical", version: 2 });

    const stale = await call(client, "update_campaign", { id: campaign.id, version: 1, name: "Lost edit" });
    expect(stale.isError).toBe(true);
    expect(textOf(stale)).toContain(`was changed by ${manager.name}`);
    expect(textOf(stale)).toContain("changed: priority");
    expect(textOf(stale)).toContain("Your changes were not saved");
    expect(stale.structuredContent).toMatchObject({ error: { kind: "conflict", details: { currentVersion: 2 } } });
  });

  it("records MCP changes in the campaign's activity with via mcp", async () => {
    const client = await connect(managerRw);
    const { id } = (await call(client, "create_campaign", validCampaign)).structuredContent as { id: string };
    await call(client, "create_task", { campaignId: id, title: "Write the launch brief" });
    await call(client, "transition_campaign", { id, to: "in_review" });
    const activity = await call(client, "get_campaign_activity", { id });
    expect(activity.isError).toBeFalsy();
    const items = activity.structuredContent!.items as { action: string; via: string; actor: string }[];
    expect(items.map((i) => i.action)).toEqual(["approval.submitted", "campaign.transitioned", "campaign.created"]);
    expect(items.every((i) => i.via === "mcp" && i.actor === manager.name)).toBe(true);

    const badLimit = await call(client, "get_campaign_activity", { id, limit: 0 });
    expect(badLimit.isError).toBe(true);
    expect(textOf(badLimit)).toContain("limit: Limit is at least 1");
  });

  it("reports a missing campaign as not found", async () => {
    const client = await connect(managerRw);
    const result = await call(client, "get_campaign", { id: "0190a0b4-0000-7000-8000-000000000000" });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe("That campaign was not found.");
  });
});
