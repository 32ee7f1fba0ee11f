/**
 * The escalation sweep: every open request past its deadline reminds its approvers once and,
 * after the escalation interval, escalates to admins and managers once. Each step is a row with
 * a unique (request, round, step): a second sweep at the same moment (a retried cron, two
 * instances) inserts nothing and so records, audits and notifies nothing twice.
 */
import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { approvalEscalations, approvalRequests, auditEvents, campaigns, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { decideEscalation, type EscalationStep } from "./escalation";
import { loadSettings } from "./engine";
import { stageLabels } from "./labels";
import { approversByStage } from "./workflow-view";

export type SweepResult = { checked: number; reminded: number; escalated: number; at: string };

const CHUNK = 1000;
const chunks = <T,>(xs: T[]) => Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

export async function runEscalationSweep(db: Db, now = new Date()): Promise<SweepResult> {
  const { config, calendar } = await loadSettings(db);
  const due = await db
    .select({
      id: approvalRequests.id, campaignId: approvalRequests.campaignId, stage: approvalRequests.stage, round: approvalRequests.round,
      deadline: approvalRequests.deadline, remindedAt: approvalRequests.remindedAt, escalatedAt: approvalRequests.escalatedAt, campaignName: campaigns.name,
    })
    .from(approvalRequests)
    .innerJoin(campaigns, eq(campaigns.id, approvalRequests.campaignId))
    .where(and(eq(approvalRequests.status, "open"), lte(approvalRequests.deadline, now), isNull(approvalRequests.escalatedAt)));
  if (due.length === 0) return { checked: 0, reminded: 0, escalated: 0, at: now.toISOString() };

  const [approvers, managers] = await Promise.all([
    approversByStage(db),
    db.select({ id: users.id, name: users.name }).from(users).where(and(isNull(users.deactivatedAt), inArray(users.role, ["admin", "manager"]))),
  ]);
  const planned: { req: (typeof due)[number]; step: EscalationStep; recipients: { id: string; name: string }[] }[] = [];
  for (const req of due) {
    const decision = decideEscalation({ deadline: req.deadline!, remindedAt: req.remindedAt, escalatedAt: req.escalatedAt, decided: false }, now, config.escalationIntervalHours, calendar);
    for (const step of decision.steps) {
      planned.push({ req, step, recipients: step === "remind" ? approvers.get(req.stage) ?? [] : managers });
    }
  }
  if (planned.length === 0) return { checked: due.length, reminded: 0, escalated: 0, at: now.toISOString() };

  return db.transaction(async (tx) => {
    const recorded = new Set<string>();
    for (const part of chunks(planned)) {
      const rows = await tx
        .insert(approvalEscalations)
        .values(part.map((p) => ({ requestId: p.req.id, round: p.req.round, step: p.step, at: now, recipients: p.recipients })))
        .onConflictDoNothing()
        .returning({ requestId: approvalEscalations.requestId, step: approvalEscalations.step });
      for (const r of rows) recorded.add(`${r.requestId}:${r.step}`);
    }
    const done = planned.filter((p) => recorded.has(`${p.req.id}:${p.step}`));
    const reminded = done.filter((p) => p.step === "remind").map((p) => p.req.id);
    const escalated = done.filter((p) => p.step === "escalate").map((p) => p.req.id);
    for (const ids of chunks(reminded)) await tx.update(approvalRequests).set({ remindedAt: now }).where(inArray(approvalRequests.id, ids));
    for (const ids of chunks(escalated)) await tx.update(approvalRequests).set({ escalatedAt: now }).where(inArray(approvalRequests.id, ids));
    for (const part of chunks(done)) {
      await tx.insert(auditEvents).values(part.map((p) => ({
        at: sql`clock_timestamp()`, actorId: null, via: "system" as const, entityType: "campaign", entityId: p.req.campaignId,
        action: p.step === "remind" ? "approval.reminded" : "approval.escalated",
        summary: p.step === "remind"
          ? `${stageLabels[p.req.stage]} approval is past its deadline: reminded ${names(p.recipients)}`
          : `${stageLabels[p.req.stage]} approval escalated to ${names(p.recipients)}`,
        after: { requestId: p.req.id, stage: p.req.stage, round: p.req.round, step: p.step, deadline: p.req.deadline, recipients: p.recipients },
      })));
    }
    return { checked: due.length, reminded: reminded.length, escalated: escalated.length, at: now.toISOString() };
  });
}

const names = (people: { name: string }[]) => (people.length ? people.map((p) => p.name).join(", ") : "nobody (no one holds this stage)");
