/**
 * Rescheduling a campaign's timeline (DESIGN §3 "Timeline"): a new launch date, a milestone
 * moved to a new end date, or a milestone's new duration. Preview shows both modes (slip.ts)
 * and writes nothing; apply writes the chosen one with the campaign row locked and its version
 * checked, moves the open tasks of moved milestones with them, and records one audit entry.
 */
import { and, eq, inArray, notInArray, or, isNotNull, sql } from "drizzle-orm";
import { campaigns, milestoneDependencies, milestones, tasks } from "@/db/schema";
import type { Db } from "@/db/types";
import { audit } from "@/lib/audit/service";
import { assertCanEditCampaign } from "@/lib/campaigns/policy";
import { staleEditConflict } from "@/lib/campaigns/service";
import { auditSnapshot, campaignColumns, type CampaignRecord } from "@/lib/campaigns/view";
import type { Ctx } from "@/lib/core/context";
import { Conflict, NotFound, ValidationFailed } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { WorkingDayAxis } from "./axis";
import { dayNumber, toWorkingDay, type WorkCalendar } from "./calendar";
import { todayUtc } from "./campaign-schedule";
import { loadWorkCalendar } from "./holidays";
import type { Plan } from "./plan";
import type { RescheduleChange, RescheduleMode, RescheduleOutcome, ReschedulePreview } from "./schedule-view";
import { applyRescheduleInput, previewRescheduleInput, type ApplyRescheduleInput, type PreviewRescheduleInput } from "./schemas";
import { previewBoth, previewChange, type PlanChange, type SlipPreview } from "./slip";

/** New dates further than this from today are refused as mistakes (and would make the plan huge). */
const MAX_YEARS_FROM_TODAY = 5;

// tasks that are finished or dropped keep their dates: moving a done task's due date would rewrite its on-time record
const fixedStatuses = ["done", "cancelled"] as const;

type Loaded = {
  campaign: CampaignRecord;
  plan: Plan;
  names: Map<string, string>;
  /** open dated tasks per milestone id: what moves when the milestone moves */
  openTasks: Map<string, number>;
  calendar: WorkCalendar;
};

export async function previewReschedule(ctx: Ctx, raw: PreviewRescheduleInput): Promise<ReschedulePreview> {
  const input = parseInput(previewRescheduleInput, raw);
  const loaded = await load(ctx, ctx.db, input.campaignId);
  const change = await toPlanChange(ctx.db, loaded, input.change);
  const { absorb, keepBuffers } = previewBoth(loaded.plan, change, { today: todayUtc() });
  return { change: input.change, campaignVersion: loaded.campaign.version, absorb: toOutcome(absorb, loaded), keepBuffers: toOutcome(keepBuffers, loaded) };
}

export async function applyReschedule(ctx: Ctx, raw: ApplyRescheduleInput): Promise<{ outcome: RescheduleOutcome; campaignVersion: number }> {
  const input = parseInput(applyRescheduleInput, raw);
  return ctx.db.transaction(async (tx) => {
    // the row lock makes a concurrent reschedule or edit of this campaign wait for this one
    const loaded = await load(ctx, tx, input.campaignId, { lock: true, readVersion: input.campaignVersion });
    const change = await toPlanChange(tx, loaded, input.change);
    const slip = previewChange(loaded.plan, change, input.mode, { today: todayUtc() });
    const outcome = toOutcome(slip, loaded);
    const { campaign } = loaded;

    const before = new Map(loaded.plan.milestones.map((m) => [m.key, m]));
    for (const m of slip.plan.milestones) {
      const was = before.get(m.key)!;
      if (was.start === m.start && was.end === m.end && was.durationDays === m.durationDays && was.bufferDays === m.bufferDays) continue;
      await tx.update(milestones)
        .set({ startDate: m.start, endDate: m.end, durationDays: m.durationDays, bufferDays: m.bufferDays, version: sql`${milestones.version} + 1`, updatedAt: new Date() })
        .where(and(eq(milestones.id, m.key), eq(milestones.campaignId, campaign.id)));
    }
    const movedTasks = await shiftTasks(tx, campaign.id, slip, loaded.calendar);

    const dates = campaignDates(campaign, slip.launchDate);
    const [updated] = await tx.update(campaigns)
      .set({ ...dates.changes, launchDate: slip.launchDate, version: sql`${campaigns.version} + 1`, updatedAt: new Date() })
      .where(eq(campaigns.id, campaign.id))
      .returning(campaignColumns);
    await audit(tx, ctx.actor, {
      action: "campaign.rescheduled", entityType: "campaign", entityId: campaign.id,
      summary: summarise(campaign.launchDate, outcome, movedTasks) + dates.note,
      before: { ...auditSnapshot(campaign), milestones: outcome.moved.map((m) => ({ id: m.id, name: m.name, ...m.from })) },
      after: {
        ...auditSnapshot(updated!),
        change: input.change, mode: input.mode,
        milestones: outcome.moved.map((m) => ({ id: m.id, name: m.name, ...m.to, shiftDays: m.shiftDays })),
        movedTasks, conflicts: outcome.conflicts.map((c) => c.message),
      },
    });
    return { outcome: { ...outcome, movedTasks }, campaignVersion: updated!.version };
  });
}

/** The campaign and its plan, after the checks every reschedule makes. */
async function load(ctx: Ctx, db: Db, campaignId: string, opts: { lock?: boolean; readVersion?: number } = {}): Promise<Loaded> {
  const q = db.select(campaignColumns).from(campaigns).where(eq(campaigns.id, campaignId));
  const [campaign] = await (opts.lock ? q.for("update") : q);
  if (!campaign) throw new NotFound("That campaign");
  assertCanEditCampaign(ctx.actor, campaign);
  if (campaign.archivedAt) throw new Conflict(`"${campaign.name}" is archived: unarchive it before rescheduling.`);
  if (opts.readVersion !== undefined && campaign.version !== opts.readVersion) throw await staleEditConflict(db, campaign.id, opts.readVersion);

  const rows = await db.select({
    id: milestones.id, name: milestones.name, start: milestones.startDate, end: milestones.endDate,
    durationDays: milestones.durationDays, bufferDays: milestones.bufferDays, isLaunch: milestones.isLaunch,
  }).from(milestones).where(eq(milestones.campaignId, campaign.id)).orderBy(milestones.position);
  if (rows.length === 0) {
    throw new Conflict(`"${campaign.name}" has no timeline to reschedule. Give it a launch date and generate its timeline first; until then, edit its launch date on the campaign itself.`);
  }
  const launch = rows.find((r) => r.isLaunch);
  if (!launch) throw new Conflict(`"${campaign.name}" has no launch milestone, so its timeline cannot be rescheduled around a launch date.`);

  const ids = rows.map((r) => r.id);
  const [edges, counts, calendar] = await Promise.all([
    db.select({ from: milestoneDependencies.predecessorId, to: milestoneDependencies.successorId }).from(milestoneDependencies)
      .where(inArray(milestoneDependencies.successorId, ids)),
    db.select({ milestoneId: tasks.milestoneId, n: sql<number>`count(*)::int` }).from(tasks)
      .where(and(eq(tasks.campaignId, campaign.id), inArray(tasks.milestoneId, ids), notInArray(tasks.status, [...fixedStatuses]), or(isNotNull(tasks.startDate), isNotNull(tasks.dueDate))))
      .groupBy(tasks.milestoneId),
    loadWorkCalendar(db),
  ]);
  const deps = new Map<string, string[]>();
  for (const e of edges) (deps.get(e.to) ?? deps.set(e.to, []).get(e.to)!).push(e.from);
  return {
    campaign,
    plan: {
      milestones: rows.map((r) => ({ key: r.id, name: r.name, start: r.start, end: r.end, durationDays: r.durationDays, bufferDays: r.bufferDays, dependsOn: deps.get(r.id) ?? [] })),
      launchKey: launch.id,
      launchDate: campaign.launchDate ?? launch.start,
      priority: campaign.priority,
      calendar,
    },
    names: new Map(rows.map((r) => [r.id, r.name])),
    openTasks: new Map(counts.map((c) => [c.milestoneId!, c.n])),
    calendar,
  };
}

async function toPlanChange(db: Db, loaded: Loaded, change: RescheduleChange): Promise<PlanChange> {
  if (change.kind === "launch_date") {
    assertNear(change.date, "change.date", "The launch date");
    return { kind: "launch_date", date: change.date };
  }
  if (!loaded.names.has(change.milestoneId)) {
    const [other] = await db.select({ id: milestones.id }).from(milestones).where(eq(milestones.id, change.milestoneId));
    if (!other) throw new NotFound("That milestone");
    throw new ValidationFailed(`That milestone belongs to another campaign, not to "${loaded.campaign.name}".`, { "change.milestoneId": ["Choose a milestone of this campaign"] });
  }
  if (change.kind === "milestone_end") {
    assertNear(change.end, "change.end", "The milestone's new end date");
    return { kind: "milestone_end", key: change.milestoneId, end: change.end };
  }
  return { kind: "duration", key: change.milestoneId, durationDays: change.durationDays };
}

function assertNear(date: string, field: string, what: string) {
  const today = dayNumber(todayUtc());
  if (Math.abs(dayNumber(date) - today) > MAX_YEARS_FROM_TODAY * 366) {
    throw new ValidationFailed(`${what} ${date} is more than ${MAX_YEARS_FROM_TODAY} years from today; check the year.`, { [field]: [`Choose a date within ${MAX_YEARS_FROM_TODAY} years of today`] });
  }
}

function toOutcome(p: SlipPreview, loaded: Loaded): RescheduleOutcome {
  const name = (key: string) => loaded.names.get(key) ?? key;
  return {
    mode: p.mode as RescheduleMode,
    launchDate: p.launchDate,
    moved: p.moved.map((m) => ({ id: m.key, name: name(m.key), from: m.from, to: m.to, shiftDays: m.shiftDays })),
    movedTasks: p.moved.reduce((n, m) => n + (m.shiftDays !== 0 ? loaded.openTasks.get(m.key) ?? 0 : 0), 0),
    conflicts: p.conflicts.map((c) => ({ id: c.key, name: name(c.key), kind: c.kind, slackDays: c.slackDays, message: c.message })),
    buffersConsumed: p.buffersConsumed.map((b) => ({ id: b.key, name: name(b.key), bufferDays: b.bufferDays, remainingDays: b.remainingDays })),
  };
}

/** Moves the open dated tasks of each moved milestone by its start shift in working days; returns how many moved. */
async function shiftTasks(tx: Db, campaignId: string, slip: SlipPreview, cal: WorkCalendar): Promise<number> {
  const shift = new Map(slip.moved.filter((m) => m.shiftDays !== 0).map((m) => [m.key, m.shiftDays]));
  if (shift.size === 0) return 0;
  const rows = await tx.select({ id: tasks.id, milestoneId: tasks.milestoneId, startDate: tasks.startDate, dueDate: tasks.dueDate }).from(tasks)
    .where(and(eq(tasks.campaignId, campaignId), inArray(tasks.milestoneId, [...shift.keys()]), notInArray(tasks.status, [...fixedStatuses]), or(isNotNull(tasks.startDate), isNotNull(tasks.dueDate))))
    .for("update");
  if (rows.length === 0) return 0;
  const axis = new WorkingDayAxis(toWorkingDay(slip.plan.milestones[0]!.start, cal, "next"), cal);
  // a task keeps its length in working days: both ends move by the same number of working days
  const moved = rows.map((t) => {
    const d = shift.get(t.milestoneId!)!;
    return {
      id: t.id,
      start: t.startDate ? axis.date(axis.slotOf(t.startDate, "next") + d) : null,
      due: t.dueDate ? axis.date(axis.slotOf(t.dueDate, "previous") + d) : null,
    };
  });
  for (let i = 0; i < moved.length; i += 1000) {
    const values = sql.join(moved.slice(i, i + 1000).map((m) => sql`(${m.id}::uuid, ${m.start}::date, ${m.due}::date)`), sql`, `);
    await tx.execute(sql`update tasks set start_date = v.start_date, due_date = v.due_date, version = tasks.version + 1, updated_at = now()
      from (values ${values}) as v(id, start_date, due_date) where tasks.id = v.id`);
  }
  return moved.length;
}

/** Start ≤ launch ≤ end must still hold: a bound the new launch crosses moves with it, by the same number of days. */
function campaignDates(c: CampaignRecord, launchDate: string): { changes: Partial<Pick<CampaignRecord, "startDate" | "endDate">>; note: string } {
  if (!c.launchDate) return { changes: {}, note: "" };
  const delta = dayNumber(launchDate) - dayNumber(c.launchDate);
  const plus = (d: string) => new Date((dayNumber(d) + delta) * 86_400_000).toISOString().slice(0, 10);
  const changes: Partial<Pick<CampaignRecord, "startDate" | "endDate">> = {};
  const notes: string[] = [];
  if (c.endDate && c.endDate < launchDate) {
    changes.endDate = plus(c.endDate);
    notes.push(`end date ${c.endDate} → ${changes.endDate}`);
  }
  if (c.startDate && c.startDate > launchDate) {
    changes.startDate = plus(c.startDate);
    notes.push(`start date ${c.startDate} → ${changes.startDate}`);
  }
  return { changes, note: notes.length ? ` (${notes.join(", ")}, to keep the launch between them)` : "" };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "Rescheduled (keep buffers): launch 2027-02-01 → 2027-02-08; 5 milestones and 23 tasks moved; 1 conflict: …" */
export function summarise(oldLaunch: string | null, o: RescheduleOutcome, movedTasks: number): string {
  const mode = o.mode === "absorb" ? "absorb" : "keep buffers";
  const launch = oldLaunch === o.launchDate ? `launch stays ${o.launchDate}` : `launch ${oldLaunch ?? "none"} → ${o.launchDate}`;
  const moved = o.moved.length === 0 && movedTasks === 0 ? "nothing moved" : `${plural(o.moved.length, "milestone")} and ${plural(movedTasks, "task")} moved`;
  const conflicts = o.conflicts.length === 0 ? "" : `; ${plural(o.conflicts.length, "conflict")}: ${o.conflicts[0]!.message}${o.conflicts.length > 1 ? ` (and ${o.conflicts.length - 1} more)` : ""}`;
  return `Rescheduled (${mode}): ${launch}; ${moved}${conflicts}`;
}
