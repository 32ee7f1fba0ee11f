import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { memberSkills, tasks, timeOff, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeCampaign, makeTask, makeUser, rejectionOf } from "@/db/testing/factories";
import { Conflict, Forbidden, ValidationFailed } from "@/lib/core/errors";
import { updateTask } from "@/lib/tasks/service";
import { autoAssignTasks, suggestAssignee } from "./service";

const now = new Date("2027-01-11T09:00:00Z"); // a Monday

let manager: UserRow;
let viewer: UserRow;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
  viewer = await makeUser({ role: "viewer" });
});

/** Members with a skill nobody else in this database has, so the tests' choices are theirs alone. */
async function team(levels: number[]) {
  const skill = `skill-${randomUUID().slice(0, 8)}`;
  const people: UserRow[] = [];
  for (const level of levels) {
    const u = await makeUser({ role: "member" });
    await (await getDb()).insert(memberSkills).values({ userId: u.id, skill, level });
    people.push(u);
  }
  return { skill, people };
}

describe("suggestAssignee", () => {
  it("suggests the stronger skill with reasons and the runner-up; viewers may look but not apply", async () => {
    const mgr = await ctxFor(manager);
    const { skill, people: [strong, weak] } = await team([4, 2]);
    const campaign = await makeCampaign(mgr);
    const task = await makeTask(mgr, campaign.id, { title: "Write the emails", requiredSkills: [skill], estimateHours: 10, dueDate: "2027-01-22" });

    const s = await suggestAssignee(mgr, { taskId: task.id }, now);
    expect(s.best).toMatchObject({ memberId: strong!.id, name: strong!.name });
    expect(s.best!.reasons).toEqual(expect.arrayContaining([`Has ${skill} 4/5`, "Utilisation after: 13 %", "No finished tasks with a due date in 90 days"]));
    expect(s.best!.reasons.some((r) => r.startsWith("80 h free before Fri 22 Jan"))).toBe(true);
    expect(s.runnerUp).toMatchObject({ memberId: weak!.id });
    expect(s.canApply).toBe(true);
    expect(s.task).toMatchObject({ id: task.id, version: task.version });

    const look = await suggestAssignee(await ctxFor(viewer), { taskId: task.id }, now);
    expect(look.best?.memberId).toBe(strong!.id);
    expect(look.canApply).toBe(false);
  });

  it("never suggests someone on time off for the task's whole window", async () => {
    const mgr = await ctxFor(manager);
    const { skill, people: [away, here] } = await team([5, 1]);
    await (await getDb()).insert(timeOff).values({ userId: away!.id, startDate: "2027-01-01", endDate: "2027-01-31", reason: "Sabbatical" });
    const campaign = await makeCampaign(mgr);
    const task = await makeTask(mgr, campaign.id, { requiredSkills: [skill], estimateHours: 4, dueDate: "2027-01-15" });
    const s = await suggestAssignee(mgr, { taskId: task.id }, now);
    expect(s.best?.memberId).toBe(here!.id);
    expect(s.excluded).toEqual(expect.arrayContaining([expect.objectContaining({ memberId: away!.id, why: expect.stringContaining("On time off for the whole window") })]));
  });
});

describe("autoAssignTasks", () => {
  async function backlog(count: number, skill: string) {
    const mgr = await ctxFor(manager);
    const campaign = await makeCampaign(mgr);
    const made = [];
    for (let i = 0; i < count; i++) {
      made.push(await makeTask(mgr, campaign.id, { title: `Piece ${i + 1}`, requiredSkills: [skill], estimateHours: 16, dueDate: "2027-01-15" }));
    }
    return { campaign, made };
  }

  it("previews without writing, then applies the same plan in one go with an audit entry per task", async () => {
    const mgr = await ctxFor(manager);
    const { skill, people } = await team([3, 3]);
    const { campaign, made } = await backlog(4, skill);

    const preview = await autoAssignTasks(mgr, { campaignId: campaign.id }, now);
    expect(preview.applied).toBe(false);
    expect(preview.proposals).toHaveLength(4);
    // 4 × 16 h over one week: two each, nobody overloaded while the other is free
    const counts = people.map((p) => preview.proposals.filter((x) => x.member.id === p.id).length);
    expect(counts).toEqual([2, 2]);
    expect(preview.proposals[0]!.reasons).toEqual(expect.arrayContaining([`Has ${skill} 3/5`]));
    expect(preview.proposals[0]!.runnerUp).not.toBeNull();
    const db = await getDb();
    expect((await db.select().from(tasks).where(inArray(tasks.id, made.map((t) => t.id)))).every((t) => t.assigneeId === null)).toBe(true);

    const applied = await autoAssignTasks(mgr, { campaignId: campaign.id, confirm: true, planId: preview.planId }, now);
    expect(applied).toMatchObject({ applied: true, planId: preview.planId, summary: "Assigned 4 tasks." });
    const rows = await db.select().from(tasks).where(inArray(tasks.id, made.map((t) => t.id)));
    for (const r of rows) {
      expect(r.assigneeId).toBe(preview.proposals.find((p) => p.taskId === r.id)!.member.id);
      expect(r.version).toBe(2);
    }
    const [entry] = await auditEventsFor(made[0]!.id, "task.updated");
    expect(entry!.summary).toMatch(/^Assigned "Piece 1" to .+ by auto-assignment: Has skill-/);
    expect(entry!.after).toMatchObject({ assigneeId: expect.any(String), version: 2 });

    // onlyUnassigned (the default): nothing left to do
    expect((await autoAssignTasks(mgr, { campaignId: campaign.id }, now)).proposals).toHaveLength(0);
  });

  it("refuses a stale plan with a conflict and writes nothing", async () => {
    const mgr = await ctxFor(manager);
    const { skill } = await team([3]);
    const { campaign, made } = await backlog(2, skill);
    const preview = await autoAssignTasks(mgr, { campaignId: campaign.id }, now);
    await updateTask(mgr, { id: made[1]!.id, version: made[1]!.version, title: "Renamed meanwhile" });
    const e = await rejectionOf(autoAssignTasks(mgr, { campaignId: campaign.id, confirm: true, planId: preview.planId }, now));
    expect(e).toBeInstanceOf(Conflict);
    expect(e.message).toContain("The plan changed since the preview");
    const rows = await (await getDb()).select().from(tasks).where(eq(tasks.campaignId, campaign.id));
    expect(rows.every((r) => r.assigneeId === null)).toBe(true);
  });

  it("needs a preview's planId to apply", async () => {
    const campaign = await makeCampaign(await ctxFor(manager));
    const e = await rejectionOf(autoAssignTasks(await ctxFor(manager), { campaignId: campaign.id, confirm: true }, now));
    expect(e).toBeInstanceOf(ValidationFailed);
    expect(e.message).toContain("Preview first");
  });

  it("lets the campaign's owner and managers auto-assign, and refuses other members, viewers and read-only tokens", async () => {
    const owner = await makeUser({ role: "member" });
    const stranger = await makeUser({ role: "member" });
    const campaign = await makeCampaign(await ctxFor(manager), { ownerId: owner.id });
    await makeTask(await ctxFor(manager), campaign.id, { estimateHours: 2, dueDate: "2027-01-20" });

    const mine = await autoAssignTasks(await ctxFor(owner), { campaignId: campaign.id }, now);
    expect(mine.proposals).toHaveLength(1);
    const notMine = await rejectionOf(autoAssignTasks(await ctxFor(stranger), { campaignId: campaign.id }, now));
    expect(notMine).toBeInstanceOf(Forbidden);
    expect(notMine.message).toContain(`you do not own "${campaign.name}"`);
    expect(await rejectionOf(autoAssignTasks(await ctxFor(viewer), { campaignId: campaign.id }, now))).toBeInstanceOf(Forbidden);
    const readOnly = await rejectionOf(autoAssignTasks(await ctxFor(manager, { scope: "read" }), { campaignId: campaign.id, confirm: true, planId: mine.planId }, now));
    expect(readOnly).toBeInstanceOf(Forbidden);
  });

  it("auto-assigns a selection of tasks and reports the ones it leaves alone", async () => {
    const mgr = await ctxFor(manager);
    const { skill, people: [only] } = await team([2]);
    const { made } = await backlog(2, skill);
    const done = made[1]!;
    await updateTask(mgr, { id: done.id, version: done.version, assigneeId: only!.id });
    const r = await autoAssignTasks(mgr, { taskIds: [made[0]!.id, done.id] }, now);
    expect(r.proposals.map((p) => p.taskId)).toEqual([made[0]!.id]);
    expect(r.skipped).toEqual([{ taskId: done.id, title: done.title, why: "Already assigned" }]);
  });
});
