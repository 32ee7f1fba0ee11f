import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";
import { addDays, localToday, weekStart } from "@/lib/team/capacity";
import { logTime } from "@/lib/time/service";

// The CSV export: session → CSV attachment, errors as problem responses.
let signedIn: UserRow | null = null;
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => signedIn }));

const { GET } = await import("./route");
const get = (userId: string, qs = "") => GET(new NextRequest(`http://localhost/api/timesheets/${userId}${qs}`), { params: Promise.resolve({ userId }) });

let manager: UserRow;
let member: UserRow;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
  member = await makeUser({ name: "Ada Lovelace" });
});

describe("GET /api/timesheets/[userId]", () => {
  it("answers 401 with a problem body when signed out", async () => {
    signedIn = null;
    const res = await get(member.id);
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await res.json()).toMatchObject({ status: 401, kind: "unauthorized", detail: "Sign in to export a timesheet." });
  });

  it("exports the week as a CSV attachment with formula cells neutralised", async () => {
    const campaign = await makeCampaign(await ctxFor(manager), { generateTimeline: false, name: "=cmd|' /C calc'!A0" });
    const task = await makeTask(await ctxFor(manager), campaign.id, { title: "Write copy", assigneeId: member.id });
    const monday = weekStart(addDays(localToday("UTC"), -7));
    const entry = await logTime(await ctxFor(member), { taskId: task.id, workDate: addDays(monday, 1), hours: 1.5, note: "@risk" });
    signedIn = member;
    const res = await get(member.id, `?week=${addDays(monday, 4)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="timesheet-ada-lovelace-${monday}.csv"`);
    const lines = (await res.text()).trim().split("\n");
    expect(lines).toEqual(["date,campaign,task,hours,note,entry id", `${addDays(monday, 1)},'=cmd|' /C calc'!A0,Write copy,1.50,'@risk,${entry.id}`]);
  });

  it("refuses another member's timesheet with 403, an unknown member with 404 and a bad week with 422", async () => {
    signedIn = await makeUser();
    expect((await get(member.id)).status).toBe(403);
    signedIn = manager;
    expect((await get(member.id)).status).toBe(200);
    expect((await get("00000000-0000-4000-8000-000000000000")).status).toBe(404);
    const bad = await get(member.id, "?week=2026-13-45");
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ kind: "validation_failed", issues: { week: expect.any(Array) } });
  });
});
