import { AlertTriangle, Link2 } from "lucide-react";
import { Badge, type Tone } from "@/components/ui/badge";
import type { TaskStatus } from "@/db/schema/values";
import { taskStatusLabels } from "@/lib/tasks/rules";

export const taskStatusTones: Record<TaskStatus, Tone> = {
  todo: "slate", in_progress: "blue", blocked: "amber", in_review: "violet", done: "green", cancelled: "slate",
};

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  return <Badge tone={taskStatusTones[status]}>{taskStatusLabels[status]}</Badge>;
}

export function OverdueBadge() {
  return <Badge tone="red"><AlertTriangle className="mr-1 size-3" aria-hidden />Overdue</Badge>;
}

/** A to-do task waiting on open tasks: the badge names them (also for screen readers). */
export function BlockedBadge({ blockedBy }: { blockedBy: string[] }) {
  const names = blockedBy.join(", ");
  return (
    <span className="inline-flex items-center gap-1 text-xs text-amber-800" title={`Waiting for: ${names}`}>
      <Badge tone="amber"><Link2 className="mr-1 size-3" aria-hidden />Blocked</Badge>
      <span className="max-w-56 truncate">by {names}</span>
    </span>
  );
}
