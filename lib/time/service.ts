import { and, eq, isNull, isNotNull, sql } from "drizzle-orm";
import { tasks, timeEntries, users, type TaskRow, type TimeEntryRow } from "@/db/schema";
import type { Db } from "@/db/types";
import { audit } from "@/lib/audit/service";
import type { Actor, Ctx } from "@/lib/core/context";
import { Conflict, NotFound, ValidationFailed } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { getTaskCampaign, getTaskOrThrow } from "@/lib/tasks/records";
import { localToday } from "@/lib/team/capacity";
import { assertCanEditEntry, assertCanLogTime, assertCanSetRemaining } from "./policy";
import { elapsedHours, futureDateMessage } from "./rules";
import {
  deleteEntryInput, logTimeInput, setRemainingEstimateInput, startTimerInput, stopTimerInput, updateEntryInput,
  type DeleteEntryInput, type LogTimeInput, type SetRemainingEstimateInput, type StartTimerInput, type StopTimerInput,
  type UpdateEntryInput,
} from "./schemas";

/** The public shape of a time entry. `running` entries have no hours yet. */
export type TimeEntryView = {
  id: string;
  taskId: string;
  userId: string;
  workDate: string;
  hours: number | null;
  note: string;
  running: boolean;
  timerStartedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export function toEntryView(row: TimeEntryRow): TimeEntryView {
  return {
    id: row.id,
    taskId: row.taskId,
    userId: row.userId,
    workDate: row.workDate,
    hours: row.hours,
    note: row.note,
    running: row.hours === null,
    timerStartedAt: row.timerStartedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const entityType = "task";
const fmt = (h: number) => `${h} h`;
const snapshot = (r: TimeEntryRow) => ({ entryId: r.id, userId: r.userId, workDate: r.workDate, hours: r.hours, note: r.note, version: r.version });

async function timezoneOf(db: Db, userId: string, lock = false): Promise<string> {
  const q = db.select({ timezone: users.timezone }).from(users).where(eq(users.id, userId));
  const [u] = await (lock ? q.for("update") : q);
  if (!u) throw new NotFound("That member");
  return u.timezone;
}

function assertNotFuture(workDate: string, timezone: string, now = new Date()) {
  const message = futureDateMessage(workDate, localToday(timezone, now));
  if (message) throw new ValidationFailed(message, { workDate: ["Choose today or an earlier day"] });
}

async function loggableTask(ctx: Ctx, taskId: string): Promise<TaskRow> {
  const task = await getTaskOrThrow(ctx.db, taskId);
  assertCanLogTime(ctx.actor, await getTaskCampaign(ctx.db, task.campaignId), task);
  return task;
}

async function getEntryOrThrow(db: Db, id: string): Promise<TimeEntryRow> {
  const [row] = await db.select().from(timeEntries).where(eq(timeEntries.id, id));
  if (!row) throw new NotFound("That time entry");
  return row;
}

function staleEntry(current: TimeEntryRow | undefined, readVersion: number) {
  if (!current) return new NotFound("That time entry");
  return new Conflict(
    `This time entry changed since you opened it (you read version ${readVersion}, it is now version ${current.version}). Reload to see the change, then try again.`,
    { currentVersion: current.version },
  );
}

/** Stops a running timer inside `tx`: hours from the elapsed time, the day it started in the author's calendar. */
async function stopRunning(tx: Db, actor: Actor, entry: TimeEntryRow, taskTitle: string, now: Date): Promise<TimeEntryRow> {
  const timezone = await timezoneOf(tx, entry.userId);
  const startedAt = entry.timerStartedAt ?? entry.createdAt;
  const hours = elapsedHours(startedAt, now);
  const [row] = await tx
    .update(timeEntries)
    .set({ hours, workDate: localToday(timezone, startedAt), version: sql`${timeEntries.version} + 1`, updatedAt: now })
    .where(and(eq(timeEntries.id, entry.id), isNull(timeEntries.hours)))
    .returning();
  if (!row) throw new Conflict("That timer was already stopped. Reload to see the entry.");
  await audit(tx, actor, {
    action: "time.timer_stopped", entityType, entityId: row.taskId,
    summary: `Stopped the timer on "${taskTitle}": ${fmt(hours)} on ${row.workDate}`, before: snapshot(entry), after: snapshot(row),
  });
  return row;
}

/** The person's running timer, if any (at most one). */
export async function runningTimerOf(db: Db, userId: string): Promise<TimeEntryRow | null> {
  const [row] = await db
    .select()
    .from(timeEntries)
    .where(and(eq(timeEntries.userId, userId), isNull(timeEntries.hours), isNotNull(timeEntries.timerStartedAt)))
    .limit(1);
  return row ?? null;
}

/**
 * Starts a timer on a task for the actor. A person runs one timer at a time: starting one stops
 * the one running on another task (and starting it again on the same task keeps it running).
 */
export async function startTimer(ctx: Ctx, raw: StartTimerInput): Promise<TimeEntryView & { stopped: TimeEntryView | null }> {
  const input = parseInput(startTimerInput, raw);
  const task = await loggableTask(ctx, input.taskId);
  const userId = ctx.actor.userId!;
  return ctx.db.transaction(async (tx) => {
    // the person's row lock makes two starts at once run one after the other: one timer survives
    const timezone = await timezoneOf(tx, userId, true);
    const running = await runningTimerOf(tx, userId);
    if (running?.taskId === task.id) return { ...toEntryView(running), stopped: null };
    const now = new Date();
    let stopped: TimeEntryRow | null = null;
    if (running) {
      const [other] = await tx.select({ title: tasks.title }).from(tasks).where(eq(tasks.id, running.taskId));
      stopped = await stopRunning(tx, ctx.actor, running, other?.title ?? "another task", now);
    }
    const [row] = await tx
      .insert(timeEntries)
      .values({ taskId: task.id, userId, workDate: localToday(timezone, now), hours: null, timerStartedAt: now, createdAt: now, updatedAt: now })
      .returning();
    await audit(tx, ctx.actor, {
      action: "time.timer_started", entityType, entityId: task.id,
      summary: `Started a timer on "${task.title}"`, after: snapshot(row!),
    });
    return { ...toEntryView(row!), stopped: stopped ? toEntryView(stopped) : null };
  });
}

export async function stopTimer(ctx: Ctx, raw: StopTimerInput): Promise<TimeEntryView> {
  const input = parseInput(stopTimerInput, raw);
  const entry = await getEntryOrThrow(ctx.db, input.entryId);
  assertCanEditEntry(ctx.actor, entry, "stop this timer");
  if (entry.hours !== null) throw new Conflict("That timer was already stopped. Reload to see the entry.");
  const task = await getTaskOrThrow(ctx.db, entry.taskId);
  return ctx.db.transaction(async (tx) => toEntryView(await stopRunning(tx, ctx.actor, entry, task.title, new Date())));
}

/** A manual entry: hours on a day (today or earlier in the actor's timezone). */
export async function logTime(ctx: Ctx, raw: LogTimeInput): Promise<TimeEntryView> {
  const input = parseInput(logTimeInput, raw);
  const task = await loggableTask(ctx, input.taskId);
  const userId = ctx.actor.userId!;
  const timezone = await timezoneOf(ctx.db, userId);
  const workDate = input.workDate ?? localToday(timezone);
  assertNotFuture(workDate, timezone);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(timeEntries).values({ taskId: task.id, userId, workDate, hours: input.hours, note: input.note }).returning();
    await audit(tx, ctx.actor, {
      action: "time.logged", entityType, entityId: task.id,
      summary: `Logged ${fmt(input.hours)} on "${task.title}" for ${workDate}`, after: snapshot(row!),
    });
    return toEntryView(row!);
  });
}

export async function updateEntry(ctx: Ctx, raw: UpdateEntryInput): Promise<TimeEntryView> {
  const input = parseInput(updateEntryInput, raw);
  const current = await getEntryOrThrow(ctx.db, input.id);
  assertCanEditEntry(ctx.actor, current, "edit this time entry");
  if (current.version !== input.version) throw staleEntry(current, input.version);
  if (current.hours === null) throw new Conflict("This timer is still running: stop it before editing the entry.");
  if (input.workDate !== undefined) assertNotFuture(input.workDate, await timezoneOf(ctx.db, current.userId));
  const changes = {
    ...(input.workDate !== undefined ? { workDate: input.workDate } : {}),
    ...(input.hours !== undefined ? { hours: input.hours } : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
  };
  const changed = Object.entries(changes).filter(([k, v]) => current[k as keyof typeof changes] !== v).map(([k]) => k);
  if (changed.length === 0) return toEntryView(current);
  const task = await getTaskOrThrow(ctx.db, current.taskId);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(timeEntries)
      .set({ ...changes, version: sql`${timeEntries.version} + 1`, updatedAt: new Date() })
      .where(and(eq(timeEntries.id, current.id), eq(timeEntries.version, input.version)))
      .returning();
    if (!row) throw staleEntry((await tx.select().from(timeEntries).where(eq(timeEntries.id, current.id)))[0], input.version);
    await audit(tx, ctx.actor, {
      action: "time.updated", entityType, entityId: task.id,
      summary: `Edited a time entry on "${task.title}" (${changed.map((c) => (c === "workDate" ? "date" : c)).join(", ")}): ${fmt(row.hours ?? 0)} on ${row.workDate}`,
      before: snapshot(current), after: snapshot(row),
    });
    return toEntryView(row);
  });
}

export async function deleteEntry(ctx: Ctx, raw: DeleteEntryInput): Promise<{ id: string; taskId: string }> {
  const input = parseInput(deleteEntryInput, raw);
  const current = await getEntryOrThrow(ctx.db, input.id);
  assertCanEditEntry(ctx.actor, current, "delete this time entry");
  if (current.version !== input.version) throw staleEntry(current, input.version);
  const task = await getTaskOrThrow(ctx.db, current.taskId);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(timeEntries)
      .where(and(eq(timeEntries.id, current.id), eq(timeEntries.version, input.version)))
      .returning();
    if (!row) throw staleEntry((await tx.select().from(timeEntries).where(eq(timeEntries.id, current.id)))[0], input.version);
    await audit(tx, ctx.actor, {
      action: "time.deleted", entityType, entityId: task.id,
      summary: current.hours === null
        ? `Discarded a running timer on "${task.title}"`
        : `Deleted ${fmt(current.hours)} logged on "${task.title}" for ${current.workDate}`,
      before: snapshot(current),
    });
    return { id: row.id, taskId: row.taskId };
  });
}

/** The assignee's own estimate of the work left; null goes back to estimate minus logged. */
export async function setRemainingEstimate(ctx: Ctx, raw: SetRemainingEstimateInput): Promise<{ taskId: string; remainingHours: number | null }> {
  const input = parseInput(setRemainingEstimateInput, raw);
  const task = await getTaskOrThrow(ctx.db, input.taskId);
  assertCanSetRemaining(ctx.actor, task);
  const campaign = await getTaskCampaign(ctx.db, task.campaignId);
  if (campaign.archivedAt) throw new Conflict(`"${campaign.name}" is archived: its tasks cannot be changed.`);
  if (task.remainingHours === input.remainingHours) return { taskId: task.id, remainingHours: task.remainingHours };
  return ctx.db.transaction(async (tx) => {
    // not a version bump: the remaining estimate is the assignee's running note, not a plan edit that others could overwrite
    const [row] = await tx.update(tasks).set({ remainingHours: input.remainingHours, updatedAt: new Date() }).where(eq(tasks.id, task.id)).returning();
    await audit(tx, ctx.actor, {
      action: "task.remaining_estimate_set", entityType, entityId: task.id,
      summary: input.remainingHours === null
        ? `Cleared the remaining estimate of "${task.title}"`
        : `Set the remaining estimate of "${task.title}" to ${fmt(input.remainingHours)}`,
      before: { remainingHours: task.remainingHours }, after: { remainingHours: row!.remainingHours },
    });
    return { taskId: row!.id, remainingHours: row!.remainingHours };
  });
}
