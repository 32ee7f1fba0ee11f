"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { PriorityBadge } from "@/components/campaigns/status-badge";
import { cn } from "@/components/ui/cn";
import { controlClass } from "@/components/ui/field";
import { campaignPriorities, type CampaignPriority, type TaskStatus } from "@/db/schema/values";
import { setTaskStatusAction, updateTaskAction } from "@/app/(app)/tasks/actions";
import { priorityLabels } from "@/lib/campaigns/labels";
import { format, parseISO } from "date-fns";
import { formatDateTime, formatDay } from "@/lib/core/format";
import type { TaskListItem } from "@/lib/tasks/list";
import { taskStatusLabels, taskTransitions } from "@/lib/tasks/rules";
import { BlockedBadge, OverdueBadge, TaskStatusBadge } from "./task-badges";

type Option = { id: string; name: string };
type Field = "status" | "assigneeId" | "priority" | "dueDate";

const started: readonly TaskStatus[] = ["in_progress", "in_review", "done"];
const inline = cn(controlClass, "h-8 py-1 text-xs");

const valuesOf = (t: TaskListItem) => ({ status: t.status, assigneeId: t.assigneeId ?? "", priority: t.priority, dueDate: t.dueDate ?? "" });

/** One task in a list: inline edits save on change with the row's version; a refusal shows in place and the value goes back. */
export function TaskRow({ task, members, showCampaign, selected, onSelect }: {
  task: TaskListItem; members: Option[]; showCampaign: boolean; selected: boolean; onSelect: (checked: boolean) => void;
}) {
  const [version, setVersion] = useState(task.version);
  const [values, setValues] = useState(() => valuesOf(task));
  const [seen, setSeen] = useState(task.version);
  // newer data from the server (this row's save, a bulk edit, someone else) replaces what the row shows
  if (task.version !== seen) {
    setSeen(task.version);
    setVersion(task.version);
    setValues(valuesOf(task));
  }
  const [error, setError] = useState<{ field: Field; message: string } | null>(null);
  const [saved, setSaved] = useState<Field | null>(null);
  const [pending, start] = useTransition();

  function save(field: Field, value: string) {
    const before = values[field];
    if (value === before) return;
    setValues((v) => ({ ...v, [field]: value }));
    setError(null);
    setSaved(null);
    start(async () => {
      const result = field === "status"
        ? await setTaskStatusAction({ id: task.id, status: value as TaskStatus, version })
        : await updateTaskAction({ id: task.id, version, [field]: field === "priority" ? value : value || null });
      if (result.ok) {
        setVersion(result.data.version);
        setSaved(field);
      } else {
        setValues((v) => ({ ...v, [field]: before }));
        setError({ field, message: result.error });
      }
    });
  }

  const errorId = `task-${task.id}-error`;
  const aria = (field: Field) => ({ "aria-invalid": error?.field === field || undefined, "aria-describedby": error?.field === field ? errorId : undefined });
  const current = values.status as TaskStatus;
  const assigneeOptions = task.assignee && !members.some((m) => m.id === task.assignee!.id) ? [...members, task.assignee] : members;

  return (
    <tr className={cn("align-top hover:bg-slate-50", selected && "bg-brand-50/40")} aria-busy={pending || undefined}>
      <td className="w-10 py-3 pr-1 pl-4">
        <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} aria-label={`Select "${task.title}"`}
          className="mt-1 size-4 rounded border-slate-300 text-brand-600" />
      </td>
      <td className="min-w-56 px-2 py-3">
        <Link href={`/tasks/${task.id}`} className="font-medium text-slate-900 hover:text-brand-700">{task.title}</Link>
        {showCampaign ? (
          <Link href={`/campaigns/${task.campaign.id}/tasks`} className="block text-xs text-slate-500 hover:text-brand-700">{task.campaign.name}</Link>
        ) : null}
        <div className="mt-1 flex flex-wrap items-center gap-1.5">
          {task.overdue ? <OverdueBadge /> : null}
          {task.effectiveStatus === "blocked" && task.blockedBy.length ? <BlockedBadge blockedBy={task.blockedBy} /> : null}
        </div>
        {error ? <p id={errorId} role="alert" className="mt-1.5 text-xs text-red-700">{error.message}</p> : null}
        {saved && !error ? <p role="status" className="mt-1 text-xs text-green-700">Saved</p> : null}
      </td>
      <td className="px-2 py-3">
        {task.canEdit ? (
          <select className={cn(inline, "w-32")} value={current} onChange={(e) => save("status", e.target.value)} aria-label={`Status of "${task.title}"`} {...aria("status")}>
            <option value={current}>{taskStatusLabels[current]}</option>
            {taskTransitions[current].map((s) => {
              const blocked = started.includes(s) && task.blockedBy.length > 0;
              return <option key={s} value={s} disabled={blocked}>{taskStatusLabels[s]}{blocked ? " — blocked" : ""}</option>;
            })}
          </select>
        ) : <TaskStatusBadge status={task.effectiveStatus} />}
      </td>
      <td className="px-2 py-3">
        {task.canEdit ? (
          <select className={cn(inline, "w-24")} value={values.priority} onChange={(e) => save("priority", e.target.value)} aria-label={`Priority of "${task.title}"`} {...aria("priority")}>
            {campaignPriorities.map((p) => <option key={p} value={p}>{priorityLabels[p]}</option>)}
          </select>
        ) : <PriorityBadge priority={values.priority as CampaignPriority} />}
      </td>
      <td className="px-2 py-3">
        {task.canEdit ? (
          <select className={cn(inline, "w-36")} value={values.assigneeId} onChange={(e) => save("assigneeId", e.target.value)} aria-label={`Assignee of "${task.title}"`} {...aria("assigneeId")}>
            <option value="">Unassigned</option>
            {assigneeOptions.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        ) : <span className="text-slate-700">{task.assignee?.name ?? <span className="text-slate-400">Unassigned</span>}</span>}
      </td>
      <td className="px-2 py-3 whitespace-nowrap">
        {task.canEdit ? (
          <input type="date" className={cn(inline, "w-34", task.overdue && "text-red-700")} defaultValue={values.dueDate} key={values.dueDate}
            aria-label={`Due date of "${task.title}"`} {...aria("dueDate")}
            onBlur={(e) => save("dueDate", e.target.value)}
            onKeyDown={(e) => { if (e.key === "Enter") save("dueDate", e.currentTarget.value); }} />
        ) : <span className={task.overdue ? "text-red-700" : "text-slate-700"}>{formatDay(task.dueDate)}</span>}
      </td>
      <td className="px-2 py-3 text-right text-slate-700 tabular-nums">{task.estimateHours === null ? "—" : `${task.estimateHours} h`}</td>
      <td className="px-2 py-3 whitespace-nowrap text-slate-500"><time dateTime={task.updatedAt} title={formatDateTime(task.updatedAt)}>{format(parseISO(task.updatedAt), "MMM d")}</time></td>
    </tr>
  );
}
