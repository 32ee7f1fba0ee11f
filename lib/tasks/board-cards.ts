import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { campaigns, taskDependencies, tasks, users } from "@/db/schema";
import type { TaskStatus } from "@/db/schema/values";
import type { Actor } from "@/lib/core/context";
import { canEditTask } from "./policy";
import { isOverdue } from "./rules";

/** One card on the board: what the card shows, and whether the viewer may move it. */
export type BoardCard = {
  id: string;
  version: number;
  title: string;
  status: TaskStatus;
  /** "blocked" for a to-do task waiting on open predecessors */
  effectiveStatus: TaskStatus;
  /** titles of the open tasks this one waits for */
  blockedBy: string[];
  priority: "low" | "medium" | "high" | "critical";
  assignee: { id: string; name: string } | null;
  dueDate: string | null;
  overdue: boolean;
  estimateHours: number | null;
  campaign: { id: string; name: string };
  position: number;
  can: { move: boolean };
};

/** The columns a card query selects; board.ts ranks them, move.ts reads one by id. */
export const cardFields = {
  id: tasks.id,
  version: tasks.version,
  title: tasks.title,
  status: tasks.status,
  priority: tasks.priority,
  assigneeId: tasks.assigneeId,
  dueDate: tasks.dueDate,
  estimateHours: tasks.estimateHours,
  position: tasks.position,
  campaignId: tasks.campaignId,
  // aliased: campaigns and users have columns of the same names
  campaignName: sql<string>`${campaigns.name}`.as("campaign_name"),
  campaignOwnerId: sql<string | null>`${campaigns.ownerId}`.as("campaign_owner_id"),
  campaignArchived: sql<boolean>`(${campaigns.archivedAt} is not null)`.as("campaign_archived"),
  assigneeName: sql<string | null>`${users.name}`.as("assignee_name"),
};

export type CardRow = {
  id: string; version: number; title: string; status: TaskStatus; priority: BoardCard["priority"]; assigneeId: string | null;
  dueDate: string | null; estimateHours: number | null; position: number; campaignId: string; campaignName: string;
  campaignOwnerId: string | null; campaignArchived: boolean; assigneeName: string | null;
};

/**
 * Titles of the open predecessors of the task whose id is `taskId`, as a text[] computed per card
 * in the same statement (task_dependencies_successor_idx), so blockers cost no extra round trip.
 * "Open" is rules.ts isOpen: not done and not cancelled.
 */
export function openBlockersSql(taskId: AnyColumn | SQL.Aliased | SQL) {
  return sql<string[]>`array(
    select p.title from ${taskDependencies} d join ${tasks} p on p.id = d.predecessor_id
    where d.successor_id = ${taskId} and p.status not in ('done', 'cancelled')
    order by p.position, p.title)`;
}

export function toBoardCard(row: CardRow, blockedBy: string[], actor: Actor, today: string): BoardCard {
  const campaign = { id: row.campaignId, name: row.campaignName, ownerId: row.campaignOwnerId, archivedAt: row.campaignArchived ? new Date(0) : null };
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    status: row.status,
    // as rules.ts effectiveStatus: a to-do task waiting on open predecessors shows as blocked
    effectiveStatus: row.status === "todo" && blockedBy.length > 0 ? "blocked" : row.status,
    blockedBy,
    priority: row.priority,
    assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName ?? "Unknown member" } : null,
    dueDate: row.dueDate,
    overdue: isOverdue(row, today),
    estimateHours: row.estimateHours === null ? null : Number(row.estimateHours),
    campaign: { id: row.campaignId, name: row.campaignName },
    position: row.position,
    // tasks of an archived campaign are history: nobody moves them
    can: { move: !row.campaignArchived && canEditTask(actor, campaign, row) },
  };
}
