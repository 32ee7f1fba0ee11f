import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { approvalDecisions, approvalRequests, campaigns, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";
import { submitForApproval } from "@/lib/approvals/service";
import { callTool, connectMcp, textOf, tokenFor } from "./testing";

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function connectAs(user: UserRow, scope: "read" | "read_write" = "read_write") {
  const client = await connectMcp((await tokenFor(user, scope)).secret, "mcp-approvals-test");
  clients.push(client);
  return client;
}

let manager: UserRow, owner: UserRow, contentApprover: UserRow, complianceApprover: UserRow, finalApprover: UserRow;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
  owner = await makeUser({ name: "Sam Owner" });
  contentApprover = await makeUser({ name: "Cora Content", approverStages: ["content"] });
  complianceApprover = await makeUser({ name: "Priya Compliance", approverStages: ["compliance"] });
  finalApprover = await makeUser({ name: "Fay Final", approverStages: ["final"] });
});

/** An email campaign owned by the member, under the executive threshold: content → final. */
async function ready() {
  const ctx = await ctxFor(manager);
  const c = await makeCampaign(ctx, { ownerId: owner.id });
  await makeTask(ctx, c.id, { title: "Write the copy" });
  return c;
}

async function submitted() {
  const c = await ready();
  await submitForApproval(await ctxFor(owner), { campaignId: c.id });
  return c;
}

async function statusOf(id: string) {
  const [row] = await (await getDb()).select({ status: campaigns.status }).from(campaigns).where(eq(campaigns.id, id));
  return row!.status;
}

async function requestsOf(campaignId: string) {
  return (await getDb()).select().from(approvalRequests).where(eq(approvalRequests.campaignId, campaignId)).orderBy(approvalRequests.position);
}

async function decisionsOf(campaignId: string) {
  return (await getDb()).select().from(approvalDecisions).where(eq(approvalDecisions.campaignId, campaignId));
}

type Item = { requestId: string; stage: string; deadline: string; canDecide: boolean; cannotDecideReason: string | null; overdue: boolean; campaign: { id: string } };
const itemsFor = (r: { structuredContent?: Record<string, unknown> }, campaignId: string) =>
  (r.structuredContent!.items as Item[]).filter((i) => i.campaign.id === campaignId);

describe("approval tools over MCP", () => {
  it("annotates reads as read-only and decide_approval as destructive", async () => {
    const { tools } = await (await connectAs(manager)).listTools();
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    for (const name of ["list_pending_approvals", "get_approval_workflow", "list_approval_rules"]) {
      expect(byName[name]!.annotations).toMatchObject({ readOnlyHint: true, openWorldHint: false });
    }
    expect(byName.decide_approval!.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
    expect(byName.submit_for_approval!.annotations).toMatchObject({ readOnlyHint: false });
    expect(byName.decide_approval!.inputSchema.required).toEqual(expect.arrayContaining(["requestId", "decision"]));
    expect(byName.decide_approval!.description).toContain("already decided");
  });

  it("takes a campaign from submission through a change request and resubmission to approved", async () => {
    const c = await ready();
    const ownerClient = await connectAs(owner);
    const content = await connectAs(contentApprover);

    const submit = await callTool(ownerClient, "submit_for_approval", { campaignId: c.id });
    expect(submit.isError).toBeFalsy();
    expect(submit.structuredContent).toMatchObject({
      campaignId: c.id, round: 1, openStage: "content", campaignStatus: "in_review", kept: [], resets: [], autoApproved: [],
      deadline: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
    expect(submit.structuredContent!.message).toContain("The Content stage is open");

    const pending = await callTool(content, "list_pending_approvals", {});
    expect(pending.structuredContent).toMatchObject({ scope: "mine", overdueOnly: false, page: 1, pageSize: 25 });
    const [item] = itemsFor(pending, c.id);
    expect(item).toMatchObject({
      stage: "content", quorum: 1, approvals: 0, overdue: false, reminded: false, escalated: false, canDecide: true, cannotDecideReason: null,
      deadline: submit.structuredContent!.deadline,
      campaign: { id: c.id, name: c.name, type: "email", priority: "medium", budget: { amountCents: 100_000, currency: "USD" }, ownerName: "Sam Owner", launchDate: "2027-02-01", readiness: expect.any(Number) },
    });

    const changes = await callTool(content, "decide_approval", { requestId: item!.requestId, decision: "request_changes", comment: "Tighten the subject line" });
    expect(changes.isError).toBeFalsy();
    expect(changes.structuredContent).toMatchObject({ requestStatus: "changes_requested", workflowStatus: "changes_requested", campaignStatus: "planning", nextStage: null });
    expect(await statusOf(c.id)).toBe("planning");

    const wf = await callTool(ownerClient, "get_approval_workflow", { campaignId: c.id });
    expect(wf.structuredContent).toMatchObject({ workflow: { status: "changes_requested", round: 1 }, can: { resubmit: true } });
    expect(wf.structuredContent!.thread).toEqual([
      expect.objectContaining({ kind: "request_changes", body: "Tighten the subject line", stage: "content", author: { id: contentApprover.id, name: "Cora Content" } }),
    ]);

    const resubmit = await callTool(ownerClient, "submit_for_approval", { campaignId: c.id });
    expect(resubmit.structuredContent).toMatchObject({ round: 2, openStage: "content", campaignStatus: "in_review" });
    expect(resubmit.structuredContent!.message).toContain("round 2");

    const approved = await callTool(content, "decide_approval", { requestId: item!.requestId, decision: "approve" });
    expect(approved.structuredContent).toMatchObject({ requestStatus: "approved", nextStage: "final", campaignStatus: "in_review" });
    const [finalItem] = itemsFor(await callTool(await connectAs(finalApprover), "list_pending_approvals", {}), c.id);
    const final = await callTool(await connectAs(finalApprover), "decide_approval", { requestId: finalItem!.requestId, decision: "approve" });
    expect(final.structuredContent).toMatchObject({ stage: "final", requestStatus: "approved", workflowStatus: "approved", campaignStatus: "approved", nextStage: null });
    expect(await statusOf(c.id)).toBe("approved");
    expect((await auditEventsFor(c.id, "approval.approve")).map((e) => e.via)).toEqual(["mcp", "mcp"]);

    const again = await callTool(content, "decide_approval", { requestId: item!.requestId, decision: "approve" });
    expect(again.isError).toBe(true);
    expect(again.structuredContent).toMatchObject({ error: { kind: "conflict" } });
    expect(textOf(again)).toContain("already decided by Cora Content at");
    expect(await decisionsOf(c.id)).toHaveLength(3);
  });

  it("refuses a compliance-only approver deciding the content stage, changing nothing", async () => {
    const c = await submitted();
    const compliance = await connectAs(complianceApprover);
    expect(itemsFor(await callTool(compliance, "list_pending_approvals", {}), c.id)).toEqual([]);
    const [content] = await requestsOf(c.id);
    const r = await callTool(compliance, "decide_approval", { requestId: content!.id, decision: "approve" });
    expect(r.isError).toBe(true);
    expect(r.structuredContent).toMatchObject({ error: { kind: "forbidden" } });
    expect(textOf(r)).toContain("not a content approver");
    expect((await requestsOf(c.id))[0]).toMatchObject({ stage: "content", status: "open" });
    expect(await decisionsOf(c.id)).toEqual([]);
    expect(await statusOf(c.id)).toBe("in_review");
  });

  it("wants a comment to request changes, changing nothing without one", async () => {
    const c = await submitted();
    const [content] = await requestsOf(c.id);
    const r = await callTool(await connectAs(contentApprover), "decide_approval", { requestId: content!.id, decision: "request_changes" });
    expect(r.isError).toBe(true);
    expect(r.structuredContent).toMatchObject({ error: { kind: "validation_failed", issues: { comment: [expect.stringContaining("a comment is required")] } } });
    expect(textOf(r)).toContain("comment: Say what needs to change");
    expect((await requestsOf(c.id))[0]).toMatchObject({ status: "open" });
    expect(await decisionsOf(c.id)).toEqual([]);
    expect(await statusOf(c.id)).toBe("in_review");
  });

  it("lets a read-only token list but not decide", async () => {
    const c = await submitted();
    const client = await connectAs(contentApprover, "read");
    const [item] = itemsFor(await callTool(client, "list_pending_approvals", {}), c.id);
    expect(item).toMatchObject({ canDecide: false, cannotDecideReason: "This API token is read-only." });
    const r = await callTool(client, "decide_approval", { requestId: item!.requestId, decision: "approve" });
    expect(r.structuredContent).toMatchObject({ error: { kind: "forbidden" } });
    expect(textOf(r)).toContain("read-only");
    expect(await decisionsOf(c.id)).toEqual([]);
  });

  it("shows managers every open request by default, and filters overdue ones", async () => {
    const c = await submitted();
    const mgr = await connectAs(manager);
    const all = await callTool(mgr, "list_pending_approvals", {});
    expect(all.structuredContent).toMatchObject({ scope: "all" });
    expect(itemsFor(all, c.id)).toMatchObject([{ stage: "content", canDecide: false, cannotDecideReason: "Only content approvers decide the Content stage." }]);
    expect(itemsFor(await callTool(mgr, "list_pending_approvals", { scope: "mine" }), c.id)).toEqual([]);

    expect(itemsFor(await callTool(mgr, "list_pending_approvals", { overdueOnly: true }), c.id)).toEqual([]);
    await (await getDb()).update(approvalRequests).set({ deadline: new Date(Date.now() - 3_600_000) }).where(eq(approvalRequests.campaignId, c.id));
    expect(itemsFor(await callTool(mgr, "list_pending_approvals", { overdueOnly: true }), c.id)).toMatchObject([{ overdue: true }]);
    expect(itemsFor(await callTool(mgr, "list_pending_approvals", { scope: "mine", overdueOnly: true }), c.id)).toEqual([]);
    const mine = await callTool(await connectAs(contentApprover), "list_pending_approvals", { overdueOnly: true, pageSize: 100 });
    expect(itemsFor(mine, c.id)).toMatchObject([{ overdue: true, canDecide: true }]);

    const bad = await callTool(mgr, "list_pending_approvals", { scope: "everyone", pageSize: 500 });
    expect(bad.structuredContent).toMatchObject({ error: { kind: "validation_failed", issues: { scope: ["Scope is mine or all"], pageSize: ["Page size is at most 100"] } } });
  });

  it("adds a comment to the approval thread", async () => {
    const c = await submitted();
    const r = await callTool(await connectAs(owner), "add_approval_comment", { campaignId: c.id, body: "Copy is final now" });
    expect(r.isError).toBeFalsy();
    expect(r.structuredContent).toMatchObject({ campaignId: c.id, id: expect.any(String), at: expect.any(String) });
    const wf = await callTool(await connectAs(contentApprover, "read"), "get_approval_workflow", { campaignId: c.id });
    expect(wf.structuredContent!.thread).toEqual([expect.objectContaining({ id: r.structuredContent!.id, kind: "comment", body: "Copy is final now", author: { id: owner.id, name: "Sam Owner" } })]);
    expect(await auditEventsFor(c.id, "approval.commented")).toMatchObject([{ via: "mcp" }]);

    const empty = await callTool(await connectAs(owner), "add_approval_comment", { campaignId: c.id, body: "  " });
    expect(textOf(empty)).toContain("body: Write a comment");
  });

  it("shows what a submission would go through before the first one", async () => {
    const c = await ready();
    const wf = await callTool(await connectAs(owner, "read"), "get_approval_workflow", { campaignId: c.id });
    expect(wf.structuredContent).toMatchObject({
      workflow: null, stages: [],
      preview: { stages: [{ stage: "content" }, { stage: "final" }], skipped: [{ stage: "compliance" }, { stage: "executive", reason: expect.stringContaining("below $50,000") }] },
    });
  });

  it("lists the default approval rules in words", async () => {
    const r = await callTool(await connectAs(owner, "read"), "list_approval_rules", {});
    expect(r.isError).toBeFalsy();
    const data = r.structuredContent as { stages: { stage: string; includedWhen: string; quorum: number }[] };
    expect(data.stages.map((s) => [s.stage, s.includedWhen, s.quorum])).toEqual([
      ["content", "always", 1],
      ["compliance", "when the campaign type is paid_ads; or the campaign uses any of the channels paid_search, paid_social, display, sms", 1],
      ["executive", "when the budget is at least $50,000", 1],
      ["final", "always", 1],
    ]);
    expect(r.structuredContent).toMatchObject({
      autoApprovalRules: [{
        id: "small-social", name: "Small organic social posts", stage: "content", enabled: true,
        description: "Approves the content stage when type is social, budget at most $1,000, channels only among social",
      }],
      deadlineHours: { critical: 4, high: 24, medium: 48, low: 72 },
      escalationIntervalHours: 8,
      businessHours: { timezone: "UTC", workdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], start: "09:00", end: "17:00" },
      holidays: expect.any(Array),
    });
  });
});
