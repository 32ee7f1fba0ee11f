import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { taskDependencies, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeCampaign, makeTask, makeUser, rejectionOf } from "@/db/testing/factories";
import { Forbidden, NotFound, ValidationFailed } from "@/lib/core/errors";
import { addTaskDependency, removeTaskDependency } from "./dependencies";

let manager: UserRow;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
});

async function edgesOf(taskIds: string[]) {
  return (await getDb())
    .select({ from: taskDependencies.predecessorId, to: taskDependencies.successorId })
    .from(taskDependencies)
    .where(inArray(taskDependencies.successorId, taskIds));
}

async function chain() {
  const ctx = await ctxFor(manager);
  const campaign = await makeCampaign(ctx);
  const copy = await makeTask(ctx, campaign.id, { title: "Write copy" });
  const design = await makeTask(ctx, campaign.id, { title: "Design" });
  const review = await makeTask(ctx, campaign.id, { title: "Review" });
  return { ctx, campaign, copy, design, review, ids: [copy.id, design.id, review.id] };
}

describe("addTaskDependency", () => {
  it("adds a dependency once, audits it on the successor, and treats a duplicate as a no-op", async () => {
    const { ctx, copy, design } = await chain();
    const added = await addTaskDependency(ctx, { predecessorId: copy.id, successorId: design.id });
    expect(added).toEqual({ predecessor: { id: copy.id, title: "Write copy" }, successor: { id: design.id, title: "Design" }, changed: true });
    expect((await addTaskDependency(ctx, { predecessorId: copy.id, successorId: design.id })).changed).toBe(false);
    expect(await edgesOf([design.id])).toEqual([{ from: copy.id, to: design.id }]);
    const events = await auditEventsFor(design.id, "task.dependency_added");
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe('"Design" now waits for "Write copy"');
  });

  it("rejects a two-task cycle naming it by title, writing nothing", async () => {
    const { ctx, copy, design, ids } = await chain();
    await addTaskDependency(ctx, { predecessorId: copy.id, successorId: design.id });
    const e = await rejectionOf(addTaskDependency(ctx, { predecessorId: design.id, successorId: copy.id }));
    expect(e).toBeInstanceOf(ValidationFailed);
    expect(e.message).toContain("Design → Write copy → Design");
    expect(await edgesOf(ids)).toHaveLength(1);
    expect(await auditEventsFor(copy.id, "task.dependency_added")).toHaveLength(0);
  });

  it("rejects a longer cycle listing every task on it", async () => {
    const { ctx, copy, design, review, ids } = await chain();
    await addTaskDependency(ctx, { predecessorId: copy.id, successorId: design.id });
    await addTaskDependency(ctx, { predecessorId: design.id, successorId: review.id });
    const e = await rejectionOf(addTaskDependency(ctx, { predecessorId: review.id, successorId: copy.id }));
    expect(e).toBeInstanceOf(ValidationFailed);
    expect(e.message).toContain("Review → Write copy → Design → Review");
    expect((e as ValidationFailed).issues.predecessorId![0]).toContain("Would create a cycle");
    expect(await edgesOf(ids)).toHaveLength(2);
  });

  it("rejects a self-dependency and a dependency across campaigns", async () => {
    const { ctx, copy, ids } = await chain();
    const self = await rejectionOf(addTaskDependency(ctx, { predecessorId: copy.id, successorId: copy.id }));
    expect(self).toBeInstanceOf(ValidationFailed);
    expect(self.message).toBe("A task cannot depend on itself.");
    const elsewhere = await makeTask(ctx, (await makeCampaign(ctx)).id, { title: "Elsewhere" });
    const cross = await rejectionOf(addTaskDependency(ctx, { predecessorId: elsewhere.id, successorId: copy.id }));
    expect(cross).toBeInstanceOf(ValidationFailed);
    expect(cross.message).toContain("different campaigns");
    expect(await edgesOf([...ids, elsewhere.id])).toHaveLength(0);
  });

  it("rejects unknown tasks and malformed ids", async () => {
    const { ctx, copy } = await chain();
    expect(await rejectionOf(addTaskDependency(ctx, { predecessorId: crypto.randomUUID(), successorId: copy.id }))).toBeInstanceOf(NotFound);
    expect(await rejectionOf(addTaskDependency(ctx, { predecessorId: "nope", successorId: copy.id }))).toBeInstanceOf(ValidationFailed);
  });

  it("lets only people who may change the successor add dependencies", async () => {
    const { copy, design, ids } = await chain();
    const outsider = await makeUser({ role: "member" });
    const viewer = await makeUser({ role: "viewer" });
    expect(await rejectionOf(addTaskDependency(await ctxFor(outsider), { predecessorId: copy.id, successorId: design.id }))).toBeInstanceOf(Forbidden);
    expect(await rejectionOf(addTaskDependency(await ctxFor(viewer), { predecessorId: copy.id, successorId: design.id }))).toBeInstanceOf(Forbidden);
    const ro = await rejectionOf(addTaskDependency(await ctxFor(manager, { scope: "read" }), { predecessorId: copy.id, successorId: design.id }));
    expect(ro.message).toContain("read-only");
    expect(await edgesOf(ids)).toHaveLength(0);
  });
});

describe("removeTaskDependency", () => {
  it("removes an existing dependency with an audit row; removing a missing one changes nothing", async () => {
    const { ctx, copy, design } = await chain();
    await addTaskDependency(ctx, { predecessorId: copy.id, successorId: design.id });
    expect((await removeTaskDependency(ctx, { predecessorId: copy.id, successorId: design.id })).changed).toBe(true);
    expect(await (await getDb()).select().from(taskDependencies).where(eq(taskDependencies.successorId, design.id))).toHaveLength(0);
    expect((await removeTaskDependency(ctx, { predecessorId: copy.id, successorId: design.id })).changed).toBe(false);
    const events = await auditEventsFor(design.id, "task.dependency_removed");
    expect(events.map((e) => e.summary)).toEqual(['"Design" no longer waits for "Write copy"']);
  });
});
