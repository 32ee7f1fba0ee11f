import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { taskDependencies, tasks, type UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";
import type { Ctx } from "@/lib/core/context";

// The UI path: server actions are public endpoints, so they must refuse exactly what the service refuses.
let signedIn: Ctx;
vi.mock("@/lib/auth/session", () => ({ webContext: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const {
  addTaskDependencyAction, bulkUpdateTasksAction, createTaskAction, deleteTaskAction, listDependencyCandidatesAction, setTaskStatusAction, updateTaskAction,
} = await import("./actions");

let manager: UserRow;
let member: UserRow;
beforeEach(async () => {
  manager = await makeUser({ role: "manager" });
  member = await makeUser({ role: "member" });
});

async function row(id: string) {
  return (await (await getDb()).select().from(tasks).where(eq(tasks.id, id)))[0];
}

describe("task server actions", () => {
  it("refuses a member deleting a task they are only assigned to, and a member creating on a campaign they do not work on", async () => {
    const campaign = await makeCampaign(await ctxFor(manager));
    const task = await makeTask(await ctxFor(manager), campaign.id, { assigneeId: member.id });
    signedIn = await ctxFor(member);
    const refused = await deleteTaskAction({ id: task.id, version: 1 });
    expect(refused).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await row(task.id)).toBeDefined();

    const other = await makeCampaign(await ctxFor(manager));
    expect(await createTaskAction({ campaignId: other.id, title: "Forged" })).toMatchObject({ ok: false, kind: "forbidden" });
  });

  it("maps bad form input to field errors and a stale inline edit to a conflict naming who changed it", async () => {
    signedIn = await ctxFor(manager);
    const campaign = await makeCampaign(signedIn);
    const bad = await createTaskAction({ campaignId: campaign.id, title: " ", estimateHours: Number.NaN, startDate: "2027-02-10", dueDate: "2027-02-01" });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && Object.keys(bad.fieldErrors ?? {})).toEqual(expect.arrayContaining(["title", "estimateHours", "dueDate"]));

    const task = await makeTask(signedIn, campaign.id, { title: "Copy" });
    expect(await updateTaskAction({ id: task.id, version: 1, priority: "high" })).toMatchObject({ ok: true, data: { priority: "high", version: 2 } });
    const stale = await updateTaskAction({ id: task.id, version: 1, priority: "low" });
    expect(stale).toMatchObject({ ok: false, kind: "conflict" });
    expect(!stale.ok && stale.error).toContain(`changed by ${manager.name}`);
    expect(await setTaskStatusAction({ id: task.id, status: "in_progress", version: 1 })).toMatchObject({ ok: false, kind: "conflict" });
    expect((await row(task.id))!.priority).toBe("high");
  });

  it("reports bulk results per item, lists candidates, and rejects a cycle naming it", async () => {
    signedIn = await ctxFor(manager);
    const campaign = await makeCampaign(signedIn);
    const a = await makeTask(signedIn, campaign.id, { title: "A" });
    const b = await makeTask(signedIn, campaign.id, { title: "B" });
    expect(await addTaskDependencyAction({ predecessorId: a.id, successorId: b.id })).toMatchObject({ ok: true, data: { changed: true } });
    const cycle = await addTaskDependencyAction({ predecessorId: b.id, successorId: a.id });
    expect(cycle).toMatchObject({ ok: false, kind: "validation_failed" });
    expect(!cycle.ok && cycle.error).toContain("B → A → B");
    expect(await (await getDb()).select().from(taskDependencies).where(eq(taskDependencies.successorId, a.id))).toHaveLength(0);

    const bulk = await bulkUpdateTasksAction({ ids: [a.id, b.id], status: "in_progress" });
    expect(bulk.ok && bulk.data.summary.message).toBe("1 updated, 1 failed");
    expect(await listDependencyCandidatesAction(a.id)).toEqual({ ok: true, data: [] });
  });
});
