import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, campaigns, milestones, tasks } from "@/db/schema";
import { auditEventsFor, ctxFor, makeCampaign, makeTask, makeUser, rejectionOf } from "@/db/testing/factories";
import { getCampaign, setCampaignArchived, transitionCampaign } from "@/lib/campaigns/service";
import type { Ctx } from "@/lib/core/context";
import { Conflict, Forbidden, NotFound, ValidationFailed } from "@/lib/core/errors";
import { addWorkingDays, workingDaysBetween } from "./calendar";
import { getCampaignSchedule, todayUtc } from "./campaign-schedule";
import { applyReschedule, previewReschedule } from "./reschedule";
import type { RescheduleChange } from "./schedule-view";
import { seedTimelineTemplates } from "./templates/seed";

// The email template at medium priority, launching Monday 2027-02-01 (every buffer is one day):
// Campaign brief 01-05..01-07 | Copywriting 01-11..01-14 | Email design & build 01-18..01-22
// Landing page 01-19..01-22 | Audience & segmentation 01-20..01-22 | Test sends & approval 01-26..01-28
// Send 02-01 | Results review 02-03..02-05 — 8 milestones and 19 tasks
const noHolidays = { holidays: new Set<string>() };

let manager: Ctx, otherManager: Ctx, member: Ctx, owningMember: Ctx, viewer: Ctx, readOnly: Ctx;

beforeAll(async () => {
  await seedTimelineTemplates(await getDb());
  manager = await ctxFor(await makeUser({ role: "manager", name: "Maya Manager" }));
  otherManager = await ctxFor(await makeUser({ role: "manager", name: "Omar Other" }));
  member = await ctxFor(await makeUser({ role: "member" }));
  owningMember = await ctxFor(await makeUser({ role: "member", name: "Olga Owner" }));
  viewer = await ctxFor(await makeUser({ role: "viewer" }));
  readOnly = await ctxFor(await makeUser({ role: "manager" }), { via: "mcp", scope: "read" });
});

async function snapshot(campaignId: string) {
  const db = await getDb();
  return {
    campaign: (await db.select().from(campaigns).where(eq(campaigns.id, campaignId)))[0]!,
    milestones: await db.select().from(milestones).where(eq(milestones.campaignId, campaignId)).orderBy(asc(milestones.id)),
    tasks: await db.select().from(tasks).where(eq(tasks.campaignId, campaignId)).orderBy(asc(tasks.id)),
    audit: (await auditEventsFor(campaignId)).length,
  };
}

async function milestoneByName(campaignId: string, prefix: string) {
  const rows = await (await getDb()).select().from(milestones).where(eq(milestones.campaignId, campaignId));
  return rows.find((m) => m.name.startsWith(prefix))!;
}

const dates = (rows: { name: string; startDate: string; endDate: string }[]) => Object.fromEntries(rows.map((m) => [m.name, `${m.startDate}..${m.endDate}`]));

describe("previewReschedule", () => {
  it("shows both modes of a new launch date and writes nothing", async () => {
    const c = await makeCampaign(manager);
    const before = await snapshot(c.id);
    const p = await previewReschedule(manager, { campaignId: c.id, change: { kind: "launch_date", date: "2027-02-08" } });
    expect(p).toMatchObject({ change: { kind: "launch_date", date: "2027-02-08" }, campaignVersion: 1 });
    // keeping buffers moves the whole plan a week later
    expect(p.keepBuffers).toMatchObject({ mode: "keep_buffers", launchDate: "2027-02-08", movedTasks: 19, conflicts: [] });
    expect(p.keepBuffers.moved).toHaveLength(8);
    expect(p.keepBuffers.moved.every((m) => m.shiftDays === 5)).toBe(true);
    // absorbing leaves what comes before the launch where it is, and pushes what follows only as far as it must
    expect(p.absorb).toMatchObject({ mode: "absorb", launchDate: "2027-02-08", movedTasks: 4 });
    expect(p.absorb.moved.map((m) => [m.name, m.to.start, m.shiftDays])).toEqual([["Send", "2027-02-08", 5], ["Results review", "2027-02-09", 4]]);
    expect(await snapshot(c.id)).toEqual(before);
  });
});

describe("applyReschedule", () => {
  it("keeping buffers, moves every milestone, their open tasks and the launch date, with one audit entry", async () => {
    const c = await makeCampaign(manager);
    const design = await milestoneByName(c.id, "Email design");
    const doneTask = (await (await getDb()).select().from(tasks).where(eq(tasks.milestoneId, design.id)))[0]!;
    await (await getDb()).update(tasks).set({ status: "done" }).where(eq(tasks.id, doneTask.id));
    const before = await snapshot(c.id);

    const { outcome, campaignVersion } = await applyReschedule(manager, { campaignId: c.id, change: { kind: "launch_date", date: "2027-02-08" }, mode: "keep_buffers", campaignVersion: 1 });
    expect(campaignVersion).toBe(2);
    expect(outcome).toMatchObject({ mode: "keep_buffers", launchDate: "2027-02-08", movedTasks: 18, conflicts: [] });

    const after = await snapshot(c.id);
    expect(after.campaign).toMatchObject({ launchDate: "2027-02-08", version: 2, startDate: "2027-01-04", endDate: "2027-03-01" });
    expect(dates(after.milestones)).toMatchObject({ "Campaign brief": "2027-01-12..2027-01-14", Send: "2027-02-08..2027-02-08", "Results review": "2027-02-10..2027-02-12" });
    for (const m of after.milestones) {
      const was = before.milestones.find((b) => b.id === m.id)!;
      expect(m.startDate).toBe(addWorkingDays(was.startDate, 5, noHolidays));
      expect(m.version).toBe(was.version + 1);
    }
    for (const t of after.tasks) {
      const was = before.tasks.find((b) => b.id === t.id)!;
      if (t.id === doneTask.id) {
        // a finished task keeps its dates: they are its on-time record
        expect(t).toMatchObject({ startDate: was.startDate, dueDate: was.dueDate, version: was.version });
        continue;
      }
      expect(t.startDate).toBe(addWorkingDays(was.startDate!, 5, noHolidays));
      expect(workingDaysBetween(t.startDate!, t.dueDate!, noHolidays)).toBe(workingDaysBetween(was.startDate!, was.dueDate!, noHolidays));
      expect(t.version).toBe(was.version + 1);
    }

    const events = await auditEventsFor(c.id);
    expect(events).toHaveLength(before.audit + 1);
    const event = events.at(-1)!;
    expect(event).toMatchObject({ action: "campaign.rescheduled", actorId: manager.actor.userId, summary: "Rescheduled (keep buffers): launch 2027-02-01 → 2027-02-08; 8 milestones and 18 tasks moved" });
    expect(event.before).toMatchObject({ launchDate: "2027-02-01", version: 1 });
    expect(event.after).toMatchObject({ launchDate: "2027-02-08", version: 2, mode: "keep_buffers", movedTasks: 18 });
  });

  it("absorbing a later launch date, moves only the launch and what follows it", async () => {
    const c = await makeCampaign(manager);
    const before = await snapshot(c.id);
    const { outcome } = await applyReschedule(manager, { campaignId: c.id, change: { kind: "launch_date", date: "2027-02-08" }, mode: "absorb", campaignVersion: 1 });
    expect(outcome.moved.map((m) => m.name)).toEqual(["Send", "Results review"]);
    const after = await snapshot(c.id);
    // minimal movement: what follows the launch is pushed only as far as it must be
    expect(dates(after.milestones)).toEqual({ ...dates(before.milestones), Send: "2027-02-08..2027-02-08", "Results review": "2027-02-09..2027-02-11" });
    expect(after.campaign.launchDate).toBe("2027-02-08");
    expect((await auditEventsFor(c.id, "campaign.rescheduled"))[0]!.summary).toBe("Rescheduled (absorb): launch 2027-02-01 → 2027-02-08; 2 milestones and 4 tasks moved");
  });

  it("absorbs a slip in the buffers first, while keeping buffers shifts everything after it and the launch", async () => {
    const change = async (id: string): Promise<RescheduleChange> => ({ kind: "milestone_end", milestoneId: (await milestoneByName(id, "Email design")).id, end: "2027-01-26" });
    const a = await makeCampaign(manager);
    const absorbed = await applyReschedule(manager, { campaignId: a.id, change: await change(a.id), mode: "absorb", campaignVersion: 1 });
    // two days late: its own buffer takes one, Test sends' buffer the other; the launch holds
    expect(absorbed.outcome.launchDate).toBe("2027-02-01");
    expect(absorbed.outcome.moved.map((m) => [m.name, m.to.start, m.to.end])).toEqual([
      ["Email design & build", "2027-01-20", "2027-01-26"], ["Test sends & approval", "2027-01-27", "2027-01-29"],
    ]);
    expect(absorbed.outcome.buffersConsumed.map((b) => [b.name, b.remainingDays])).toEqual([["Email design & build", 0], ["Test sends & approval", 0]]);
    expect((await snapshot(a.id)).campaign.launchDate).toBe("2027-02-01");

    const k = await makeCampaign(manager);
    const kept = await applyReschedule(manager, { campaignId: k.id, change: await change(k.id), mode: "keep_buffers", campaignVersion: 1 });
    expect(kept.outcome.launchDate).toBe("2027-02-03");
    expect(kept.outcome.moved.map((m) => m.name)).toEqual(["Email design & build", "Test sends & approval", "Send", "Results review"]);
    expect(kept.outcome.buffersConsumed).toEqual([]);
    const after = await snapshot(k.id);
    expect(after.campaign.launchDate).toBe("2027-02-03");
    expect(dates(after.milestones)).toMatchObject({ Send: "2027-02-03..2027-02-03", "Test sends & approval": "2027-01-28..2027-02-01" });
  });

  it("stores a new duration with its buffer", async () => {
    const c = await makeCampaign(manager, { priority: "critical" });
    const qa = await milestoneByName(c.id, "Test sends");
    const { outcome } = await applyReschedule(manager, { campaignId: c.id, change: { kind: "milestone_duration", milestoneId: qa.id, durationDays: 8 }, mode: "absorb", campaignVersion: 1 });
    const after = await milestoneByName(c.id, "Test sends");
    const moved = outcome.moved.find((m) => m.id === qa.id)!;
    expect(after).toMatchObject({ durationDays: 8, bufferDays: 2, startDate: moved.to.start, endDate: moved.to.end });
  });

  it("reports conflicts but applies: a launch so early that milestones start in the past", async () => {
    const c = await makeCampaign(manager);
    const launch = addWorkingDays(todayUtc(), 5, noHolidays);
    const { outcome } = await applyReschedule(manager, { campaignId: c.id, change: { kind: "launch_date", date: launch }, mode: "keep_buffers", campaignVersion: 1 });
    expect(outcome.conflicts.length).toBeGreaterThan(0);
    expect(outcome.conflicts[0]).toMatchObject({ kind: "starts_in_past", name: "Campaign brief" });
    expect(outcome.conflicts[0]!.message).toMatch(/^Campaign brief would start on \d{4}-\d{2}-\d{2}, \d+ working days in the past$/);
    const after = await snapshot(c.id);
    expect(after.campaign.launchDate).toBe(launch);
    // the start date moved with the launch so that it stays before it
    expect(after.campaign.startDate! <= launch).toBe(true);
    const [event] = await auditEventsFor(c.id, "campaign.rescheduled");
    expect(event!.summary).toContain(`${outcome.conflicts.length} conflicts: Campaign brief would start on`);
    expect(event!.summary).toContain("to keep the launch between them");
  });

  it("refuses a stale version with a conflict naming who changed the campaign, and changes nothing", async () => {
    const c = await makeCampaign(manager);
    const preview = await previewReschedule(manager, { campaignId: c.id, change: { kind: "launch_date", date: "2027-02-15" } });
    await applyReschedule(otherManager, { campaignId: c.id, change: { kind: "launch_date", date: "2027-02-08" }, mode: "absorb", campaignVersion: 1 });
    const before = await snapshot(c.id);
    const e = await rejectionOf(applyReschedule(manager, { campaignId: c.id, change: preview.change, mode: "keep_buffers", campaignVersion: preview.campaignVersion }));
    expect(e).toBeInstanceOf(Conflict);
    expect(e.message).toMatch(/was changed by Omar Other at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC after you opened it \(changed: launch date\)/);
    expect((e as Conflict).details).toMatchObject({ currentVersion: 2 });
    expect(await snapshot(c.id)).toEqual(before);
  });

  it("refuses members who do not own the campaign, viewers and read-only tokens, and lets the owning member reschedule", async () => {
    const c = await makeCampaign(manager, { ownerId: owningMember.actor.userId });
    const before = await snapshot(c.id);
    const apply = (ctx: Ctx) => applyReschedule(ctx, { campaignId: c.id, change: { kind: "launch_date", date: "2027-02-08" }, mode: "absorb", campaignVersion: 1 });
    const expectations: [Ctx, string][] = [[member, "belongs to someone else"], [viewer, "Viewers have read-only access"], [readOnly, "This API token is read-only"]];
    for (const [ctx, message] of expectations) {
      for (const e of [await rejectionOf(apply(ctx)), await rejectionOf(previewReschedule(ctx, { campaignId: c.id, change: { kind: "launch_date", date: "2027-02-08" } }))]) {
        expect(e).toBeInstanceOf(Forbidden);
        expect(e.message).toContain(message);
      }
    }
    expect(await snapshot(c.id)).toEqual(before);
    expect((await apply(owningMember)).campaignVersion).toBe(2);
  });

  it("refuses bad input with a clear error and changes nothing", async () => {
    const c = await makeCampaign(manager);
    const other = await makeCampaign(manager);
    const design = await milestoneByName(c.id, "Email design");
    const foreign = await milestoneByName(other.id, "Email design");
    const before = await snapshot(c.id);
    const apply = (change: unknown) => applyReschedule(manager, { campaignId: c.id, change: change as RescheduleChange, mode: "absorb", campaignVersion: 1 });

    const badDate = await rejectionOf(apply({ kind: "launch_date", date: "2027-02-30" }));
    expect(badDate).toBeInstanceOf(ValidationFailed);
    expect((badDate as ValidationFailed).issues["change.date"]).toEqual(["Not a real calendar date"]);
    const farDate = await rejectionOf(apply({ kind: "launch_date", date: "2099-02-02" }));
    expect(farDate).toBeInstanceOf(ValidationFailed);
    expect(farDate.message).toContain("more than 5 years from today");
    const negative = await rejectionOf(apply({ kind: "milestone_duration", milestoneId: design.id, durationDays: -2 }));
    expect(negative).toBeInstanceOf(ValidationFailed);
    expect((negative as ValidationFailed).issues["change.durationDays"]).toEqual(["Duration cannot be negative"]);
    const unknown = await rejectionOf(apply({ kind: "milestone_end", milestoneId: randomUUID(), end: "2027-01-25" }));
    expect(unknown).toBeInstanceOf(NotFound);
    expect(unknown.message).toBe("That milestone was not found.");
    const foreignMilestone = await rejectionOf(apply({ kind: "milestone_end", milestoneId: foreign.id, end: "2027-01-25" }));
    expect(foreignMilestone).toBeInstanceOf(ValidationFailed);
    expect(foreignMilestone.message).toContain("belongs to another campaign");
    const badMode = await rejectionOf(applyReschedule(manager, { campaignId: c.id, change: { kind: "launch_date", date: "2027-02-08" }, mode: "squeeze" as "absorb", campaignVersion: 1 }));
    expect(badMode).toBeInstanceOf(ValidationFailed);
    expect(await snapshot(c.id)).toEqual(before);
  });

  it("refuses a campaign without a timeline, and an archived one", async () => {
    const bare = await makeCampaign(manager, { generateTimeline: false });
    const e = await rejectionOf(previewReschedule(manager, { campaignId: bare.id, change: { kind: "launch_date", date: "2027-02-08" } }));
    expect(e).toBeInstanceOf(Conflict);
    expect(e.message).toContain("has no timeline to reschedule");

    const archived = await makeCampaign(manager);
    await transitionCampaign(manager, { id: archived.id, to: "cancelled" });
    await setCampaignArchived(manager, { id: archived.id });
    const a = await rejectionOf(applyReschedule(manager, { campaignId: archived.id, change: { kind: "launch_date", date: "2027-02-08" }, mode: "absorb", campaignVersion: 3 }));
    expect(a).toBeInstanceOf(Conflict);
    expect(a.message).toContain("is archived");
    expect(await (await getDb()).select().from(auditEvents).where(eq(auditEvents.action, "campaign.rescheduled")).then((rows) => rows.filter((r) => r.entityId === archived.id))).toEqual([]);
  });
});

describe("getCampaignSchedule", () => {
  it("reads milestones and dated tasks with CPM figures, lists undated tasks, and says who may reschedule", async () => {
    const c = await makeCampaign(manager);
    await makeTask(manager, c.id, { title: "Someday maybe" });
    const s = await getCampaignSchedule(manager, c.id);
    expect(s).toMatchObject({ campaignId: c.id, campaignVersion: 1, launchDate: "2027-02-01", canReschedule: true, negativeSlack: [], range: { start: "2027-01-05", end: "2027-02-08" } });
    expect(s.items).toHaveLength(27);
    expect(s.items[0]).toMatchObject({ kind: "milestone", name: "Campaign brief", cpm: { slackDays: 4, critical: false } });
    expect(s.items[1]).toMatchObject({ kind: "task", milestoneId: s.items[0]!.id, status: "todo", version: 1 });
    expect(s.items.find((i) => i.isLaunch)!.cpm).toMatchObject({ slackDays: 0, critical: true, earliestStart: "2027-02-01" });
    expect(s.undatedTasks.map((t) => t.title)).toEqual(["Someday maybe"]);
    expect(s.criticalPath.length).toBeGreaterThan(2);
    for (const ctx of [member, viewer, readOnly]) expect((await getCampaignSchedule(ctx, c.id)).canReschedule).toBe(false);
  });

  it("feeds the campaign's risk: a task running past the launch gives the critical path negative slack", async () => {
    const c = await makeCampaign(manager);
    const qa = await milestoneByName(c.id, "Test sends");
    await makeTask(manager, c.id, { title: "Legal review", milestoneId: qa.id, startDate: "2027-01-26", dueDate: "2027-02-04" });
    const detail = await getCampaign(manager, { id: c.id });
    expect(detail.hasTimeline).toBe(true);
    expect(detail.risk.level).toBe("high");
    expect(detail.risk.reasons[0]).toMatch(/^\d+ items cannot make the launch as planned: Legal review \(4 working days short\)/);
    const bare = await getCampaign(manager, { id: (await makeCampaign(manager, { generateTimeline: false })).id });
    expect(bare.hasTimeline).toBe(false);
  });
});
