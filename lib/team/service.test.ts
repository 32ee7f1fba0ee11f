import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, tasks, timeEntries, type UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";
import { setTaskStatus } from "@/lib/tasks/service";
import { getTeamMember, listTeam } from "./service";
import { setAvailability, setSkills } from "./schedule";
import { addTimeOff } from "./schedule";

// a Monday: the next 4 weeks are 2027-01-04 … 2027-01-31, 20 working days of 8 h
const now = new Date("2027-01-04T12:00:00Z");
let manager: UserRow, dev: UserRow, viewer: UserRow;

beforeAll(async () => {
  manager = await makeUser({ role: "manager", name: "Zed Manager" });
  dev = await makeUser({ name: "Dana Designer" });
  viewer = await makeUser({ role: "viewer", name: "Aaron Viewer" });
  const mctx = await ctxFor(manager);
  await setSkills(mctx, { userId: dev.id, skills: [{ skill: "design", level: 4 }, { skill: "copywriting", level: 2 }] });
  await setSkills(mctx, { userId: manager.id, skills: [{ skill: "design", level: 2 }] });
  const campaign = await makeCampaign(mctx);
  const t = await makeTask(mctx, campaign.id, { assigneeId: dev.id, estimateHours: 16, startDate: "2027-01-04", dueDate: "2027-01-08" });
  await makeTask(mctx, campaign.id, { assigneeId: dev.id, estimateHours: 40, startDate: "2027-03-01", dueDate: "2027-03-05" }); // outside the window
  await makeTask(mctx, campaign.id, { assigneeId: dev.id, estimateHours: 8 }); // no due date: owed this week
  await (await getDb()).insert(timeEntries).values({ taskId: t.id, userId: dev.id, workDate: "2027-01-04", hours: 6 });
  await addTimeOff(mctx, { userId: dev.id, startDate: "2027-01-25", endDate: "2027-01-29", reason: "Ski trip" });
});

describe("listTeam", () => {
  it("lists active members with skills, load over 4 weeks, open tasks and next time off; viewers last", async () => {
    const team = await listTeam(await ctxFor(manager), {}, now);
    const names = team.map((m) => m.name);
    expect(names.indexOf("Aaron Viewer")).toBeGreaterThan(names.indexOf("Zed Manager"));
    const d = team.find((m) => m.id === dev.id)!;
    expect(d.skills).toEqual([{ skill: "design", level: 4 }, { skill: "copywriting", level: 2 }]);
    expect(d.load).toMatchObject({ from: "2027-01-04", to: "2027-01-31", capacityHours: 120, workloadHours: 18, openTasks: 3 });
    expect(d.load.utilisation).toBeCloseTo(18 / 120);
    expect(d.nextTimeOff).toMatchObject({ startDate: "2027-01-25", endDate: "2027-01-29", reason: "Ski trip" });
  });

  it("filters by skill and minimum level, and by text", async () => {
    const ctx = await ctxFor(viewer);
    expect((await listTeam(ctx, { skill: "design" }, now)).map((m) => m.id).sort()).toEqual([dev.id, manager.id].sort());
    expect((await listTeam(ctx, { skill: "design", minLevel: 3 }, now)).map((m) => m.id)).toEqual([dev.id]);
    expect((await listTeam(ctx, { q: "dana des" }, now)).map((m) => m.id)).toEqual([dev.id]);
    await expect(listTeam(ctx, { skill: "juggling" as never })).rejects.toThrow(/Skill is one of/);
  });

  it("gives free hours in an availability window", async () => {
    const team = await listTeam(await ctxFor(manager), { availableFrom: "2027-01-04", availableTo: "2027-01-08" }, now);
    expect(team.find((m) => m.id === dev.id)!.window).toEqual({ from: "2027-01-04", to: "2027-01-08", capacityHours: 40, workloadHours: 18, freeHours: 22 });
  });
});

describe("getTeamMember", () => {
  it("returns profile, default availability, time off, skills and who may edit", async () => {
    const p = await getTeamMember(await ctxFor(dev), dev.id, now);
    expect(p.availability).toEqual({ weeklyHours: [8, 8, 8, 8, 8, 0, 0], totalHours: 40, version: 0 });
    expect(p.timeOff.upcoming).toHaveLength(1);
    expect(p.canEdit).toBe(true);
    expect((await getTeamMember(await ctxFor(viewer), dev.id, now)).canEdit).toBe(false);
    expect((await getTeamMember(await ctxFor(manager), dev.id, now)).canEdit).toBe(true);
  });

  it("includes performance from done tasks", async () => {
    const mctx = await ctxFor(manager);
    const campaign = await makeCampaign(mctx);
    const t = await makeTask(mctx, campaign.id, { assigneeId: manager.id, estimateHours: 4, dueDate: "2099-01-01" });
    await setTaskStatus(mctx, { id: t.id, status: "in_progress" });
    await setTaskStatus(mctx, { id: t.id, status: "done" });
    await (await getDb()).insert(timeEntries).values({ taskId: t.id, userId: manager.id, workDate: "2027-01-04", hours: 5 });
    const p = await getTeamMember(mctx, manager.id);
    expect(p.performance.doneCount).toBe(1);
    expect(p.performance.onTime).toEqual({ count: 1, withDueDate: 1, rate: 1 });
    expect(p.performance.estimateAccuracy.ratio).toBe(1.25);
    expect(p.performance.throughput.at(-1)!.done).toBe(1);
    expect(p.performance.averageCycleDays).toBeGreaterThanOrEqual(0);
    const [row] = await (await getDb()).select().from(tasks).where(eq(tasks.id, t.id));
    expect(row!.completedAt).not.toBeNull();
  });

  it("answers not found for an unknown id", async () => {
    await expect(getTeamMember(await ctxFor(dev), "not-a-uuid")).rejects.toThrow(/was not found/);
  });

  it("reflects saved availability and its version", async () => {
    await setAvailability(await ctxFor(dev), { userId: dev.id, weeklyHours: [8, 8, 8, 8, 4, 0, 0], version: 0 });
    const p = await getTeamMember(await ctxFor(dev), dev.id, now);
    expect(p.availability).toEqual({ weeklyHours: [8, 8, 8, 8, 4, 0, 0], totalHours: 36, version: 1 });
    expect((await (await getDb()).select().from(auditEvents).where(eq(auditEvents.entityId, dev.id))).some((e) => e.action === "member.availability_changed")).toBe(true);
  });
});
