/** A campaign's approval workflow as its Approvals tab and get_approval_workflow show it. */
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { approvalComments, approvalDecisions, approvalEscalations, approvalRequests, campaigns, tasks, users } from "@/db/schema";
import { approverStages, type ApproverStage } from "@/db/schema/values";
import type { Db } from "@/db/types";
import { canTransition } from "@/lib/campaigns/policy";
import { campaignColumns } from "@/lib/campaigns/view";
import type { Ctx } from "@/lib/core/context";
import { NotFound } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { latestWorkflow, loadSettings } from "./engine";
import { decideRefusal } from "./policy";
import { workflowInput } from "./schemas";
import { planStages } from "./stage-plan";
import type { DecisionView, PersonRef, StageView, ThreadItem, WorkflowView } from "./types";

/** Active members holding each approver stage: who a stage's requests are routed to. */
export async function approversByStage(db: Db): Promise<Map<ApproverStage, PersonRef[]>> {
  const rows = await db
    .select({ id: users.id, name: users.name, stages: users.approverStages })
    .from(users)
    .where(and(isNull(users.deactivatedAt), sql`${users.role} <> 'viewer'`, sql`cardinality(${users.approverStages}) > 0`))
    .orderBy(asc(users.name));
  const map = new Map<ApproverStage, PersonRef[]>(approverStages.map((s) => [s, []]));
  for (const r of rows) for (const s of r.stages) map.get(s)!.push({ id: r.id, name: r.name });
  return map;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function getApprovalWorkflow(ctx: Ctx, raw: { campaignId: string }): Promise<WorkflowView> {
  const { campaignId } = parseInput(workflowInput, raw);
  const db = ctx.db;
  const [row] = await db.select(campaignColumns).from(campaigns).where(eq(campaigns.id, campaignId));
  if (!row) throw new NotFound("That campaign");
  const [owner] = row.ownerId ? await db.select({ name: users.name }).from(users).where(eq(users.id, row.ownerId)) : [];
  const [wf, settings, approvers, [taskCount]] = await Promise.all([
    latestWorkflow(db, campaignId), loadSettings(db), approversByStage(db),
    db.select({ n: sql<number>`count(*)::int` }).from(tasks).where(and(eq(tasks.campaignId, campaignId), sql`${tasks.status} <> 'cancelled'`)),
  ]);
  const preview = planStages(row, settings.config.stageRules);
  const now = Date.now();
  const writable = ctx.actor.scope === "read_write" && ctx.actor.role !== "viewer";
  const mayMove = writable && row.archivedAt === null && canTransition(ctx.actor, row, "submit");
  const missing = [!row.ownerId && "an owner", !row.launchDate && "a launch date", (taskCount?.n ?? 0) === 0 && "at least one task"].filter(Boolean) as string[];
  const submitBlocked = missing.length ? `Before it can be submitted, the campaign needs ${missing.join(", ")}.` : null;

  let stages: StageView[] = [];
  let thread: ThreadItem[] = [];
  let resets: WorkflowView["resets"] = [];
  let names = new Map<string, string>();
  if (wf) {
    const [requests, decisions, comments, escalations] = await Promise.all([
      db.select().from(approvalRequests).where(eq(approvalRequests.workflowId, wf.id)).orderBy(asc(approvalRequests.position)),
      db.select().from(approvalDecisions).where(eq(approvalDecisions.workflowId, wf.id)).orderBy(asc(approvalDecisions.at)),
      db.select().from(approvalComments).where(eq(approvalComments.workflowId, wf.id)).orderBy(asc(approvalComments.at)),
      db.select({ e: approvalEscalations, stage: approvalRequests.stage })
        .from(approvalEscalations)
        .innerJoin(approvalRequests, eq(approvalRequests.id, approvalEscalations.requestId))
        .where(eq(approvalRequests.workflowId, wf.id))
        .orderBy(asc(approvalEscalations.at)),
    ]);
    const people = [...new Set([...decisions.map((d) => d.approverId), ...comments.map((c) => c.authorId), wf.submittedById].filter((x): x is string => Boolean(x)))];
    names = new Map(people.length ? (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, people))).map((u) => [u.id, u.name]) : []);
    const person = (id: string | null): PersonRef | null => (id ? { id, name: names.get(id) ?? "Former member" } : null);
    const decisionById = new Map(decisions.map((d) => [d.id, d]));

    stages = requests
      // a stage withdrawn because the plan changed is shown only if someone had decided it
      .filter((r) => r.status !== "cancelled" || wf.status === "cancelled" || wf.status === "rejected" || decisions.some((d) => d.requestId === r.id))
      .map((r) => {
        const own: DecisionView[] = decisions.filter((d) => d.requestId === r.id).map((d) => ({
          id: d.id, by: person(d.approverId), decision: d.decision, comment: d.comment, at: d.at.toISOString(), round: d.round,
          autoRule: d.autoRule, reset: d.resetAt ? { at: d.resetAt.toISOString(), reason: d.resetReason ?? "" } : null,
        }));
        const standing = own.filter((d) => d.decision === "approve" && !d.reset && d.round === r.round);
        const refusal = decideRefusal(ctx.actor, r.stage);
        const iApproved = standing.some((d) => d.by?.id === ctx.actor.userId);
        const cannot = r.status !== "open" ? null : refusal ?? (iApproved ? "You approved this stage; it is waiting for more approvals." : null);
        return {
          requestId: r.id, stage: r.stage, position: r.position, status: r.status, quorum: r.quorum, approvals: standing.length, reason: r.reason,
          openedAt: iso(r.openedAt), deadline: iso(r.deadline), overdue: r.status === "open" && r.deadline !== null && r.deadline.getTime() < now,
          decidedAt: iso(r.decidedAt), decidedBy: person(r.decidedById), autoRule: r.autoRule,
          approvers: approvers.get(r.stage) ?? [], decisions: own,
          escalations: escalations.filter((e) => e.e.requestId === r.id).map((e) => ({ step: e.e.step, at: e.e.at.toISOString(), recipients: e.e.recipients })),
          canDecide: r.status === "open" && cannot === null, cannotDecideReason: cannot,
        } satisfies StageView;
      });
    thread = comments.map((c) => {
      const d = c.decisionId ? decisionById.get(c.decisionId) : undefined;
      const req = requests.find((r) => r.id === c.requestId);
      return { id: c.id, at: c.at.toISOString(), author: person(c.authorId), body: c.body, stage: req?.stage ?? null, kind: d ? d.decision : "comment" };
    });
    const submittedAt = wf.submittedAt.getTime();
    resets = decisions
      .filter((d) => d.resetAt && d.resetAt.getTime() >= submittedAt - 1000 && wf.round > 1)
      .map((d) => ({ stage: d.stage, reason: `${d.autoRule ? `rule "${d.autoRule}"` : names.get(d.approverId ?? "") ?? "An approver"}'s approval: ${d.resetReason ?? ""}`, at: d.resetAt!.toISOString() }));
  }

  const open = stages.find((s) => s.status === "open");
  return {
    campaign: {
      id: row.id, name: row.name, status: row.status, type: row.type, priority: row.priority, ownerId: row.ownerId,
      ownerName: owner?.name ?? null, archived: row.archivedAt !== null,
    },
    workflow: wf ? {
      id: wf.id, status: wf.status, round: wf.round, submittedAt: wf.submittedAt.toISOString(),
      submittedBy: wf.submittedById ? { id: wf.submittedById, name: names.get(wf.submittedById) ?? "Former member" } : null,
      closedAt: iso(wf.closedAt), currentStage: open?.stage ?? null,
    } : null,
    stages,
    skipped: (wf ? wf.skipped : preview.skipped) as WorkflowView["skipped"],
    preview,
    thread,
    resets,
    can: {
      submit: mayMove && !submitBlocked && (row.status === "planning" ? wf?.status !== "changes_requested" : row.status === "in_review" && wf?.status !== "in_review"),
      resubmit: mayMove && !submitBlocked && row.status === "planning" && wf?.status === "changes_requested",
      comment: writable && wf !== undefined,
    },
    submitBlocked: mayMove && (row.status === "planning" || row.status === "in_review") ? submitBlocked : null,
  };
}
