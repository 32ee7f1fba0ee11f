import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { timeOff, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeUser } from "@/db/testing/factories";
import { setSkills } from "@/lib/team/schedule";
import { callTool, connectMcp, textOf, tokenFor } from "./testing";

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function connectAs(user: UserRow, scope: "read" | "read_write" = "read_write") {
  const client = await connectMcp((await tokenFor(user, scope)).secret, "mcp-team-test");
  clients.push(client);
  return client;
}

let manager: UserRow, member: UserRow, other: UserRow;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
  member = await makeUser({ name: "Mia Member" });
  other = await makeUser({ name: "Otto Other" });
  await setSkills(await ctxFor(manager), { userId: member.id, skills: [{ skill: "seo", level: 4 }] });
  await setSkills(await ctxFor(manager), { userId: other.id, skills: [{ skill: "seo", level: 2 }] });
});

describe("team tools over MCP", () => {
  it("lists members by skill and level, with free hours in a window", async () => {
    const client = await connectAs(member, "read");
    const r = await callTool(client, "list_team_members", { skill: "seo", minLevel: 3, availableFrom: "2030-01-07", availableTo: "2030-01-11" });
    expect(r.isError).toBeFalsy();
    const items = r.structuredContent!.items as { id: string; skills: unknown; window: unknown }[];
    expect(items.map((i) => i.id)).toEqual([member.id]);
    expect(items[0]!.window).toEqual({ from: "2030-01-07", to: "2030-01-11", capacityHours: 40, workloadHours: 0, freeHours: 40 });
    const bad = await callTool(client, "list_team_members", { skill: "juggling" });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toContain("skill: Skill is one of");
  });

  it("lets a member set their own hours and add their own time off, audited as MCP", async () => {
    const client = await connectAs(member);
    const set = await callTool(client, "set_member_availability", { userId: member.id, weeklyHours: [6, 6, 6, 6, 6, 0, 0], version: 0 });
    expect(set.structuredContent).toMatchObject({ version: 1, weeklyHours: [6, 6, 6, 6, 6, 0, 0] });
    const off = await callTool(client, "add_time_off", { userId: member.id, startDate: "2030-02-01", endDate: "2030-02-03", reason: "Trip" });
    expect(off.structuredContent).toMatchObject({ startDate: "2030-02-01", endDate: "2030-02-03", reason: "Trip" });
    const entries = (await auditEventsFor(member.id)).filter((e) => e.action !== "member.skills_changed");
    expect(entries.map((e) => [e.action, e.via])).toEqual([["member.availability_changed", "mcp"], ["member.time_off_added", "mcp"]]);
  });

  it("refuses a member changing someone else; a manager may", async () => {
    const client = await connectAs(member);
    const r = await callTool(client, "add_time_off", { userId: other.id, startDate: "2030-03-01", endDate: "2030-03-01" });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toContain("only add time off for themselves");
    const h = await callTool(client, "set_member_availability", { userId: other.id, weeklyHours: [1, 1, 1, 1, 1, 0, 0], version: 0 });
    expect(h.isError).toBe(true);
    expect(await (await getDb()).select().from(timeOff).where(eq(timeOff.userId, other.id))).toEqual([]);
    const ok = await callTool(await connectAs(manager), "add_time_off", { userId: other.id, startDate: "2030-03-01", endDate: "2030-03-01" });
    expect(ok.isError).toBeFalsy();
  });

  it("answers bad input, stale versions and read-only tokens with the reason", async () => {
    const client = await connectAs(member);
    const bad = await callTool(client, "set_member_availability", { userId: member.id, weeklyHours: [8, 8, 8, 8, 30, 0, 0], version: 1 });
    expect(textOf(bad)).toContain("weeklyHours.4: A day has at most 24 hours");
    const stale = await callTool(client, "set_member_availability", { userId: member.id, weeklyHours: [8, 8, 8, 8, 8, 0, 0], version: 0 });
    expect(stale.structuredContent).toMatchObject({ error: { kind: "conflict", details: { currentVersion: 1 } } });
    const overlap = await callTool(client, "add_time_off", { userId: member.id, startDate: "2030-02-03", endDate: "2030-02-04" });
    expect(textOf(overlap)).toContain("already has time off 2030-02-01 – 2030-02-03 (Trip)");
    const ro = await callTool(await connectAs(member, "read"), "add_time_off", { userId: member.id, startDate: "2030-04-01", endDate: "2030-04-01" });
    expect(textOf(ro)).toContain("read-only");
  });
});
