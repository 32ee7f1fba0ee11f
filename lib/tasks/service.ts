import { and, eq, sql } from "drizzle-orm";
import { tasks, type TaskRow } from "@/db/schema";
import type { Db } from "@/db/types";
import { staleEditConflict as explainStaleEdit } from "@/lib/audit/stale-edit";
import { audit } from "@/lib/audit/service";
import type { Ctx } from "@/lib/core/context";
import { ValidationFailed } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { assertCanCreateTask, assertCanEditTask } from "./policy";
import {
  assertAssignable, assertMilestoneOf, getTaskCampaign, getTaskOrThrow, predecessorsOf, worksOnCampaign,
} from "./records";
import { decideTaskMove, taskStatusLabels } from "./rules";
import {
  createTaskInput, setTaskStatusInput, taskDateIssues, updateTaskInput,
  type CreateTaskInput, type SetTaskStatusInput, type UpdateTaskInput,
} from "./schemas";
import { changedTaskFields, taskFieldLabels, taskSnapshot, toTaskView, type TaskSnapshot, type TaskView } from "./view";

const entityType = "task";

export async function createTask(ctx: Ctx, raw: CreateTaskInput): Promise<TaskView> {
  const input = parseInput(createTaskInput, raw);
  const campaign = await getTaskCampaign(ctx.db, input.campaignId);
  assertCanCreateTask(ctx.actor, campaign, await worksOnCampaign(ctx.db, ctx.actor.userId, campaign.id));
  if (input.assigneeId) await assertAssignable(ctx.db, input.assigneeId);
  if (input.milestoneId) await assertMilestoneOf(ctx.db, input.milestoneId, campaign.id);
  return ctx.db.transaction(async (tx) => {
    // a new task goes to the bottom of its campaign's To do column
    const [last] = await tx
      .select({ max: sql<number | null>`max(${tasks.position})` })
      .from(tasks)
      .where(and(eq(tasks.campaignId, campaign.id), eq(tasks.status, "todo")));
    const [row] = await tx
      .insert(tasks)
      .values({
        campaignId: campaign.id,
        milestoneId: input.milestoneId ?? null,
        title: input.title,
        description: input.description,
        priority: input.priority,
        assigneeId: input.assigneeId ?? null,
        requiredSkills: input.requiredSkills,
        estimateHours: input.estimateHours ?? null,
        startDate: input.startDate ?? null,
        dueDate: input.dueDate ?? null,
        position: (last?.max ?? 0) + 1,
        createdById: ctx.actor.userId,
      })
      .returning();
    await audit(tx, ctx.actor, {
      action: "task.created", entityType, entityId: row!.id,
      summary: `Created task "${row!.title}" in "${campaign.name}"`, after: taskSnapshot(row!),
    });
    return toTaskView(row!);
  });
}

/** Explains a lost race: who changed what since the version the editor read. */
export async function staleTaskConflict(db: Db, id: string, readVersion: number) {
  const current = await getTaskOrThrow(db, id);
  return explainStaleEdit(db, {
    entityType, entityId: id, readVersion, name: current.title, currentVersion: current.version,
    changedFields: (before, after) => changedTaskFields(before as Partial<TaskSnapshot>, after as Partial<TaskSnapshot>),
    fieldLabels: taskFieldLabels,
  });
}

const editable = [
  "title", "description", "priority", "milestoneId", "assigneeId", "requiredSkills", "estimateHours", "startDate", "dueDate",
] as const;

export async function updateTask(ctx: Ctx, raw: UpdateTaskInput): Promise<TaskView> {
  const input = parseInput(updateTaskInput, raw);
  const current = await getTaskOrThrow(ctx.db, input.id);
  const campaign = await getTaskCampaign(ctx.db, current.campaignId);
  assertCanEditTask(ctx.actor, campaign, current, "edit tasks");
  if (current.version !== input.version) throw await staleTaskConflict(ctx.db, input.id, input.version);
  const dateIssues = taskDateIssues({
    startDate: input.startDate === undefined ? current.startDate : input.startDate,
    dueDate: input.dueDate === undefined ? current.dueDate : input.dueDate,
  });
  if (Object.keys(dateIssues).length) {
    throw new ValidationFailed(`Invalid input — ${Object.values(dateIssues).join("; ")}`, Object.fromEntries(Object.entries(dateIssues).map(([k, v]) => [k, [v]])));
  }
  if (input.assigneeId && input.assigneeId !== current.assigneeId) await assertAssignable(ctx.db, input.assigneeId);
  if (input.milestoneId && input.milestoneId !== current.milestoneId) await assertMilestoneOf(ctx.db, input.milestoneId, current.campaignId);

  const changes: Partial<typeof tasks.$inferInsert> = {};
  for (const key of editable) {
    if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
  }
  const before = taskSnapshot(current);
  const fields = changedTaskFields(before, taskSnapshot({ ...current, ...changes } as TaskRow));
  if (fields.length === 0) return toTaskView(current);

  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(tasks)
      .set({ ...changes, version: sql`${tasks.version} + 1`, updatedAt: new Date() })
      .where(and(eq(tasks.id, input.id), eq(tasks.version, input.version)))
      .returning();
    if (!row) throw await staleTaskConflict(tx, input.id, input.version);
    await audit(tx, ctx.actor, {
      action: "task.updated", entityType, entityId: row.id,
      summary: `Updated ${fields.map((f) => taskFieldLabels[f]).join(", ")} of "${row.title}"`,
      before, after: taskSnapshot(row),
    });
    return toTaskView(row);
  });
}

export async function setTaskStatus(ctx: Ctx, raw: SetTaskStatusInput): Promise<TaskView> {
  const input = parseInput(setTaskStatusInput, raw);
  return ctx.db.transaction(async (tx) => {
    // the row lock makes two simultaneous moves of one task run one after the other
    const current = await getTaskOrThrow(tx, input.id, true);
    const campaign = await getTaskCampaign(tx, current.campaignId);
    assertCanEditTask(ctx.actor, campaign, current, "change a task's status");
    if (input.version !== undefined && current.version !== input.version) throw await staleTaskConflict(tx, input.id, input.version);
    const to = decideTaskMove(current, input.status, await predecessorsOf(tx, current.id));
    const [row] = await tx
      .update(tasks)
      .set({
        status: to,
        // reopening clears the completion time; finishing again records the new one
        completedAt: to === "done" ? new Date() : null,
        version: sql`${tasks.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(tasks.id, current.id))
      .returning();
    await audit(tx, ctx.actor, {
      action: "task.status_changed", entityType, entityId: row!.id,
      summary: `Moved "${row!.title}" from ${taskStatusLabels[current.status]} to ${taskStatusLabels[to]}`,
      before: taskSnapshot(current), after: taskSnapshot(row!),
    });
    return toTaskView(row!);
  });
}
