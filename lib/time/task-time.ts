import { desc, eq } from "drizzle-orm";
import { timeEntries, users } from "@/db/schema";
import type { Ctx } from "@/lib/core/context";
import { getTaskCampaign, getTaskOrThrow } from "@/lib/tasks/records";
import { localToday } from "@/lib/team/capacity";
import { taskActuals, type TaskActuals } from "./actuals";
import { canEditEntry, canLogTime, canSetRemaining } from "./policy";
import { sumHours } from "./rules";
import { runningTimerOf, toEntryView, type TimeEntryView } from "./service";

export type TaskTimeEntry = TimeEntryView & { author: string; canEdit: boolean };

/** Everything the task page's Time section shows, with what the reader may do. */
export type TaskTime = {
  actuals: TaskActuals;
  entries: TaskTimeEntry[];
  /** the reader's running timer on this task */
  myTimer: TaskTimeEntry | null;
  /** the reader's running timer on another task (starting here stops it) */
  otherTimer: { entryId: string; taskId: string } | null;
  today: string;
  can: { log: boolean; setRemaining: boolean };
};

export async function getTaskTime(ctx: Ctx, taskId: string): Promise<TaskTime> {
  const task = await getTaskOrThrow(ctx.db, taskId);
  const campaign = await getTaskCampaign(ctx.db, task.campaignId);
  const me = ctx.actor.userId;
  const [rows, mine, running] = await Promise.all([
    ctx.db
      .select({ entry: timeEntries, author: users.name })
      .from(timeEntries)
      .innerJoin(users, eq(users.id, timeEntries.userId))
      .where(eq(timeEntries.taskId, task.id))
      .orderBy(desc(timeEntries.workDate), desc(timeEntries.createdAt)),
    me ? ctx.db.select({ timezone: users.timezone }).from(users).where(eq(users.id, me)).then((r) => r[0] ?? null) : null,
    me ? runningTimerOf(ctx.db, me) : null,
  ]);
  const entries = rows.map(({ entry, author }) => ({ ...toEntryView(entry), author, canEdit: canEditEntry(ctx.actor, entry) }));
  const logged = sumHours(entries.map((e) => e.hours));
  return {
    actuals: taskActuals({ status: task.status, estimateHours: task.estimateHours, remainingHours: task.remainingHours, loggedHours: logged }),
    entries: entries.filter((e) => !e.running || e.userId === me),
    myTimer: entries.find((e) => e.running && e.userId === me) ?? null,
    otherTimer: running && running.taskId !== task.id ? { entryId: running.id, taskId: running.taskId } : null,
    today: localToday(mine?.timezone ?? "UTC"),
    can: { log: canLogTime(ctx.actor, campaign, task), setRemaining: !campaign.archivedAt && canSetRemaining(ctx.actor, task) },
  };
}

