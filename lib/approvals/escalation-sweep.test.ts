import { InngestTestEngine } from "@inngest/test";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { approvalEscalations, approvalRequests, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";
import type { Ctx } from "@/lib/core/context";
import { getCampaign } from "@/lib/campaigns/service";
import { approvalEscalationSweep } from "@/inngest/functions/approval-escalation";
import { runEscalationSweep } from "./escalation-sweep";
import { submitForApproval } from "./service";
import { getApprovalSettings, updateApprovalSettings } from "./settings";

let manager: Ctx, owner: Ctx, admin: Ctx;
let ownerUser: UserRow;

beforeAll(async () => {
  ownerUser = await makeUser({ role: "member" });
  owner = await ctxFor(ownerUser);
  manager = await ctxFor(await makeUser({ role: "manager", name: "Cora Content", approverStages: ["content"] }));
  admin = await ctxFor(await makeUser({ role: "admin", name: "Ada Admin" }));
  // a calendar that is always working time keeps the arithmetic in wall-clock hours
  const s = await getApprovalSettings(admin);
  await updateApprovalSettings(admin, {
    version: s.version,
    config: { ...s.config, escalationIntervalHours: 8, businessHours: { timezone: "UTC", workdays: [0, 1, 2, 3, 4, 5, 6], startMinute: 0, endMinute: 1440 } },
  });
});

/** A submitted campaign whose content request opened `hoursAgo` with the given deadline. */
async function overdueRequest(deadlineHoursAgo: number) {
  const c = await makeCampaign(manager, { ownerId: ownerUser.id, priority: "critical" });
  await makeTask(manager, c.id);
  await submitForApproval(owner, { campaignId: c.id });
  const db = await getDb();
  const deadline = new Date(Date.now() - deadlineHoursAgo * 3_600_000);
  const [req] = await db.update(approvalRequests).set({ deadline }).where(and(eq(approvalRequests.campaignId, c.id), eq(approvalRequests.status, "open"))).returning();
  return { campaign: c, request: req! };
}

async function stepsOf(requestId: string) {
  const db = await getDb();
  return (await db.select().from(approvalEscalations).where(eq(approvalEscalations.requestId, requestId))).map((e) => e.step).sort();
}

describe("escalation sweep (the service)", () => {
  it("reminds approvers once past the deadline, escalates once past the interval, and records each step once", async () => {
    const { campaign, request } = await overdueRequest(2);
    const now = new Date();
    await runEscalationSweep(await getDb(), now);
    expect(await stepsOf(request.id)).toEqual(["remind"]);
    const [remind] = await getDb().then((db) => db.select().from(approvalEscalations).where(eq(approvalEscalations.requestId, request.id)));
    expect(remind!.recipients.map((r) => r.name)).toContain("Cora Content");
    // the same moment again: nothing new
    await runEscalationSweep(await getDb(), now);
    expect(await stepsOf(request.id)).toEqual(["remind"]);
    // 7 more hours: past deadline + 8 h
    await runEscalationSweep(await getDb(), new Date(now.getTime() + 7 * 3_600_000));
    expect(await stepsOf(request.id)).toEqual(["escalate", "remind"]);
    const escalation = (await auditEventsFor(campaign.id, "approval.escalated"))[0]!;
    expect(escalation.summary).toMatch(/Content approval escalated to .*Ada Admin/);
    expect(await auditEventsFor(campaign.id, "approval.reminded")).toHaveLength(1);
    // risk reports the escalated approval as high
    const risk = (await getCampaign(owner, { id: campaign.id })).risk.factors.find((f) => f.key === "approvals")!;
    expect(risk.level).toBe("high");
    expect(risk.detail).toMatch(/Content .*escalated/);
  });

  it("two sweeps at the same moment escalate once", async () => {
    const { campaign, request } = await overdueRequest(20);
    const now = new Date();
    const db = await getDb();
    const [a, b] = await Promise.all([runEscalationSweep(db, now), runEscalationSweep(db, now)]);
    expect(await stepsOf(request.id)).toEqual(["escalate", "remind"]);
    expect(await auditEventsFor(campaign.id, "approval.escalated")).toHaveLength(1);
    expect(a.escalated + b.escalated).toBeGreaterThanOrEqual(1);
  });

  it("leaves requests inside their deadline alone", async () => {
    const { request } = await overdueRequest(-3);
    await runEscalationSweep(await getDb(), new Date());
    expect(await stepsOf(request.id)).toEqual([]);
  });
});

describe("escalation sweep (the Inngest cron function)", () => {
  it("runs the sweep in a step; running it twice escalates once", async () => {
    const { campaign, request } = await overdueRequest(30);
    const t = new InngestTestEngine({ function: approvalEscalationSweep });
    const first = await t.execute();
    expect(first.error).toBeUndefined();
    expect(first.result).toMatchObject({ checked: expect.any(Number) });
    const second = await new InngestTestEngine({ function: approvalEscalationSweep }).execute();
    expect(second.error).toBeUndefined();
    expect(await stepsOf(request.id)).toEqual(["escalate", "remind"]);
    expect(await auditEventsFor(campaign.id, "approval.escalated")).toHaveLength(1);
  });
});
