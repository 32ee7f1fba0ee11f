import { beforeAll, describe, expect, it, vi } from "vitest";
import type { UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";
import type { Ctx } from "@/lib/core/context";

let signedIn: Ctx;
vi.mock("@/lib/auth/session", () => ({ webContext: async () => signedIn }));

const { moveTaskAction } = await import("./actions");

let manager: UserRow;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
});

describe("moveTaskAction", () => {
  it("returns the moved card, or the reason a move was refused", async () => {
    signedIn = await ctxFor(manager);
    const campaign = await makeCampaign(signedIn, { generateTimeline: false });
    const task = await makeTask(signedIn, campaign.id, { title: "Draft" });
    expect(await moveTaskAction({ id: task.id, version: 1, toStatus: "in_progress" })).toMatchObject({ ok: true, data: { status: "in_progress", version: 2 } });
    expect(await moveTaskAction({ id: task.id, version: 1, toStatus: "done" })).toMatchObject({ ok: false, kind: "conflict" });
    signedIn = await ctxFor(await makeUser({ role: "viewer" }));
    const refused = await moveTaskAction({ id: task.id, version: 2, toStatus: "done" });
    expect(refused).toMatchObject({ ok: false, kind: "forbidden" });
  });
});
