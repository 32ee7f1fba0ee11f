import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { memberAvailability, organizationHolidays, tasks, timeEntries, timeOff, users, type UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeTask, makeUser, rejectionOf } from "@/db/testing/factories";
import type { Ctx } from "@/lib/core/context";
import { assigneesOverCapacity, getCellTasks, getMemberWorkload, getTeamUtilization } from "./workload";

// Wednesday 9 Dec 2026, noon UTC: the current week starts Monday 7 Dec
const now = new Date("2026-12-09T12:00:00Z");
const clock = { now };

let manager: UserRow;
let ctx: Ctx;

beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
  ctx = await ctxFor(manager);
});

async function member(name: string, opts: { weeklyHours?: [number, number, number, number, number, number, number]; timezone?: string } = {}) {
  const db = await getDb();
  const u = await makeUser({ name });
  if (opts.timezone) await db.update(users).set({ timezone: opts.timezone }).where(eq(users.id, u.id));
  if (opts.weeklyHours) await db.insert(memberAvailability).values({ userId: u.id, weeklyHours: opts.weeklyHours });
  return u;
}

const logTime = async (taskId: string, userId: string, workDate: string, hours: number) =>
  (await getDb()).insert(timeEntries).values({ taskId, userId, workDate, hours });

describe("getTeamUtilization", () => {
  it("shows the last 4 and next 12 weeks for every member, default week for those without availability", async () => {
    const leo = await member("Leo Utilisation");
    const grid = await getTeamUtilization(ctx, {}, clock);
    expect(grid.weeks).toHaveLength(16);
    expect(grid.from).toBe("2026-11-09");
    expect(grid.currentWeek).toBe("2026-12-07");
    const row = grid.members.find((m) => m.id === leo.id)!;
    expect(row).toMatchObject({ defaultWeek: true, weeklyHours: [8, 8, 8, 8, 8, 0, 0], today: "2026-12-09" });
    expect(row.cells.map((c) => c.when)).toEqual([...Array(4).fill("past"), "current", ...Array(11).fill("future")]);
    expect(row.cells.every((c) => c.capacityHours === 40 && c.workloadHours === 0 && c.band === "low")).toBe(true);
  });

  it("leaves out deactivated members and viewers, and filters by ids and skill", async () => {
    const gone = await makeUser({ deactivated: true });
    const viewer = await makeUser({ role: "viewer" });
    const a = await member("Ada Filter");
    const grid = await getTeamUtilization(ctx, { weeks: 1 }, clock);
    const ids = grid.members.map((m) => m.id);
    expect(ids).toContain(a.id);
    expect(ids).not.toContain(gone.id);
    expect(ids).not.toContain(viewer.id);
    expect((await getTeamUtilization(ctx, { userIds: [a.id], weeks: 2 }, clock)).members.map((m) => m.id)).toEqual([a.id]);
    const db = await getDb();
    await db.execute(`insert into member_skills (user_id, skill, level) values ('${a.id}', 'seo', 4)`);
    expect((await getTeamUtilization(ctx, { skill: "seo", weeks: 1 }, clock)).members.map((m) => m.id)).toEqual([a.id]);
  });

  it("computes workload from remaining work, time off, holidays and logged time", async () => {
    const db = await getDb();
    const mia = await member("Mia Workload", { weeklyHours: [8, 8, 8, 8, 0, 0, 0] });
    await db.insert(timeOff).values({ userId: mia.id, startDate: "2026-12-14", endDate: "2026-12-15" });
    await db.insert(organizationHolidays).values({ date: "2026-12-16", name: "Workload test holiday" }).onConflictDoNothing();
    const campaign = await makeCampaign(ctx);
    // due Thu 17 Dec; window Wed 9 … Thu 17: Wed 9, Thu 10 (8 h each) and Thu 17 (8 h) available → 24 h of 12 h remaining
    const spread = await makeTask(ctx, campaign.id, { title: "Spread task", assigneeId: mia.id, estimateHours: 16, dueDate: "2026-12-17" });
    await logTime(spread.id, mia.id, "2026-12-08", 4);
    const undated = await makeTask(ctx, campaign.id, { title: "Undated task", assigneeId: mia.id, estimateHours: 10 });
    const done = await makeTask(ctx, campaign.id, { title: "Done task", assigneeId: mia.id, estimateHours: 10, dueDate: "2026-12-10" });
    await db.update(tasks).set({ status: "done" }).where(eq(tasks.id, done.id));
    await logTime(done.id, mia.id, "2026-12-01", 6);

    const grid = await getTeamUtilization(ctx, { from: "2026-11-30", weeks: 3, userIds: [mia.id] }, clock)
      .finally(() => db.delete(organizationHolidays).where(eq(organizationHolidays.date, "2026-12-16")));
    const [past, current, next] = grid.members[0]!.cells;
    expect(past).toMatchObject({ when: "past", capacityHours: 32, workloadHours: 6, tasks: [{ taskId: done.id, hours: 6 }] });
    // current: 4 h logged Tue + 8 h (two thirds of 12 h) + 10 h undated = 22 of 32 h
    expect(current).toMatchObject({ when: "current", capacityHours: 32, workloadHours: 22, band: "healthy" });
    expect(new Set(current!.tasks.map((t) => t.taskId))).toEqual(new Set([spread.id, undated.id]));
    // next: Mon–Tue off, Wed holiday, Thu 8 h: 4 h of the spread task
    expect(next).toMatchObject({ capacityHours: 8, workloadHours: 4, utilisation: 0.5 });
  });

  it("uses the member's own today across the date line", async () => {
    const kiri = await member("Kiri Dateline", { timezone: "Pacific/Kiritimati" });
    const campaign = await makeCampaign(ctx);
    await makeTask(ctx, campaign.id, { assigneeId: kiri.id, estimateHours: 8, dueDate: "2026-12-13" });
    // Sunday 13 Dec 11:00 UTC is already Monday 14 Dec in Kiritimati (UTC+14): the task is overdue there
    const grid = await getTeamUtilization(ctx, { from: "2026-12-07", weeks: 2, userIds: [kiri.id] }, { now: new Date("2026-12-13T11:00:00Z") });
    const row = grid.members[0]!;
    expect(row.today).toBe("2026-12-14");
    expect(row.cells.map((c) => c.when)).toEqual(["past", "current"]);
    expect(row.cells.map((c) => c.workloadHours)).toEqual([0, 8]);
  });
});

describe("getCellTasks and getMemberWorkload", () => {
  it("lists the tasks behind a cell with their campaign and hours that week", async () => {
    const sam = await member("Sam Cell");
    const campaign = await makeCampaign(ctx, { name: "Cell campaign" });
    const t = await makeTask(ctx, campaign.id, { title: "Write copy", assigneeId: sam.id, estimateHours: 10, dueDate: "2026-12-18" });
    const cell = await getCellTasks(ctx, { userId: sam.id, weekStart: "2026-12-16" }, clock);
    expect(cell.cell).toMatchObject({ weekStart: "2026-12-14", workloadHours: 6.25 });
    expect(cell.tasks).toEqual([expect.objectContaining({ id: t.id, title: "Write copy", campaignName: "Cell campaign", dueDate: "2026-12-18", hours: 6.25 })]);
    expect(cell.member).toMatchObject({ id: sam.id, name: "Sam Cell" });
  });

  it("sums a member's work in a window", async () => {
    const ivy = await member("Ivy Window");
    const campaign = await makeCampaign(ctx);
    const big = await makeTask(ctx, campaign.id, { title: "Big", assigneeId: ivy.id, estimateHours: 80, dueDate: "2026-12-18" });
    await (await getDb()).update(tasks).set({ remainingHours: 48 }).where(eq(tasks.id, big.id));
    const w = await getMemberWorkload(ctx, { userId: ivy.id, from: "2026-12-09", to: "2026-12-11" }, clock);
    // 48 h over 8 working days: 6 a day, 3 days
    expect(w).toMatchObject({ capacityHours: 24, workloadHours: 18, utilisation: 0.75, band: "healthy" });
    expect(w.tasks).toEqual([expect.objectContaining({ title: "Big", hoursInWindow: 18, remainingHours: 48 })]);
  });

  it("rejects an unknown member and a backwards window", async () => {
    expect((await rejectionOf(getCellTasks(ctx, { userId: "00000000-0000-4000-8000-000000000000", weekStart: "2026-12-07" }, clock))).message).toMatch(/team member was not found/);
    const e = await rejectionOf(getMemberWorkload(ctx, { userId: manager.id, from: "2026-12-10", to: "2026-12-01" }));
    expect(e).toMatchObject({ issues: { to: ["The window must end on or after its start"] } });
  });
});

describe("assigneesOverCapacity", () => {
  it("names the campaign's assignees over 100 % in a week up to the launch, busiest first", async () => {
    const busy = await member("Bo Busy");
    const fine = await member("Fay Fine");
    const campaign = await makeCampaign(ctx, { startDate: "2026-12-01", launchDate: "2026-12-31", endDate: "2027-01-31" });
    await makeTask(ctx, campaign.id, { assigneeId: busy.id, estimateHours: 60, dueDate: "2026-12-18" });
    await makeTask(ctx, campaign.id, { assigneeId: fine.id, estimateHours: 10, dueDate: "2026-12-18" });
    const over = await assigneesOverCapacity(await getDb(), campaign.id, "2026-12-31", clock);
    // 60 h over 8 days is 7.5 h a day: under 100 %
    expect(over).toEqual([]);
    // 20 h more due this Friday: 42.5 h this week
    await makeTask(ctx, campaign.id, { assigneeId: busy.id, estimateHours: 20, dueDate: "2026-12-11" });
    const again = await assigneesOverCapacity(await getDb(), campaign.id, "2026-12-31", clock);
    expect(again.map((a) => a.name)).toEqual(["Bo Busy"]);
    expect(again[0]).toMatchObject({ weeksOver: 1, peak: { weekStart: "2026-12-07", capacityHours: 40, workloadHours: 42.5, utilisation: 1.06 } });
  });

  it("is empty for a campaign without assigned open tasks", async () => {
    const campaign = await makeCampaign(ctx);
    expect(await assigneesOverCapacity(await getDb(), campaign.id, campaign.launchDate, clock)).toEqual([]);
  });
});
