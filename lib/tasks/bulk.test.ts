import { inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { tasks, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeCampaign, makeTask, makeUser, rejectionOf } from "@/db/testing/factories";
import { ValidationFailed } from "@/lib/core/errors";
import { bulkUpdateTasks } from "./bulk";
import { addTaskDependency } from "./dependencies";
import { setTaskStatus } from "./service";

let manager: UserRow;
let member: UserRow;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
  member = await makeUser({ role: "member" });
});

async function rows(ids: string[]) {
  const found = await (await getDb()).select().from(tasks).where(inArray(tasks.id, ids));
  return Object.fromEntries(found.map((r) => [r.id, r]));
}

describe("bulkUpdateTasks", () => {
  it("applies each task on its own and reports allowed, blocked, illegal and forbidden items", async () => {
    const mgr = await ctxFor(manager);
    const mine = await makeCampaign(mgr, { ownerId: member.id });
    const other = await makeCampaign(mgr);
    const ok1 = await makeTask(mgr, mine.id, { title: "Free one" });
    const ok2 = await makeTask(mgr, mine.id, { title: "Free two" });
    const blocked = await makeTask(mgr, mine.id, { title: "Waiting" });
    await addTaskDependency(mgr, { predecessorId: ok1.id, successorId: blocked.id });
    const done = await makeTask(mgr, mine.id, { title: "Finished" });
    await setTaskStatus(mgr, { id: done.id, status: "in_progress" });
    await setTaskStatus(mgr, { id: done.id, status: "done" });
    const foreign = await makeTask(mgr, other.id, { title: "Not mine" });
    const missing = crypto.randomUUID();

    // the owner (a member) moves everything to In progress
    const result = await bulkUpdateTasks(await ctxFor(member), { ids: [ok1.id, ok2.id, blocked.id, done.id, foreign.id, missing], status: "in_progress" });
    expect(result.results.map((r) => [r.title, r.ok])).toEqual([
      ["Free one", true], ["Free two", true], ["Waiting", false], ["Finished", true], ["Not mine", false], ["Unknown task", false],
    ]);
    const byTitle = Object.fromEntries(result.results.map((r) => [r.title, r]));
    expect(byTitle.Waiting!.error).toContain('"Free one"');
    expect(byTitle["Not mine"]!.error).toContain("You can only change tasks assigned to you");
    expect(byTitle["Unknown task"]!.error).toBe("That task was not found.");
    expect(result.summary).toEqual({ total: 6, updated: 3, unchanged: 0, failed: 3, message: "3 updated, 3 failed" });

    const after = await rows([ok1.id, ok2.id, blocked.id, done.id, foreign.id]);
    expect([ok1, ok2, blocked, done, foreign].map((t) => after[t.id]!.status)).toEqual(["in_progress", "in_progress", "todo", "in_progress", "todo"]);
    expect(after[done.id]!.completedAt).toBeNull();
    const [event] = await auditEventsFor(ok2.id, "task.status_changed");
    expect(event!.summary).toBe('Bulk edit: "Free two" moved from To do to In progress');
  });

  it("assigns and unassigns, skips tasks already as asked, and refuses a viewer assignee on every item", async () => {
    const mgr = await ctxFor(manager);
    const campaign = await makeCampaign(mgr);
    const a = await makeTask(mgr, campaign.id, { title: "A" });
    const b = await makeTask(mgr, campaign.id, { title: "B", assigneeId: member.id });

    const assigned = await bulkUpdateTasks(mgr, { ids: [a.id, b.id, a.id], assigneeId: member.id });
    expect(assigned.results.map((r) => [r.title, r.ok, r.changed])).toEqual([["A", true, true], ["B", true, false]]);
    expect(assigned.summary.message).toBe("1 updated, 1 already as asked");
    expect((await rows([a.id]))[a.id]!.assigneeId).toBe(member.id);

    const viewer = await makeUser({ role: "viewer" });
    const refused = await bulkUpdateTasks(mgr, { ids: [a.id, b.id], assigneeId: viewer.id });
    expect(refused.results.every((r) => !r.ok && r.error === "Viewers cannot be assigned tasks.")).toBe(true);

    const unassigned = await bulkUpdateTasks(mgr, { ids: [a.id, b.id], assigneeId: null, status: "blocked" });
    expect(unassigned.summary).toMatchObject({ updated: 2, failed: 0 });
    const after = await rows([a.id, b.id]);
    expect([after[a.id], after[b.id]].map((r) => [r!.assigneeId, r!.status, r!.version])).toEqual([[null, "blocked", 3], [null, "blocked", 2]]);
  });

  it("rejects bad input as a whole: no change asked, too many ids, a malformed id", async () => {
    const ctx = await ctxFor(manager);
    const id = crypto.randomUUID();
    expect(await rejectionOf(bulkUpdateTasks(ctx, { ids: [id] }))).toBeInstanceOf(ValidationFailed);
    expect(await rejectionOf(bulkUpdateTasks(ctx, { ids: Array.from({ length: 201 }, () => crypto.randomUUID()), status: "done" }))).toMatchObject({ issues: { ids: ["At most 200 tasks at a time"] } });
    expect(await rejectionOf(bulkUpdateTasks(ctx, { ids: ["nope"], status: "done" }))).toBeInstanceOf(ValidationFailed);
  });
});
