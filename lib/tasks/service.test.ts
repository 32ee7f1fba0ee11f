import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { tasks, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeCampaign, makeTask, makeUser, rejectionOf } from "@/db/testing/factories";
import { setCampaignArchived, transitionCampaign } from "@/lib/campaigns/service";
import { Conflict, Forbidden, InvalidTransition, NotFound, ValidationFailed } from "@/lib/core/errors";
import { addTaskDependency } from "./dependencies";
import { listOverdueTasks, listTasks } from "./list";
import { createTask, setTaskStatus, updateTask } from "./service";

let manager: UserRow;
let member: UserRow;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
  member = await makeUser({ role: "member" });
});

async function taskCount(campaignId: string) {
  const [row] = await (await getDb()).select({ n: count() }).from(tasks).where(eq(tasks.campaignId, campaignId));
  return row!.n;
}

describe("createTask", () => {
  it("creates a to-do task at the bottom of the board and audits it", async () => {
    const ctx = await ctxFor(manager);
    const campaign = await makeCampaign(ctx);
    const first = await makeTask(ctx, campaign.id);
    const task = await createTask(ctx, {
      campaignId: campaign.id, title: "  Write copy ", assigneeId: member.id, requiredSkills: ["Copywriting", "copywriting"],
      estimateHours: 6.5, startDate: "2027-01-05", dueDate: "2027-01-12", priority: "high",
    });
    expect(task).toMatchObject({
      title: "Write copy", status: "todo", priority: "high", assigneeId: member.id, requiredSkills: ["copywriting"],
      estimateHours: 6.5, dueDate: "2027-01-12", version: 1, completedAt: null,
    });
    expect(task.position).toBeGreaterThan(first.position);
    const [event] = await auditEventsFor(task.id, "task.created");
    expect(event).toMatchObject({ entityType: "task", actorId: manager.id, summary: `Created task "Write copy" in "${campaign.name}"` });
  });

  it("rejects bad input with field issues and writes nothing", async () => {
    const ctx = await ctxFor(manager);
    const campaign = await makeCampaign(ctx);
    const e = await rejectionOf(createTask(ctx, { campaignId: campaign.id, title: "", dueDate: "2027-02-30", estimateHours: -1 }));
    expect(e).toBeInstanceOf(ValidationFailed);
    expect((e as ValidationFailed).issues).toMatchObject({ title: expect.any(Array), dueDate: ["Not a real calendar date"], estimateHours: expect.any(Array) });
    const order = await rejectionOf(createTask(ctx, { campaignId: campaign.id, title: "Late", startDate: "2027-02-10", dueDate: "2027-02-01" }));
    expect((order as ValidationFailed).issues).toEqual({ dueDate: ["Due date must be on or after the start date"] });
    expect(await taskCount(campaign.id)).toBe(0);
  });

  it("requires an active, non-viewer assignee and a milestone of the same campaign", async () => {
    const ctx = await ctxFor(manager);
    const campaign = await makeCampaign(ctx);
    const viewer = await makeUser({ role: "viewer" });
    const gone = await makeUser({ role: "member", deactivated: true });
    expect(await rejectionOf(createTask(ctx, { campaignId: campaign.id, title: "A", assigneeId: viewer.id }))).toMatchObject({ message: "Viewers cannot be assigned tasks." });
    expect(await rejectionOf(createTask(ctx, { campaignId: campaign.id, title: "A", assigneeId: gone.id }))).toBeInstanceOf(ValidationFailed);
    expect(await rejectionOf(createTask(ctx, { campaignId: campaign.id, title: "A", milestoneId: crypto.randomUUID() }))).toBeInstanceOf(ValidationFailed);
    expect(await rejectionOf(createTask(ctx, { campaignId: crypto.randomUUID(), title: "A" }))).toBeInstanceOf(NotFound);
    expect(await taskCount(campaign.id)).toBe(0);
  });
});

describe("updateTask", () => {
  it("updates the given fields, bumps the version and audits what changed", async () => {
    const ctx = await ctxFor(manager);
    const task = await makeTask(ctx, (await makeCampaign(ctx)).id, { title: "Design" });
    const updated = await updateTask(ctx, { id: task.id, version: 1, dueDate: "2027-01-20", priority: "critical" });
    expect(updated).toMatchObject({ dueDate: "2027-01-20", priority: "critical", version: 2, title: "Design" });
    const [event] = await auditEventsFor(task.id, "task.updated");
    expect(event!.summary).toBe('Updated priority, due date of "Design"');
    // nothing to change: no new version, no audit row
    expect((await updateTask(ctx, { id: task.id, version: 2, priority: "critical" })).version).toBe(2);
    expect(await auditEventsFor(task.id, "task.updated")).toHaveLength(1);
  });

  it("rejects a stale version with a conflict naming who changed which fields", async () => {
    const ctx = await ctxFor(manager);
    const task = await makeTask(ctx, (await makeCampaign(ctx)).id, { title: "Design" });
    await updateTask(ctx, { id: task.id, version: 1, estimateHours: 4 });
    await setTaskStatus(ctx, { id: task.id, status: "in_progress" });
    const e = await rejectionOf(updateTask(ctx, { id: task.id, version: 1, title: "Lost edit" }));
    expect(e).toBeInstanceOf(Conflict);
    expect(e.message).toContain(`"Design" was changed by ${manager.name}`);
    expect(e.message).toContain("changed: estimate, status");
    expect((e as Conflict).details).toMatchObject({ currentVersion: 3 });
    const [row] = await (await getDb()).select().from(tasks).where(eq(tasks.id, task.id));
    expect(row!.title).toBe("Design");
  });

  it("checks the start date against the stored due date", async () => {
    const ctx = await ctxFor(manager);
    const task = await makeTask(ctx, (await makeCampaign(ctx)).id, { dueDate: "2027-01-10" });
    expect(await rejectionOf(updateTask(ctx, { id: task.id, version: 1, startDate: "2027-01-11" }))).toBeInstanceOf(ValidationFailed);
  });
});

describe("setTaskStatus", () => {
  it("records completion when done and clears it on reopen", async () => {
    const ctx = await ctxFor(manager);
    const task = await makeTask(ctx, (await makeCampaign(ctx)).id, { title: "QA" });
    await setTaskStatus(ctx, { id: task.id, status: "in_progress" });
    const done = await setTaskStatus(ctx, { id: task.id, status: "done" });
    expect(done.completedAt).not.toBeNull();
    const reopened = await setTaskStatus(ctx, { id: task.id, status: "in_progress" });
    expect(reopened).toMatchObject({ status: "in_progress", completedAt: null, version: 4 });
    const events = await auditEventsFor(task.id, "task.status_changed");
    expect(events.map((e) => e.summary)).toEqual([
      'Moved "QA" from To do to In progress', 'Moved "QA" from In progress to Done', 'Moved "QA" from Done to In progress',
    ]);
  });

  it("rejects an illegal move naming both states and a start blocked by open dependencies naming them", async () => {
    const ctx = await ctxFor(manager);
    const campaign = await makeCampaign(ctx);
    const copy = await makeTask(ctx, campaign.id, { title: "Write copy" });
    const design = await makeTask(ctx, campaign.id, { title: "Design" });
    const illegal = await rejectionOf(setTaskStatus(ctx, { id: design.id, status: "done" }));
    expect(illegal).toBeInstanceOf(InvalidTransition);
    expect(illegal.message).toContain("from To do to Done");
    await addTaskDependency(ctx, { predecessorId: copy.id, successorId: design.id });
    const blocked = await rejectionOf(setTaskStatus(ctx, { id: design.id, status: "in_progress" }));
    expect(blocked).toBeInstanceOf(InvalidTransition);
    expect(blocked.message).toContain('"Write copy"');
    expect(await auditEventsFor(design.id, "task.status_changed")).toHaveLength(0);
    await setTaskStatus(ctx, { id: copy.id, status: "cancelled" });
    expect((await setTaskStatus(ctx, { id: design.id, status: "in_progress" })).status).toBe("in_progress");
  });
});

describe("listTasks and listOverdueTasks", () => {
  it("filters, sorts by due date then position, and explains each task", async () => {
    const ctx = await ctxFor(manager);
    const campaign = await makeCampaign(ctx);
    const late = await makeTask(ctx, campaign.id, { title: "Late", dueDate: "2020-01-10", assigneeId: member.id });
    const later = await makeTask(ctx, campaign.id, { title: "Later", dueDate: "2099-01-10" });
    const undated = await makeTask(ctx, campaign.id, { title: "Undated" });
    const sameDay = await makeTask(ctx, campaign.id, { title: "Same day", dueDate: "2099-01-10" });
    await addTaskDependency(ctx, { predecessorId: late.id, successorId: later.id });

    const page = await listTasks(ctx, { campaignId: campaign.id });
    expect(page.items.map((t) => t.title)).toEqual(["Late", "Later", "Same day", "Undated"]);
    expect(page).toMatchObject({ total: 4, page: 1, pageCount: 1 });
    const [first, second] = page.items;
    expect(first).toMatchObject({ overdue: true, campaign: { id: campaign.id, name: campaign.name }, assignee: { id: member.id, name: member.name } });
    expect(second).toMatchObject({ overdue: false, blockedBy: ["Late"], status: "todo", effectiveStatus: "blocked", assignee: null });

    expect((await listTasks(ctx, { campaignId: campaign.id, assigneeId: member.id })).items.map((t) => t.id)).toEqual([late.id]);
    expect((await listTasks(ctx, { campaignId: campaign.id, overdue: true })).items.map((t) => t.id)).toEqual([late.id]);
    expect((await listTasks(ctx, { campaignId: campaign.id, overdue: false })).total).toBe(3);
    expect((await listTasks(ctx, { campaignId: campaign.id, dueFrom: "2099-01-01", dueTo: "2099-12-31" })).items.map((t) => t.id)).toEqual([later.id, sameDay.id]);
    expect((await listTasks(ctx, { campaignId: campaign.id, pageSize: 1, page: 4 })).items.map((t) => t.id)).toEqual([undated.id]);

    await setTaskStatus(ctx, { id: late.id, status: "in_progress" });
    expect((await listTasks(ctx, { campaignId: campaign.id, status: ["in_progress"] })).items.map((t) => t.id)).toEqual([late.id]);
    const overdue = await listOverdueTasks(ctx, { campaignId: campaign.id });
    expect(overdue.items.map((t) => t.id)).toEqual([late.id]);
    await setTaskStatus(ctx, { id: late.id, status: "done" });
    expect((await listOverdueTasks(ctx, { campaignId: campaign.id })).total).toBe(0);
    expect((await listTasks(ctx, { campaignId: campaign.id })).items[1]).toMatchObject({ blockedBy: [], effectiveStatus: "todo" });
  });

  it("rejects bad filters as validation errors", async () => {
    const ctx = await ctxFor(member);
    expect(await rejectionOf(listTasks(ctx, { status: ["waiting" as "todo"] }))).toBeInstanceOf(ValidationFailed);
  });
});

describe("task permissions", () => {
  it("enforces the matrix: viewer, read-only token, member elsewhere, member assignee or owner, manager", async () => {
    const mgr = await ctxFor(manager);
    const owner = await makeUser({ role: "member" });
    const assignee = await makeUser({ role: "member" });
    const outsider = await makeUser({ role: "member" });
    const viewer = await makeUser({ role: "viewer" });
    const campaign = await makeCampaign(mgr, { ownerId: owner.id });
    const mine = await makeTask(mgr, campaign.id, { title: "Mine", assigneeId: assignee.id });
    const other = await makeTask(mgr, campaign.id, { title: "Other" });

    const v = await rejectionOf(createTask(await ctxFor(viewer), { campaignId: campaign.id, title: "x" }));
    expect(v).toBeInstanceOf(Forbidden);
    expect(v.message).toContain("Viewers have read-only access");
    const ro = await rejectionOf(setTaskStatus(await ctxFor(manager, { scope: "read" }), { id: mine.id, status: "in_progress" }));
    expect(ro.message).toContain("read-only");
    const out = await rejectionOf(createTask(await ctxFor(outsider), { campaignId: campaign.id, title: "x" }));
    expect(out).toBeInstanceOf(Forbidden);
    expect(await rejectionOf(updateTask(await ctxFor(outsider), { id: other.id, version: 1, title: "x" }))).toBeInstanceOf(Forbidden);

    // the assignee works on the campaign: may add tasks and move their own, not others'
    const asg = await ctxFor(assignee);
    expect((await createTask(asg, { campaignId: campaign.id, title: "Follow-up" })).title).toBe("Follow-up");
    expect((await setTaskStatus(asg, { id: mine.id, status: "in_progress" })).status).toBe("in_progress");
    expect(await rejectionOf(updateTask(asg, { id: other.id, version: 1, title: "x" }))).toBeInstanceOf(Forbidden);

    // the owner may change any task of the campaign; a manager any task anywhere
    expect((await updateTask(await ctxFor(owner), { id: other.id, version: 1, priority: "high" })).version).toBe(2);
    expect((await setTaskStatus(mgr, { id: other.id, status: "cancelled" })).status).toBe("cancelled");
    expect(await taskCount(campaign.id)).toBe(3);
  });

  it("rejects task writes on an archived campaign", async () => {
    const mgr = await ctxFor(manager);
    const campaign = await makeCampaign(mgr);
    const task = await makeTask(mgr, campaign.id);
    await transitionCampaign(mgr, { id: campaign.id, to: "cancelled" });
    await setCampaignArchived(mgr, { id: campaign.id, archived: true });
    const e = await rejectionOf(createTask(mgr, { campaignId: campaign.id, title: "Too late" }));
    expect(e).toBeInstanceOf(Conflict);
    expect(e.message).toContain("is archived");
    expect(await rejectionOf(setTaskStatus(mgr, { id: task.id, status: "in_progress" }))).toBeInstanceOf(Conflict);
    expect(await taskCount(campaign.id)).toBe(1);
  });
});
