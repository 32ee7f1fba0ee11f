import { beforeAll, describe, expect, it } from "vitest";
import { type UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";
import type { Ctx } from "@/lib/core/context";
import { listApprovalQueue } from "./queue";
import { decideApproval, submitForApproval } from "./service";

let manager: Ctx, owner: Ctx, content: Ctx, compliance: Ctx, member: Ctx;
let ownerUser: UserRow;
const ids: string[] = [];

beforeAll(async () => {
  ownerUser = await makeUser({ role: "member" });
  owner = await ctxFor(ownerUser);
  manager = await ctxFor(await makeUser({ role: "manager" }));
  content = await ctxFor(await makeUser({ role: "member", approverStages: ["content"] }));
  compliance = await ctxFor(await makeUser({ role: "manager", approverStages: ["compliance"] }));
  member = await ctxFor(await makeUser({ role: "member" }));
  for (const priority of ["low", "critical", "medium"] as const) {
    const c = await makeCampaign(manager, { ownerId: ownerUser.id, priority, name: `Queue ${priority}` });
    await makeTask(manager, c.id);
    await submitForApproval(owner, { campaignId: c.id });
    ids.push(c.id);
  }
});

describe("the approval queue", () => {
  it("shows an approver the open requests of their stages, soonest deadline first, with readiness", async () => {
    const q = await listApprovalQueue(content, { tab: "mine" });
    const mine = q.items.filter((i) => ids.includes(i.campaign.id));
    expect(mine.map((i) => i.campaign.name)).toEqual(["Queue critical", "Queue medium", "Queue low"]);
    expect(mine.every((i) => i.stage === "content" && i.canDecide && i.deadline)).toBe(true);
    expect(mine[0]!.campaign.readiness).toBeGreaterThan(0);
    expect(q.canSeeAll).toBe(false);
  });

  it("lets managers see every open request, but only decide their own stages", async () => {
    const all = await listApprovalQueue(compliance, { tab: "all" });
    const item = all.items.find((i) => i.campaign.id === ids[0])!;
    expect(item.canDecide).toBe(false);
    expect(item.cannotDecideReason).toMatch(/content approvers/);
    expect(all.counts.all).toBeGreaterThanOrEqual(3);
    expect((await listApprovalQueue(compliance, { tab: "mine" })).items.filter((i) => ids.includes(i.campaign.id))).toEqual([]);
  });

  it("gives a member without approver stages an empty queue, and no other tabs' requests", async () => {
    const q = await listApprovalQueue(member, { tab: "all" });
    expect(q.items).toEqual([]);
    expect(q.counts).toMatchObject({ mine: 0, all: 0, overdue: 0 });
  });

  it("moves what I decided to the decided tab, with my comment", async () => {
    const q = await listApprovalQueue(content, { tab: "mine" });
    const item = q.items.find((i) => i.campaign.id === ids[2])!;
    await decideApproval(content, { requestId: item.requestId, decision: "request_changes", comment: "Sharper subject line" });
    const after = await listApprovalQueue(content, { tab: "mine" });
    expect(after.items.some((i) => i.requestId === item.requestId)).toBe(false);
    const decided = await listApprovalQueue(content, { tab: "decided" });
    expect(decided.items[0]).toMatchObject({ requestId: item.requestId, myDecision: { decision: "request_changes", comment: "Sharper subject line" } });
    expect(decided.counts.decided).toBe(1);
  });

  it("refuses a bad tab or page size", async () => {
    await expect(listApprovalQueue(content, { tab: "everything" as never })).rejects.toThrow(/tab/);
    await expect(listApprovalQueue(content, { pageSize: 1000 })).rejects.toThrow(/pageSize/);
  });
});
