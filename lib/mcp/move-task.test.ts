import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";
import { callTool, connectMcp, textOf, tokenFor } from "./testing";

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

let manager: UserRow;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
});

describe("move_task over MCP", () => {
  it("moves a card between two others and explains a refused move", async () => {
    const ctx = await ctxFor(manager);
    const campaign = await makeCampaign(ctx, { generateTimeline: false });
    const [a, b, c] = [await makeTask(ctx, campaign.id, { title: "A" }), await makeTask(ctx, campaign.id, { title: "B" }), await makeTask(ctx, campaign.id, { title: "C" })];
    const client = await connectMcp((await tokenFor(manager, "read_write")).secret, "mcp-move-test");
    clients.push(client);
    const moved = await callTool(client, "move_task", { id: c!.id, version: 1, toStatus: "todo", afterId: a!.id, beforeId: b!.id });
    expect(moved.isError).toBeFalsy();
    expect(moved.structuredContent).toMatchObject({ id: c!.id, status: "todo", version: 2 });
    expect(moved.structuredContent!.position).toBeGreaterThan(a!.position);
    expect(moved.structuredContent!.position).toBeLessThan(b!.position);
    const stale = await callTool(client, "move_task", { id: c!.id, version: 1, toStatus: "in_progress" });
    expect(stale.isError).toBe(true);
    expect(stale.structuredContent).toMatchObject({ error: { kind: "conflict", details: { currentVersion: 2 } } });
    expect(textOf(stale)).toContain("was changed by");
  });
});
