import type { TaskRow } from "@/db/schema";

/** The public shape of a task written by the task services. */
export type TaskView = {
  id: string;
  campaignId: string;
  milestoneId: string | null;
  title: string;
  description: string;
  status: TaskRow["status"];
  priority: TaskRow["priority"];
  assigneeId: string | null;
  requiredSkills: string[];
  estimateHours: number | null;
  startDate: string | null;
  dueDate: string | null;
  position: number;
  completedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export function toTaskView(row: TaskRow): TaskView {
  return {
    id: row.id,
    campaignId: row.campaignId,
    milestoneId: row.milestoneId,
    title: row.title,
    description: row.description,
    status: row.status,
    priority: row.priority,
    assigneeId: row.assigneeId,
    requiredSkills: row.requiredSkills,
    estimateHours: row.estimateHours,
    startDate: row.startDate,
    dueDate: row.dueDate,
    position: row.position,
    completedAt: row.completedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of a task, before and after a change. */
export function taskSnapshot(row: TaskRow) {
  return {
    title: row.title,
    description: row.description,
    status: row.status,
    priority: row.priority,
    milestoneId: row.milestoneId,
    assigneeId: row.assigneeId,
    requiredSkills: row.requiredSkills,
    estimateHours: row.estimateHours,
    startDate: row.startDate,
    dueDate: row.dueDate,
    campaignId: row.campaignId,
    version: row.version,
  };
}

export type TaskSnapshot = ReturnType<typeof taskSnapshot>;

export const taskFieldLabels: Record<string, string> = {
  title: "title", description: "description", status: "status", priority: "priority", milestoneId: "milestone",
  assigneeId: "assignee", requiredSkills: "required skills", estimateHours: "estimate", startDate: "start date",
  dueDate: "due date",
};

/** Fields (keys of taskFieldLabels) whose values differ between two snapshots. */
export function changedTaskFields(before: Partial<TaskSnapshot>, after: Partial<TaskSnapshot>): string[] {
  return Object.keys(taskFieldLabels).filter(
    (k) => JSON.stringify(before[k as keyof TaskSnapshot] ?? null) !== JSON.stringify(after[k as keyof TaskSnapshot] ?? null),
  );
}
