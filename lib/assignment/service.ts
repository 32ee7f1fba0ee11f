/**
 * Suggest an assignee for one task, or auto-assign many (DESIGN §3 "Team"). The service loads,
 * the pure engine (greedy.ts, score.ts) decides, the service writes.
 *
 * Preview, then apply: a preview returns a planId, a hash of every task's id and version and the
 * member proposed for it (and the tasks left unassigned). Applying re-runs the plan inside the
 * transaction, with the tasks locked, and writes only if it hashes to the same planId; otherwise
 * (someone edited a task, the task set changed, or workloads moved enough to change a choice)
 * it is a Conflict and nothing is written. So what is applied is exactly what was shown.
 */
import { createHash } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import { auditEvents, campaigns, tasks, type TaskRow } from "@/db/schema";
import type { Db } from "@/db/types";
import { requireWrite, type Actor, type Ctx } from "@/lib/core/context";
import { Conflict, Forbidden, NotFound } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { canEditTask } from "@/lib/tasks/policy";
import { getTaskCampaign, getTaskOrThrow } from "@/lib/tasks/records";
import { taskSnapshot } from "@/lib/tasks/view";
import { autoAssign, suggest, type AutoAssignPlan, type Proposal, type Unassignable } from "./greedy";
import { loadCandidates, loadTasksToAssign } from "./load";
import { assertCanAutoAssign } from "./policy";
import type { AssignTask } from "./model";
import type { Excluded, Scored } from "./score";
import { autoAssignTasksInput, suggestAssigneeInput, type AutoAssignTasksInput, type SuggestAssigneeInput } from "./schemas";

/** How many candidates a suggestion lists besides the best and the runner-up. */
const CONSIDERED_SHOWN = 10;

export type AssigneeSuggestion = {
  task: { id: string; title: string; version: number; assigneeId: string | null };
  best: Scored | null;
  runnerUp: Scored | null;
  considered: Scored[];
  consideredCount: number;
  excluded: Excluded[];
  why: string | null;
  /** whether you may assign the task (viewers and read-only tokens may look but not apply) */
  canApply: boolean;
};

/** Anyone who can read the task may ask; applying goes through updateTask and its rules. */
export async function suggestAssignee(ctx: Ctx, raw: SuggestAssigneeInput, now = new Date()): Promise<AssigneeSuggestion> {
  const input = parseInput(suggestAssigneeInput, raw);
  const task = await getTaskOrThrow(ctx.db, input.taskId);
  const campaign = await getTaskCampaign(ctx.db, task.campaignId);
  if (task.status === "done" || task.status === "cancelled") {
    throw new Conflict(`"${task.title}" is ${task.status === "done" ? "done" : "cancelled"}: there is nothing left to assign.`);
  }
  const [assignTask] = await loadTasksToAssign(ctx.db, { taskIds: [task.id], onlyUnassigned: false });
  const members = await loadCandidates(ctx.db, { now, campaignIds: [task.campaignId] });
  const s = suggest(assignTask!, members, { now });
  return {
    task: { id: task.id, title: task.title, version: task.version, assigneeId: task.assigneeId },
    best: s.best, runnerUp: s.runnerUp, considered: s.considered.slice(0, CONSIDERED_SHOWN), consideredCount: s.considered.length,
    excluded: s.excluded, why: s.why,
    canApply: !campaign.archivedAt && canEditTask(ctx.actor, campaign, task),
  };
}

export type AutoAssignResult = AutoAssignPlan & {
  applied: boolean;
  planId: string;
  /** tasks asked for by id that are done or cancelled: left alone */
  skipped: { taskId: string; title: string; why: string }[];
  summary: string;
};

export function planIdOf(plan: AutoAssignPlan, tasksIn: readonly AssignTask[]): string {
  const versions = new Map(tasksIn.map((t) => [t.id, t.version]));
  const h = createHash("sha256");
  for (const p of plan.proposals) h.update(`${p.taskId}:${versions.get(p.taskId)}:${p.member.id};`);
  h.update("|");
  for (const u of plan.unassignable) h.update(`${u.taskId}:${versions.get(u.taskId)};`);
  return h.digest("hex").slice(0, 24);
}

async function computePlan(db: Db, actor: Actor, input: ReturnType<typeof autoAssignTasksInput.parse>, now: Date, lock: boolean) {
  if (input.campaignId) await getTaskCampaign(db, input.campaignId); // a clear 404 for an unknown campaign
  const found = await loadTasksToAssign(db, { campaignId: input.campaignId, taskIds: input.taskIds, onlyUnassigned: input.onlyUnassigned && !input.taskIds }, lock);
  if (input.taskIds && new Set(input.taskIds).size !== found.length) throw new NotFound("One of those tasks");
  const skipped: AutoAssignResult["skipped"] = [];
  const open: AssignTask[] = [];
  for (const t of found) {
    if (t.status === "done" || t.status === "cancelled") skipped.push({ taskId: t.id, title: t.title, why: `Already ${t.status === "done" ? "done" : "cancelled"}` });
    else if (input.onlyUnassigned && t.assigneeId) skipped.push({ taskId: t.id, title: t.title, why: "Already assigned" });
    else open.push(t);
  }
  const campaignIds = [...new Set(found.map((t) => t.campaignId).concat(input.campaignId ? [input.campaignId] : []))];
  const refs = campaignIds.length
    ? await db.select({ id: campaigns.id, name: campaigns.name, ownerId: campaigns.ownerId, archivedAt: campaigns.archivedAt }).from(campaigns).where(inArray(campaigns.id, campaignIds))
    : [];
  assertCanAutoAssign(actor, refs);
  const members = await loadCandidates(db, { now, campaignIds });
  const plan = autoAssign(open, members, { now });
  return { skipped, plan, planId: planIdOf(plan, open) };
}

function summarize(plan: AutoAssignPlan, applied: boolean) {
  const n = plan.proposals.length;
  const verb = applied ? "Assigned" : "Would assign";
  const left = plan.unassignable.length ? `; ${plan.unassignable.length} cannot be assigned` : "";
  return `${verb} ${n} task${n === 1 ? "" : "s"}${left}.`;
}

export async function autoAssignTasks(ctx: Ctx, raw: AutoAssignTasksInput, now = new Date()): Promise<AutoAssignResult> {
  const input = parseInput(autoAssignTasksInput, raw);
  if (ctx.actor.role === "viewer") throw new Forbidden("Viewers have read-only access and cannot auto-assign tasks.");
  if (!input.confirm) {
    const { skipped, plan, planId } = await computePlan(ctx.db, ctx.actor, input, now, false);
    return { ...plan, applied: false, planId, skipped, summary: summarize(plan, false) };
  }
  requireWrite(ctx.actor, "auto-assign tasks");
  return ctx.db.transaction(async (tx) => {
    const { skipped, plan, planId } = await computePlan(tx, ctx.actor, input, now, true);
    if (planId !== input.planId) {
      throw new Conflict(
        "The plan changed since the preview (a task was edited, added or assigned, or someone's workload moved): nothing was assigned. Preview again and check the new plan.",
        { planId },
      );
    }
    await writePlan(tx, ctx.actor, plan.proposals);
    return { ...plan, applied: true, planId, skipped, summary: summarize(plan, true) };
  });
}

const CHUNK = 1000;

/** One UPDATE per thousand tasks and one audit row per task, inside the caller's transaction. */
async function writePlan(tx: Db, actor: Actor, proposals: Proposal[]) {
  for (let i = 0; i < proposals.length; i += CHUNK) {
    const chunk = proposals.slice(i, i + CHUNK);
    const values = sql.join(chunk.map((p) => sql`(${p.taskId}::uuid, ${p.member.id}::uuid)`), sql`, `);
    const before = await tx.select().from(tasks).where(inArray(tasks.id, chunk.map((p) => p.taskId)));
    const byId = new Map<string, TaskRow>(before.map((r) => [r.id, r]));
    await tx.execute(sql`
      update ${tasks} set assignee_id = v.assignee_id, version = ${tasks.version} + 1, updated_at = now()
      from (values ${values}) as v(id, assignee_id) where ${tasks.id} = v.id`);
    await tx.insert(auditEvents).values(chunk.map((p) => {
      const row = byId.get(p.taskId)!;
      return {
        at: sql`clock_timestamp()`, actorId: actor.userId, actorTokenId: actor.tokenId ?? null, via: actor.via,
        action: "task.updated", entityType: "task", entityId: p.taskId,
        summary: `Assigned "${row.title}" to ${p.member.name} by auto-assignment: ${p.reasons.join("; ")}`,
        before: taskSnapshot(row), after: taskSnapshot({ ...row, assigneeId: p.member.id, version: row.version + 1 }),
      };
    }));
  }
}

export type { Proposal, Unassignable };
