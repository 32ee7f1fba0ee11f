import { beforeAll, describe, expect, it, vi } from "vitest";
import type { UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";
import type { Ctx } from "@/lib/core/context";

// The task page's Time section: actions are public endpoints and map service errors for the form.
let signedIn: Ctx;
vi.mock("@/lib/auth/session", () => ({ webContext: async () => signedIn }));
const revalidatePath = vi.fn();
vi.mock("next/cache", () => ({ revalidatePath }));

const { logTimeAction, startTimerAction, stopTimerAction, updateEntryAction } = await import("./time-actions");

let manager: UserRow;
let member: UserRow;
beforeAll(async () => {
  [manager, member] = await Promise.all([makeUser({ role: "manager" }), makeUser()]);
});

describe("time server actions", () => {
  it("logs time, refreshes the task page and returns field errors for a bad entry", async () => {
    const campaign = await makeCampaign(await ctxFor(manager), { generateTimeline: false });
    const task = await makeTask(await ctxFor(manager), campaign.id, { assigneeId: member.id });
    signedIn = await ctxFor(member);
    const ok = await logTimeAction({ taskId: task.id, hours: 2 });
    expect(ok).toMatchObject({ ok: true, data: { hours: 2, version: 1 } });
    expect(revalidatePath).toHaveBeenCalledWith(`/tasks/${task.id}`);
    const bad = await logTimeAction({ taskId: task.id, hours: 30, workDate: "2026-02-30" });
    expect(bad).toMatchObject({ ok: false, kind: "validation_failed", fieldErrors: { hours: ["Hours are at most 24 for one day"], workDate: ["Not a real calendar date"] } });
    const stale = await updateEntryAction({ id: ok.ok ? ok.data.id : "", version: 7, hours: 1 });
    expect(stale).toMatchObject({ ok: false, kind: "conflict" });
  });

  it("refuses a member's timer on a task that is not theirs, and stops their own", async () => {
    const campaign = await makeCampaign(await ctxFor(manager), { generateTimeline: false });
    const theirs = await makeTask(await ctxFor(manager), campaign.id);
    const mine = await makeTask(await ctxFor(manager), campaign.id, { assigneeId: member.id });
    signedIn = await ctxFor(member);
    expect(await startTimerAction({ taskId: theirs.id })).toMatchObject({ ok: false, kind: "forbidden" });
    const started = await startTimerAction({ taskId: mine.id });
    expect(started).toMatchObject({ ok: true, data: { running: true } });
    expect(await stopTimerAction({ entryId: started.ok ? started.data.id : "" })).toMatchObject({ ok: true, data: { running: false, hours: 0.01 } });
  });
});
