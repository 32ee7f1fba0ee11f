import { eq, or } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { taskDependencies, tasks, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeCampaign, makeTask, makeUser, rejectionOf } from "@/db/testing/factories";
import { setCampaignArchived, transitionCampaign } from "@/lib/campaigns/service";
import { Conflict, Forbidden, NotFound } from "@/lib/core/errors";
import { deleteTask } from "./delete";
import { addTaskDependency } from "./dependencies";
import { updateTask } from "./service";

let manager: UserRow;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
});

async function exists(id: string) {
  return (await (await getDb()).select({ id: tasks.id }).from(tasks).where(eq(tasks.id, id))).length > 0;
}

describe("deleteTask", () => {
  it("deletes the task with its dependencies and audits what it was", async () => {
    const ctx = await ctxFor(manager);
    const campaign = await makeCampaign(ctx);
    const a = await makeTask(ctx, campaign.id, { title: "A" });
    const b = await makeTask(ctx, campaign.id, { title: "B" });
    const c = await makeTask(ctx, campaign.id, { title: "C" });
    await addTaskDependency(ctx, { predecessorId: a.id, successorId: b.id });
    await addTaskDependency(ctx, { predecessorId: b.id, successorId: c.id });

    expect(await deleteTask(ctx, { id: b.id, version: b.version })).toEqual({ id: b.id, title: "B", campaignId: campaign.id, removedDependencies: 2 });
    expect(await exists(b.id)).toBe(false);
    const left = await (await getDb()).select().from(taskDependencies)
      .where(or(eq(taskDependencies.predecessorId, b.id), eq(taskDependencies.successorId, b.id)));
    expect(left).toHaveLength(0);
    const [event] = await auditEventsFor(b.id, "task.deleted");
    expect(event).toMatchObject({ actorId: manager.id, summary: `Deleted task "B" from "${campaign.name}" and its 2 dependencies`, before: { title: "B" } });
    expect(await rejectionOf(deleteTask(ctx, { id: b.id, version: b.version }))).toBeInstanceOf(NotFound);
  });

  it("refuses a stale version, naming who changed what, and keeps the task", async () => {
    const ctx = await ctxFor(manager);
    const task = await makeTask(ctx, (await makeCampaign(ctx)).id, { title: "Copy" });
    await updateTask(ctx, { id: task.id, version: 1, priority: "high" });
    const e = await rejectionOf(deleteTask(ctx, { id: task.id, version: 1 }));
    expect(e).toBeInstanceOf(Conflict);
    expect(e.message).toContain(`changed by ${manager.name}`);
    expect(e.message).toContain("priority");
    expect(await exists(task.id)).toBe(true);
  });

  it("lets the campaign owner delete, but not an assignee, a viewer or a read-only token", async () => {
    const mgr = await ctxFor(manager);
    const owner = await makeUser({ role: "member" });
    const assignee = await makeUser({ role: "member" });
    const campaign = await makeCampaign(mgr, { ownerId: owner.id });
    const task = await makeTask(mgr, campaign.id, { title: "Mine", assigneeId: assignee.id });

    const refused = await rejectionOf(deleteTask(await ctxFor(assignee), { id: task.id, version: 1 }));
    expect(refused).toBeInstanceOf(Forbidden);
    expect(refused.message).toContain("Only the campaign's owner, managers and admins can delete tasks");
    expect(await rejectionOf(deleteTask(await ctxFor(await makeUser({ role: "viewer" })), { id: task.id, version: 1 }))).toBeInstanceOf(Forbidden);
    expect(await rejectionOf(deleteTask(await ctxFor(manager, { scope: "read" }), { id: task.id, version: 1 }))).toBeInstanceOf(Forbidden);
    expect(await exists(task.id)).toBe(true);

    await deleteTask(await ctxFor(owner), { id: task.id, version: 1 });
    expect(await exists(task.id)).toBe(false);
  });

  it("refuses deleting a task of an archived campaign", async () => {
    const ctx = await ctxFor(manager);
    const campaign = await makeCampaign(ctx);
    const task = await makeTask(ctx, campaign.id);
    await transitionCampaign(ctx, { id: campaign.id, to: "cancelled" });
    await setCampaignArchived(ctx, { id: campaign.id, archived: true });
    expect(await rejectionOf(deleteTask(ctx, { id: task.id, version: 1 }))).toBeInstanceOf(Conflict);
    expect(await exists(task.id)).toBe(true);
  });
});
