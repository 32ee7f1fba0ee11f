import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { memberAvailability, milestones, tasks, timeEntries, users, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeCampaign, makeTask, makeUser, rejectionOf } from "@/db/testing/factories";
import { Conflict, Forbidden, ValidationFailed } from "@/lib/core/errors";
import { getCampaignMilestones } from "@/lib/timeline/service";
import { addDays, localToday, weekStart } from "@/lib/team/capacity";
import { campaignActuals, memberActuals, milestoneActuals } from "./actuals";
import { deleteEntry, logTime, setRemainingEstimate, startTimer, stopTimer, updateEntry } from "./service";
import { getTaskTime } from "./task-time";
import { getTimesheet } from "./timesheet";

let manager: UserRow;
let member: UserRow;
let other: UserRow;
let viewer: UserRow;
beforeAll(async () => {
  [manager, member, other, viewer] = await Promise.all([makeUser({ role: "manager" }), makeUser(), makeUser(), makeUser({ role: "viewer" })]);
});

async function taskFor(assignee: UserRow | null, overrides: Parameters<typeof makeTask>[2] = {}) {
  const ctx = await ctxFor(manager);
  const campaign = await makeCampaign(ctx, { generateTimeline: false });
  return makeTask(ctx, campaign.id, { assigneeId: assignee?.id ?? null, estimateHours: 4, ...overrides });
}

const today = () => localToday("UTC");

describe("logging time", () => {
  it("logs a manual entry for the assignee and audits it on the task", async () => {
    const task = await taskFor(member);
    const entry = await logTime(await ctxFor(member), { taskId: task.id, workDate: today(), hours: 1.5, note: "draft" });
    expect(entry).toMatchObject({ taskId: task.id, userId: member.id, hours: 1.5, note: "draft", running: false, version: 1 });
    const [event] = await auditEventsFor(task.id, "time.logged");
    expect(event!.summary).toBe(`Logged 1.5 h on "${task.title}" for ${today()}`);
  });

  it("lets the campaign owner and managers log, but not other members, viewers or read-only tokens", async () => {
    const task = await taskFor(member);
    await expect(logTime(await ctxFor(manager), { taskId: task.id, hours: 1 })).resolves.toMatchObject({ userId: manager.id });
    const err = await rejectionOf(logTime(await ctxFor(other), { taskId: task.id, hours: 1 }));
    expect(err).toBeInstanceOf(Forbidden);
    expect(err.message).toContain("assigned to you or on campaigns you own");
    await expect(logTime(await ctxFor(viewer), { taskId: task.id, hours: 1 })).rejects.toThrow(/Viewers have read-only access/);
    await expect(logTime(await ctxFor(member, { scope: "read" }), { taskId: task.id, hours: 1 })).rejects.toThrow(/read-only/);
    const owned = await makeCampaign(await ctxFor(manager), { generateTimeline: false, ownerId: other.id });
    const unassigned = await makeTask(await ctxFor(manager), owned.id);
    await expect(logTime(await ctxFor(other), { taskId: unassigned.id, hours: 0.25 })).resolves.toMatchObject({ hours: 0.25 });
  });

  it("refuses a day after today in the member's timezone, zero hours and more than 24", async () => {
    const task = await taskFor(member);
    const ctx = await ctxFor(member);
    const future = await rejectionOf(logTime(ctx, { taskId: task.id, workDate: addDays(today(), 2), hours: 1 }));
    expect(future).toBeInstanceOf(ValidationFailed);
    expect(future.message).toContain("after today");
    expect((future as ValidationFailed).issues.workDate).toEqual(["Choose today or an earlier day"]);
    await expect(logTime(ctx, { taskId: task.id, hours: 0 })).rejects.toThrow(/more than 0/);
    await expect(logTime(ctx, { taskId: task.id, hours: 25 })).rejects.toThrow(/at most 24/);
  });

  it("uses the member's timezone for today", async () => {
    const db = await getDb();
    const far = await makeUser();
    await db.update(users).set({ timezone: "Pacific/Kiritimati" }).where(eq(users.id, far.id));
    const task = await taskFor(far);
    const kiritimatiToday = localToday("Pacific/Kiritimati");
    const entry = await logTime(await ctxFor(far), { taskId: task.id, workDate: kiritimatiToday, hours: 1 });
    expect(entry.workDate).toBe(kiritimatiToday);
    expect((await logTime(await ctxFor(far), { taskId: task.id, hours: 1 })).workDate).toBe(kiritimatiToday);
  });
});

describe("timers", () => {
  it("stops the running timer when the person starts another, and records hours on the day it started", async () => {
    const first = await taskFor(member);
    const second = await taskFor(member);
    const ctx = await ctxFor(member);
    const a = await startTimer(ctx, { taskId: first.id });
    expect(a).toMatchObject({ running: true, hours: null, stopped: null });
    // pretend it ran for 90 minutes
    const db = await getDb();
    await db.update(timeEntries).set({ timerStartedAt: new Date(Date.now() - 90 * 60_000) }).where(eq(timeEntries.id, a.id));
    const again = await startTimer(ctx, { taskId: first.id });
    expect(again.id).toBe(a.id);

    const b = await startTimer(ctx, { taskId: second.id });
    expect(b.stopped).toMatchObject({ id: a.id, running: false, hours: 1.5 });
    const running = await db.select().from(timeEntries).where(eq(timeEntries.userId, member.id));
    expect(running.filter((e) => e.hours === null).map((e) => e.id)).toEqual([b.id]);

    const stopped = await stopTimer(ctx, { entryId: b.id });
    expect(stopped).toMatchObject({ running: false, hours: 0.01, workDate: today() });
    await expect(stopTimer(ctx, { entryId: b.id })).rejects.toThrow(/already stopped/);
    expect((await auditEventsFor(first.id)).map((e) => e.action)).toEqual(expect.arrayContaining(["time.timer_started", "time.timer_stopped"]));
  });

  it("does not let someone else stop a member's timer, but a manager may", async () => {
    const task = await taskFor(member);
    const t = await startTimer(await ctxFor(member), { taskId: task.id });
    await expect(stopTimer(await ctxFor(other), { entryId: t.id })).rejects.toBeInstanceOf(Forbidden);
    await expect(stopTimer(await ctxFor(manager), { entryId: t.id })).resolves.toMatchObject({ userId: member.id, running: false });
  });

  it("refuses a timer to a member on someone else's task", async () => {
    const task = await taskFor(other);
    await expect(startTimer(await ctxFor(member), { taskId: task.id })).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("editing entries", () => {
  it("lets the author and managers edit and delete, version-checked; others are refused", async () => {
    const task = await taskFor(member);
    const entry = await logTime(await ctxFor(member), { taskId: task.id, hours: 2 });
    await expect(updateEntry(await ctxFor(other), { id: entry.id, version: 1, hours: 3 })).rejects.toBeInstanceOf(Forbidden);
    const edited = await updateEntry(await ctxFor(member), { id: entry.id, version: 1, hours: 3, note: "more" });
    expect(edited).toMatchObject({ hours: 3, note: "more", version: 2 });
    const stale = await rejectionOf(updateEntry(await ctxFor(manager), { id: entry.id, version: 1, hours: 1 }));
    expect(stale).toBeInstanceOf(Conflict);
    expect(stale.message).toContain("now version 2");
    await expect(updateEntry(await ctxFor(member), { id: entry.id, version: 2, workDate: addDays(today(), 3) })).rejects.toThrow(/after today/);
    await expect(deleteEntry(await ctxFor(member), { id: entry.id, version: 1 })).rejects.toBeInstanceOf(Conflict);
    await expect(deleteEntry(await ctxFor(manager), { id: entry.id, version: 2 })).resolves.toEqual({ id: entry.id, taskId: task.id });
    expect((await auditEventsFor(task.id)).map((e) => e.action)).toEqual(expect.arrayContaining(["time.updated", "time.deleted"]));
  });
});

describe("remaining estimate and actuals", () => {
  it("lets the assignee set a remaining estimate that replaces estimate minus logged", async () => {
    const task = await taskFor(member, { estimateHours: 10 });
    await logTime(await ctxFor(member), { taskId: task.id, hours: 3 });
    await expect(setRemainingEstimate(await ctxFor(other), { taskId: task.id, remainingHours: 1 })).rejects.toBeInstanceOf(Forbidden);
    expect((await getTaskTime(await ctxFor(member), task.id)).actuals).toMatchObject({ logged: 3, estimate: 10, remaining: 7, percent: 30 });
    await setRemainingEstimate(await ctxFor(member), { taskId: task.id, remainingHours: 12 });
    const after = await getTaskTime(await ctxFor(member), task.id);
    expect(after.actuals).toMatchObject({ logged: 3, remaining: 12, remainingOverride: 12 });
    expect(after.can).toEqual({ log: true, setRemaining: true });
    const [row] = await (await getDb()).select({ remainingHours: tasks.remainingHours }).from(tasks).where(eq(tasks.id, task.id));
    expect(row!.remainingHours).toBe(12);
    expect((await auditEventsFor(task.id, "task.remaining_estimate_set"))[0]!.summary).toContain("to 12 h");
  });

  it("sums a campaign and its milestones, counting tasks without an estimate apart", async () => {
    const ctx = await ctxFor(manager);
    const campaign = await makeCampaign(ctx, { generateTimeline: false });
    const [m] = await ctx.db.insert(milestones).values({ campaignId: campaign.id, name: "Build", startDate: "2027-01-04", endDate: "2027-01-08", durationDays: 5, position: 1 }).returning();
    const estimated = await makeTask(ctx, campaign.id, { estimateHours: 5, milestoneId: m!.id });
    const loose = await makeTask(ctx, campaign.id, { estimateHours: null });
    await logTime(ctx, { taskId: estimated.id, hours: 2 });
    await logTime(ctx, { taskId: loose.id, hours: 1.25 });
    const sums = await campaignActuals(ctx.db, campaign.id);
    expect(sums.logged).toBe(3.25);
    expect(sums.unestimated.logged).toBe(1.25);
    expect(sums.loggedOnEstimated).toBe(2);
    expect(sums).toMatchObject({ tasks: 2, estimate: 5, remaining: 3, percent: 40, unestimated: { tasks: 1, logged: 1.25 } });
    const timeline = await getCampaignMilestones(ctx, campaign.id);
    expect(timeline[0]!.time).toEqual({ logged: 2, estimate: 5 });
    const perMilestone = await milestoneActuals(ctx.db, campaign.id);
    expect(perMilestone.get(m!.id)).toMatchObject({ loggedOnEstimated: 2 });
  });
});

describe("member actuals", () => {
  it("sums what a member logged in a window per task, with each task's estimate", async () => {
    const person = await makeUser();
    const a = await taskFor(person, { estimateHours: 6 });
    const b = await taskFor(person, { estimateHours: null });
    const ctx = await ctxFor(person);
    await logTime(ctx, { taskId: a.id, workDate: addDays(today(), -1), hours: 2 });
    await logTime(ctx, { taskId: a.id, workDate: today(), hours: 1.25 });
    await logTime(ctx, { taskId: b.id, workDate: addDays(today(), -30), hours: 4 });
    const week = await memberActuals(ctx.db, person.id, addDays(today(), -6), today());
    expect(week).toEqual({ total: 3.25, tasks: [expect.objectContaining({ taskId: a.id, estimate: 6, logged: 3.25 })] });
    expect((await memberActuals(ctx.db, person.id, addDays(today(), -89), today())).total).toBe(7.25);
  });
});

describe("timesheet", () => {
  it("shows a member's week by task and day with capacity, to themselves and managers only", async () => {
    const person = await makeUser();
    const db = await getDb();
    await db.insert(memberAvailability).values({ userId: person.id, weeklyHours: [6, 6, 6, 6, 6, 0, 0] });
    const task = await taskFor(person);
    const monday = weekStart(addDays(today(), -7));
    const ctx = await ctxFor(person);
    await logTime(ctx, { taskId: task.id, workDate: monday, hours: 1.5 });
    await logTime(ctx, { taskId: task.id, workDate: monday, hours: 0.5 });
    await logTime(ctx, { taskId: task.id, workDate: addDays(monday, 2), hours: 3 });
    const sheet = await getTimesheet(ctx, { userId: person.id, week: addDays(monday, 3) });
    expect(sheet.weekStart).toBe(monday);
    expect(sheet.rows).toEqual([expect.objectContaining({ taskId: task.id, days: [2, 0, 3, 0, 0, 0, 0], total: 5 })]);
    expect(sheet.dayTotals).toEqual([2, 0, 3, 0, 0, 0, 0]);
    expect(sheet).toMatchObject({ total: 5, capacity: 30, previousWeek: addDays(monday, -7), nextWeek: addDays(monday, 7), isCurrentWeek: false });
    expect(sheet.entries).toHaveLength(3);
    await expect(getTimesheet(await ctxFor(manager), { userId: person.id, week: monday })).resolves.toMatchObject({ total: 5 });
    await expect(getTimesheet(await ctxFor(other), { userId: person.id })).rejects.toBeInstanceOf(Forbidden);
    await expect(getTimesheet(await ctxFor(viewer), { userId: person.id })).rejects.toBeInstanceOf(Forbidden);
  });
});
