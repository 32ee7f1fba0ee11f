import { beforeAll, describe, expect, it } from "vitest";
import type { UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeTask, makeUser, rejectionOf } from "@/db/testing/factories";
import { NotFound } from "@/lib/core/errors";
import { addTaskDependency } from "./dependencies";
import { getTaskDetail, listDependencyCandidates } from "./detail";
import { setTaskStatus } from "./service";

let manager: UserRow;
let member: UserRow;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
  member = await makeUser({ role: "member" });
});

describe("getTaskDetail", () => {
  it("shows links both ways, the blockers, legal moves with the reason a start is refused, and what the reader may do", async () => {
    const mgr = await ctxFor(manager);
    const campaign = await makeCampaign(mgr);
    const copy = await makeTask(mgr, campaign.id, { title: "Write copy" });
    const design = await makeTask(mgr, campaign.id, { title: "Design", assigneeId: member.id, dueDate: "2020-02-01" });
    const review = await makeTask(mgr, campaign.id, { title: "Review" });
    await addTaskDependency(mgr, { predecessorId: copy.id, successorId: design.id });
    await addTaskDependency(mgr, { predecessorId: design.id, successorId: review.id });

    const detail = await getTaskDetail(mgr, design.id);
    expect(detail).toMatchObject({
      id: design.id, title: "Design", status: "todo", effectiveStatus: "blocked", overdue: true,
      campaign: { id: campaign.id, name: campaign.name, archived: false },
      milestone: null,
      assignee: { id: member.id, name: member.name },
      predecessors: [{ id: copy.id, title: "Write copy", status: "todo" }],
      successors: [{ id: review.id, title: "Review", status: "todo" }],
      blockedBy: ["Write copy"],
      can: { edit: true, delete: true },
    });
    expect(detail.nextStatuses.map((s) => [s.status, s.allowed])).toEqual([["in_progress", false], ["blocked", true], ["cancelled", true]]);
    expect(detail.nextStatuses[0]!.reason).toContain('still open: "Write copy"');

    // the assignee may edit but not delete; someone else may do neither
    expect((await getTaskDetail(await ctxFor(member), design.id)).can).toEqual({ edit: true, delete: false });
    expect((await getTaskDetail(await ctxFor(await makeUser()), design.id)).can).toEqual({ edit: false, delete: false });

    await setTaskStatus(mgr, { id: copy.id, status: "cancelled" });
    const freed = await getTaskDetail(mgr, design.id);
    expect(freed).toMatchObject({ effectiveStatus: "todo", blockedBy: [] });
    expect(freed.nextStatuses.every((s) => s.allowed)).toBe(true);
  });

  it("says not found for an unknown or malformed id", async () => {
    const ctx = await ctxFor(manager);
    expect(await rejectionOf(getTaskDetail(ctx, crypto.randomUUID()))).toBeInstanceOf(NotFound);
    expect(await rejectionOf(getTaskDetail(ctx, "nope"))).toMatchObject({ kind: "validation_failed" });
  });
});

describe("listDependencyCandidates", () => {
  it("offers tasks of the same campaign, not itself nor tasks already linked that way, filtered by title", async () => {
    const ctx = await ctxFor(manager);
    const campaign = await makeCampaign(ctx);
    const a = await makeTask(ctx, campaign.id, { title: "A task" });
    const b = await makeTask(ctx, campaign.id, { title: "B task" });
    const c = await makeTask(ctx, campaign.id, { title: "C task" });
    const d = await makeTask(ctx, campaign.id, { title: "D 100%" });
    await makeTask(ctx, (await makeCampaign(ctx)).id, { title: "Elsewhere" });
    await addTaskDependency(ctx, { predecessorId: a.id, successorId: b.id });
    await addTaskDependency(ctx, { predecessorId: b.id, successorId: c.id });

    expect((await listDependencyCandidates(ctx, b.id)).map((t) => t.title)).toEqual(["D 100%"]);
    expect((await listDependencyCandidates(ctx, a.id)).map((t) => t.title)).toEqual(["C task", "D 100%"]);
    expect((await listDependencyCandidates(ctx, a.id, "c TA")).map((t) => t.id)).toEqual([c.id]);
    // by direction: B may still be offered as what A waits for (adding it is refused as a cycle)
    expect((await listDependencyCandidates(ctx, a.id, undefined, "waits_for")).map((t) => t.title)).toEqual(["B task", "C task", "D 100%"]);
    expect((await listDependencyCandidates(ctx, a.id, undefined, "blocks")).map((t) => t.title)).toEqual(["C task", "D 100%"]);
    expect((await listDependencyCandidates(ctx, b.id, undefined, "blocks")).map((t) => t.title)).toEqual(["A task", "D 100%"]);
    expect((await listDependencyCandidates(ctx, a.id, "%")).map((t) => t.id)).toEqual([d.id]);
  });
});
