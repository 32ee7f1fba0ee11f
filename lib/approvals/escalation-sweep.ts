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

  const at = now.toISOString();
  // each write is one statement over a JSON document of all its rows: a sweep writes thousands, and
  // multi-row VALUES with a bound parameter per field cost more to build and parse than to write
  return db.transaction(async (tx) => {
    const inserted = rowsOf<{ request_id: string; step: EscalationStep }>(await tx.execute(sql`
      insert into ${approvalEscalations} (request_id, round, step, at, recipients)
      select s.request_id, s.round, s.step, ${at}::timestamptz, s.recipients
      from jsonb_to_recordset(${JSON.stringify(planned.map((p) => ({ request_id: p.req.id, round: p.req.round, step: p.step, recipients: p.recipients })))}::jsonb)
        as s(request_id uuid, round int, step escalation_step, recipients jsonb)
      on conflict do nothing
      returning request_id, step`));
    const recorded = new Set(inserted.map((r) => `${r.request_id}:${r.step}`));
    const done = planned.filter((p) => recorded.has(`${p.req.id}:${p.step}`));
    const reminded = done.filter((p) => p.step === "remind").map((p) => p.req.id);
    const escalated = done.filter((p) => p.step === "escalate").map((p) => p.req.id);
    // one update per request: one reminded and escalated in the same sweep gets both marks in one row version
    const marks = new Map<string, { id: string; remind: boolean; escalate: boolean }>();
    for (const p of done) {
      const m = marks.get(p.req.id) ?? { id: p.req.id, remind: false, escalate: false };
      m[p.step] = true;
      marks.set(p.req.id, m);
    }
    if (marks.size) {
      await tx.execute(sql`
        update ${approvalRequests} set
          reminded_at = case when m.remind then ${at}::timestamptz else ${approvalRequests.remindedAt} end,
          escalated_at = case when m.escalate then ${at}::timestamptz else ${approvalRequests.escalatedAt} end
        from jsonb_to_recordset(${JSON.stringify([...marks.values()])}::jsonb) as m(id uuid, remind boolean, escalate boolean)
        where ${approvalRequests.id} = m.id`);
    }
    if (done.length) {
      const events = done.map((p) => ({
        entity_id: p.req.campaignId,
        action: p.step === "remind" ? "approval.reminded" : "approval.escalated",
        summary: p.step === "remind"
          ? `${stageLabels[p.req.stage]} approval is past its deadline: reminded ${names(p.recipients)}`
          : `${stageLabels[p.req.stage]} approval escalated to ${names(p.recipients)}`,
        after: { requestId: p.req.id, stage: p.req.stage, round: p.req.round, step: p.step, deadline: p.req.deadline, recipients: p.recipients },
      }));
      await tx.execute(sql`
        insert into ${auditEvents} (at, actor_id, via, entity_type, entity_id, action, summary, after)
        select clock_timestamp(), null, 'system', 'campaign', e.entity_id, e.action, e.summary, e.after
        from jsonb_to_recordset(${JSON.stringify(events)}::jsonb) as e(entity_id uuid, action text, summary text, after jsonb)`);
    }
    return { checked: due.length, reminded: reminded.length, escalated: escalated.length, at };
  });
}

/** Rows of a raw statement on either engine: postgres.js returns an array, PGlite an object with rows. */
const rowsOf = <T,>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

const names = (people: { name: string }[]) => (people.length ? people.map((p) => p.name).join(", ") : "nobody (no one holds this stage)");
