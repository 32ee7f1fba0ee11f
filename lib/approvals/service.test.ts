import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { approvalDecisions, approvalRequests, campaigns, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeCampaign, makeTask, makeUser, rejectionOf } from "@/db/testing/factories";
import { getCampaign, transitionCampaign, updateCampaign } from "@/lib/campaigns/service";
import type { Ctx } from "@/lib/core/context";
import { Conflict, Forbidden, InvalidTransition, NotFound, ValidationFailed } from "@/lib/core/errors";
import { addApprovalComment, bulkApprove, decideApproval, submitForApproval } from "./service";
import { updateApprovalSettings, getApprovalSettings } from "./settings";
import { getApprovalWorkflow } from "./workflow-view";

let manager: Ctx, owner: Ctx, content: Ctx, compliance: Ctx, executive: Ctx, final: Ctx, final2: Ctx, viewer: Ctx, admin: Ctx;
let ownerUser: UserRow;

beforeAll(async () => {
  ownerUser = await makeUser({ role: "member", name: "Sam Owner" });
  [manager, owner, content, compliance, executive, final, final2, viewer, admin] = await Promise.all([
    makeUser({ role: "manager" }).then((u) => ctxFor(u)),
    ctxFor(ownerUser),
    makeUser({ role: "manager", name: "Cora Content", approverStages: ["content"] }).then((u) => ctxFor(u)),
    makeUser({ role: "manager", name: "Priya Compliance", approverStages: ["compliance"] }).then((u) => ctxFor(u)),
    makeUser({ role: "manager", name: "Omar Exec", approverStages: ["executive"] }).then((u) => ctxFor(u)),
    makeUser({ role: "manager", name: "Fay Final", approverStages: ["final"] }).then((u) => ctxFor(u)),
    makeUser({ role: "member", name: "Finn Final", approverStages: ["final"] }).then((u) => ctxFor(u)),
    makeUser({ role: "viewer", approverStages: ["content"] }).then((u) => ctxFor(u)),
    makeUser({ role: "admin" }).then((u) => ctxFor(u)),
  ]);
});

/** A campaign owned by the member, with one task, ready to submit. */
async function ready(overrides: Parameters<typeof makeCampaign>[1] = {}) {
  const c = await makeCampaign(manager, { ownerId: ownerUser.id, ...overrides });
  await makeTask(manager, c.id, { title: "Write the copy" });
  return c;
}

async function openRequest(campaignId: string) {
  const wf = await getApprovalWorkflow(manager, { campaignId });
  const open = wf.stages.find((s) => s.status === "open");
  return { wf, open };
}

async function statusOf(id: string) {
  const [row] = await (await getDb()).select({ status: campaigns.status }).from(campaigns).where(eq(campaigns.id, id));
  return row!.status;
}

describe("submitting creates the workflow from the stage plan", () => {
  it("an email campaign under the budget threshold goes content → final, executive and compliance skipped with reasons", async () => {
    const c = await ready();
    const out = await submitForApproval(owner, { campaignId: c.id });
    expect(out.campaignStatus).toBe("in_review");
    expect(out.message).toContain("The Content stage is open");
    const { wf, open } = await openRequest(c.id);
    expect(wf.stages.map((s) => [s.stage, s.status])).toEqual([["content", "open"], ["final", "waiting"]]);
    expect(wf.skipped.map((s) => s.stage)).toEqual(["compliance", "executive"]);
    expect(wf.skipped.find((s) => s.stage === "executive")!.reason).toMatch(/below \$50,000/);
    expect(open!.deadline).not.toBeNull();
    expect(open!.approvers.map((a) => a.name)).toContain("Cora Content");
  });

  it("paid ads with a big budget need all four stages; the last approval moves the campaign to approved", async () => {
    const c = await ready({ type: "paid_ads", channels: ["paid_social"], budget: { amountCents: 8_000_000, currency: "USD" } });
    await transitionCampaign(owner, { id: c.id, to: "in_review" });
    for (const [ctx, stage] of [[content, "content"], [compliance, "compliance"], [executive, "executive"], [final, "final"]] as const) {
      const { open } = await openRequest(c.id);
      expect(open!.stage).toBe(stage);
      await decideApproval(ctx, { requestId: open!.requestId, decision: "approve" });
    }
    expect(await statusOf(c.id)).toBe("approved");
    const detail = await getCampaign(owner, { id: c.id });
    expect(detail.readiness.components.find((x) => x.key === "approvals")).toMatchObject({ ratio: 1 });
    expect((await auditEventsFor(c.id, "campaign.transitioned")).at(-1)!.summary).toContain("every approval stage is approved");
  });

  it("the manual approve move is gone: approving by transition is refused, pointing at the workflow", async () => {
    const c = await ready();
    await transitionCampaign(owner, { id: c.id, to: "in_review" });
    const e = await rejectionOf(transitionCampaign(manager, { id: c.id, to: "approved" }));
    expect(e).toBeInstanceOf(InvalidTransition);
    expect(e.message).toMatch(/approval workflow/);
    expect(await statusOf(c.id)).toBe("in_review");
  });
});

describe("permissions", () => {
  it("a content approver cannot decide compliance; a viewer and a read-only token cannot decide at all", async () => {
    const c = await ready({ type: "paid_ads", channels: ["paid_search"] });
    await submitForApproval(owner, { campaignId: c.id });
    const { open } = await openRequest(c.id);
    await decideApproval(content, { requestId: open!.requestId, decision: "approve" });
    const { open: comp } = await openRequest(c.id);
    expect(comp!.stage).toBe("compliance");
    const e = await rejectionOf(decideApproval(content, { requestId: comp!.requestId, decision: "approve" }));
    expect(e).toBeInstanceOf(Forbidden);
    expect(e.message).toMatch(/not a compliance approver/);
    expect(await rejectionOf(decideApproval(viewer, { requestId: comp!.requestId, decision: "approve" }))).toBeInstanceOf(Forbidden);
    const readOnly = { ...compliance, actor: { ...compliance.actor, scope: "read" as const } };
    expect(await rejectionOf(decideApproval(readOnly, { requestId: comp!.requestId, decision: "approve" }))).toBeInstanceOf(Forbidden);
    expect((await openRequest(c.id)).open!.approvals).toBe(0);
    // an admin without the stage is not an approver either
    expect(await rejectionOf(decideApproval(admin, { requestId: comp!.requestId, decision: "approve" }))).toBeInstanceOf(Forbidden);
  });

  it("a member who does not own the campaign cannot submit it", async () => {
    const c = await ready();
    const other = await ctxFor(await makeUser({ role: "member" }));
    expect(await rejectionOf(submitForApproval(other, { campaignId: c.id }))).toBeInstanceOf(Forbidden);
    expect(await statusOf(c.id)).toBe("planning");
  });
});

describe("bad input changes nothing", () => {
  it("request changes and reject need a comment; unknown ids are not found", async () => {
    const c = await ready();
    await submitForApproval(owner, { campaignId: c.id });
    const { open } = await openRequest(c.id);
    const e = await rejectionOf(decideApproval(content, { requestId: open!.requestId, decision: "request_changes", comment: "  " }));
    expect(e).toBeInstanceOf(ValidationFailed);
    expect((e as ValidationFailed).issues.comment).toBeDefined();
    expect(await rejectionOf(decideApproval(content, { requestId: open!.requestId, decision: "reject" }))).toBeInstanceOf(ValidationFailed);
    expect(await rejectionOf(decideApproval(content, { requestId: open!.requestId, decision: "maybe" as never }))).toBeInstanceOf(ValidationFailed);
    expect(await rejectionOf(decideApproval(content, { requestId: "00000000-0000-4000-8000-000000000000", decision: "approve" }))).toBeInstanceOf(NotFound);
    expect(await statusOf(c.id)).toBe("in_review");
    const db = await getDb();
    expect(await db.select().from(approvalDecisions).where(eq(approvalDecisions.requestId, open!.requestId))).toHaveLength(0);
  });

  it("a campaign without a task cannot be submitted", async () => {
    const c = await makeCampaign(manager, { ownerId: ownerUser.id });
    const e = await rejectionOf(submitForApproval(owner, { campaignId: c.id }));
    expect(e).toBeInstanceOf(InvalidTransition);
    expect(e.message).toMatch(/at least one task/);
  });
});

describe("change requests", () => {
  it("sends the campaign back to planning; resubmitting reopens at the stage that asked and keeps earlier approvals", async () => {
    const c = await ready({ type: "paid_ads", channels: ["paid_social"] });
    await submitForApproval(owner, { campaignId: c.id });
    await decideApproval(content, { requestId: (await openRequest(c.id)).open!.requestId, decision: "approve" });
    const out = await decideApproval(compliance, { requestId: (await openRequest(c.id)).open!.requestId, decision: "request_changes", comment: "Add the legal disclaimer" });
    expect(out.campaignStatus).toBe("planning");
    expect(await statusOf(c.id)).toBe("planning");
    const asked = await getApprovalWorkflow(owner, { campaignId: c.id });
    expect(asked.workflow!.status).toBe("changes_requested");
    expect(asked.can.resubmit).toBe(true);
    expect(asked.thread.at(-1)).toMatchObject({ kind: "request_changes", body: "Add the legal disclaimer", stage: "compliance" });

    const again = await submitForApproval(owner, { campaignId: c.id });
    expect(again.round).toBe(2);
    expect(again.kept).toEqual(["content"]);
    expect(again.resets).toEqual([]);
    const { wf, open } = await openRequest(c.id);
    expect(open!.stage).toBe("compliance");
    expect(wf.stages.find((s) => s.stage === "content")!.status).toBe("approved");
    // the approver who asked decides again in the new round
    await decideApproval(compliance, { requestId: open!.requestId, decision: "approve", comment: "Disclaimer is in" });
    await decideApproval(final, { requestId: (await openRequest(c.id)).open!.requestId, decision: "approve" });
    expect(await statusOf(c.id)).toBe("approved");
  });

  it("resets an earlier approval when the content changed after it, and says which and why", async () => {
    const c = await ready({ type: "paid_ads", channels: ["paid_social"] });
    await submitForApproval(owner, { campaignId: c.id });
    await decideApproval(content, { requestId: (await openRequest(c.id)).open!.requestId, decision: "approve" });
    await decideApproval(compliance, { requestId: (await openRequest(c.id)).open!.requestId, decision: "request_changes", comment: "Lower the budget" });
    const current = await getCampaign(owner, { id: c.id });
    await updateCampaign(owner, { id: c.id, version: current.campaign.version, budget: { amountCents: 50_000, currency: "USD" } });
    const again = await submitForApproval(owner, { campaignId: c.id });
    expect(again.resets).toEqual([{ stage: "content", reason: "budget changed after the approval" }]);
    expect(again.message).toContain("The Content approval was reset: budget changed after the approval.");
    const { wf, open } = await openRequest(c.id);
    expect(open!.stage).toBe("content");
    expect(wf.resets[0]!.reason).toContain("Cora Content");
    expect(wf.stages.find((s) => s.stage === "content")!.decisions[0]!.reset).not.toBeNull();
  });

  it("a rejection closes the workflow; a new submission starts every stage over", async () => {
    const c = await ready();
    await submitForApproval(owner, { campaignId: c.id });
    await decideApproval(content, { requestId: (await openRequest(c.id)).open!.requestId, decision: "approve" });
    await decideApproval(final, { requestId: (await openRequest(c.id)).open!.requestId, decision: "reject", comment: "Not this quarter" });
    expect(await statusOf(c.id)).toBe("planning");
    expect((await getApprovalWorkflow(owner, { campaignId: c.id })).workflow!.status).toBe("rejected");
    const again = await submitForApproval(owner, { campaignId: c.id });
    expect(again.round).toBe(1);
    expect(again.openStage).toBe("content");
  });
});

describe("quorum and races", () => {
  it("a stage with quorum 2 needs two different approvers; the same person cannot approve twice", async () => {
    const settings = await getApprovalSettings(admin);
    const rules = settings.config.stageRules.map((r) => (r.stage === "final" ? { ...r, quorum: 2 } : r));
    await updateApprovalSettings(admin, { version: settings.version, config: { ...settings.config, stageRules: rules } });
    try {
      const c = await ready();
      await submitForApproval(owner, { campaignId: c.id });
      await decideApproval(content, { requestId: (await openRequest(c.id)).open!.requestId, decision: "approve" });
      const { open } = await openRequest(c.id);
      const first = await decideApproval(final, { requestId: open!.requestId, decision: "approve" });
      expect(first.message).toMatch(/1 of 2 approvals/);
      const twice = await rejectionOf(decideApproval(final, { requestId: open!.requestId, decision: "approve" }));
      expect(twice).toBeInstanceOf(Conflict);
      expect(twice.message).toMatch(/already approved/);
      await decideApproval(final2, { requestId: open!.requestId, decision: "approve" });
      expect(await statusOf(c.id)).toBe("approved");
    } finally {
      const now = await getApprovalSettings(admin);
      await updateApprovalSettings(admin, { version: now.version, config: settings.config });
    }
  });

  it("two approvers deciding at once: exactly one decision is stored, the other hears who decided and when", async () => {
    const c = await ready();
    await submitForApproval(owner, { campaignId: c.id });
    await decideApproval(content, { requestId: (await openRequest(c.id)).open!.requestId, decision: "approve" });
    const { open } = await openRequest(c.id);
    const results = await Promise.allSettled([
      decideApproval(final, { requestId: open!.requestId, decision: "approve" }),
      decideApproval(final2, { requestId: open!.requestId, decision: "request_changes", comment: "Wrong audience" }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.reason).toBeInstanceOf(Conflict);
    expect(failed[0]!.reason.message).toMatch(/already decided by (Fay Final|Finn Final) at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    const db = await getDb();
    expect(await db.select().from(approvalDecisions).where(eq(approvalDecisions.requestId, open!.requestId))).toHaveLength(1);
  });
});

describe("auto-approval rules", () => {
  it("approve a stage at once, recorded as approved automatically by the rule", async () => {
    const c = await ready({ type: "social", channels: ["social"], budget: { amountCents: 50_000, currency: "USD" } });
    const out = await submitForApproval(owner, { campaignId: c.id });
    expect(out.autoApproved).toEqual([{ stage: "content", rule: "Small organic social posts" }]);
    expect(out.openStage).toBe("final");
    const { wf } = await openRequest(c.id);
    const stage = wf.stages.find((s) => s.stage === "content")!;
    expect(stage).toMatchObject({ status: "approved", autoRule: "Small organic social posts" });
    expect(stage.decisions[0]).toMatchObject({ by: null, comment: 'Approved automatically by rule "Small organic social posts"' });
    expect((await auditEventsFor(c.id, "approval.auto_approved"))).toHaveLength(1);
  });

  it("a campaign every stage of which a rule covers is approved on submit", async () => {
    const settings = await getApprovalSettings(admin);
    const extra = { id: "tiny-final", name: "Tiny email sends", stage: "final" as const, enabled: true, types: ["email" as const], maxBudgetCents: 1_000, channelsWithin: [] };
    const contentRule = { ...extra, id: "tiny-content", name: "Tiny email content", stage: "content" as const };
    await updateApprovalSettings(admin, { version: settings.version, config: { ...settings.config, autoRules: [...settings.config.autoRules, extra, contentRule] } });
    try {
      const c = await ready({ budget: { amountCents: 500, currency: "USD" } });
      const view = await transitionCampaign(owner, { id: c.id, to: "in_review" });
      expect(view.status).toBe("approved");
    } finally {
      const now = await getApprovalSettings(admin);
      await updateApprovalSettings(admin, { version: now.version, config: settings.config });
    }
  });
});

describe("bulk approve and comments", () => {
  it("approves each request on its own and reports every outcome", async () => {
    const a = await ready();
    const b = await ready();
    await submitForApproval(owner, { campaignId: a.id });
    await submitForApproval(owner, { campaignId: b.id });
    const ra = (await openRequest(a.id)).open!.requestId;
    const rb = (await openRequest(b.id)).open!.requestId;
    await decideApproval(content, { requestId: rb, decision: "approve" });
    const result = await bulkApprove(content, { requestIds: [ra, rb] });
    expect(result.approved).toBe(1);
    expect(result.failed).toBe(1);
    expect(result.results.find((r) => r.requestId === rb)!.message).toMatch(/already decided by Cora Content/);
    expect((await openRequest(a.id)).open!.stage).toBe("final");
  });

  it("comments land in the thread; a campaign never submitted has no thread", async () => {
    const c = await ready();
    expect(await rejectionOf(addApprovalComment(owner, { campaignId: c.id, body: "Ready?" }))).toBeInstanceOf(Conflict);
    await submitForApproval(owner, { campaignId: c.id });
    await addApprovalComment(owner, { campaignId: c.id, body: "The hero image is final" });
    expect(await rejectionOf(addApprovalComment(viewer, { campaignId: c.id, body: "Hi" }))).toBeInstanceOf(Forbidden);
    expect(await rejectionOf(addApprovalComment(owner, { campaignId: c.id, body: "   " }))).toBeInstanceOf(ValidationFailed);
    const wf = await getApprovalWorkflow(owner, { campaignId: c.id });
    expect(wf.thread.map((t) => t.body)).toEqual(["The hero image is final"]);
  });
});

describe("cancelling withdraws the workflow", () => {
  it("open requests are withdrawn and leave the queue", async () => {
    const c = await ready();
    await submitForApproval(owner, { campaignId: c.id });
    await transitionCampaign(manager, { id: c.id, to: "cancelled", reason: "Budget cut" });
    const db = await getDb();
    const reqs = await db.select({ status: approvalRequests.status }).from(approvalRequests).where(eq(approvalRequests.campaignId, c.id));
    expect(reqs.every((r) => r.status === "cancelled")).toBe(true);
  });
});
