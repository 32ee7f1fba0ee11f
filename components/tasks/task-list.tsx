"use client";

import Link from "next/link";
import { useState } from "react";
import { ArrowDown, ArrowUp } from "lucide-react";
import type { TaskListItem } from "@/lib/tasks/list";
import { taskListHref } from "@/lib/tasks/list-params";
import type { TaskSortKey } from "@/lib/tasks/schemas";
import { BulkOutcomeAlert, TaskBulkBar, type BulkOutcome } from "./task-bulk-bar";
import { TaskRow } from "./task-row";

type Option = { id: string; name: string };
const th = "px-2 py-2.5 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase";

type SortProps = { label: string; sortKey: TaskSortKey; sort: TaskSortKey; dir: "asc" | "desc"; href: (changes: Record<string, string | undefined>) => string };

function SortLink({ label, sortKey, sort, dir, href }: SortProps) {
  const active = sort === sortKey;
  const nextDir = active && dir === "asc" ? "desc" : "asc";
  const Icon = dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <Link href={href({ sort: sortKey === "due" && nextDir === "asc" ? undefined : sortKey, dir: nextDir === "asc" ? undefined : nextDir })}
      className={`inline-flex items-center gap-1 hover:text-slate-900 ${active ? "text-slate-800" : ""}`}>
      {label}
      {active ? <Icon className="size-3" aria-hidden /> : null}
      <span className="sr-only">{active ? `, sorted ${dir === "asc" ? "ascending" : "descending"}` : ", sort"}</span>
    </Link>
  );
}

function SortHeader({ className, ...props }: SortProps & { className?: string }) {
  const active = props.sort === props.sortKey;
  return (
    <th scope="col" className={className ?? th} aria-sort={active ? (props.dir === "asc" ? "ascending" : "descending") : undefined}>
      <SortLink {...props} />
    </th>
  );
}

/** A page of tasks: sortable headers (URL state), inline edits per row, multi-select with a bulk bar. */
export function TaskList({ items, total, sort, dir, basePath, sp, members, showCampaign }: {
  items: TaskListItem[]; total: number; sort: TaskSortKey; dir: "asc" | "desc"; basePath: string; sp: Record<string, string>;
  members: Option[]; showCampaign: boolean;
}) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const href = (changes: Record<string, string | undefined>) => taskListHref(basePath, sp, changes);
  const visible = items.filter((t) => selected.has(t.id));
  const all = items.length > 0 && visible.length === items.length;
  const header = (label: string, key: TaskSortKey, className?: string) => <SortHeader label={label} sortKey={key} sort={sort} dir={dir} href={href} className={className} />;

  function toggle(id: string, on: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return (
    <>
      {outcome ? <BulkOutcomeAlert outcome={outcome} onDismiss={() => setOutcome(null)} /> : null}
      {visible.length ? (
        <TaskBulkBar ids={visible.map((t) => t.id)} members={members} onClear={() => setSelected(new Set())}
          onDone={(o, failedIds) => { setOutcome(o); setSelected(new Set(failedIds)); }} />
      ) : null}
      <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Tasks, {total} in total</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="w-10 py-2.5 pr-1 pl-4">
                <input type="checkbox" checked={all} onChange={(e) => setSelected(new Set(e.target.checked ? items.map((t) => t.id) : []))}
                  aria-label="Select all tasks on this page" className="size-4 rounded border-slate-300 text-brand-600" />
              </th>
              {showCampaign ? (
                <th scope="col" className={th}>
                  <span className="inline-flex gap-2">
                    <SortLink label="Task" sortKey="title" sort={sort} dir={dir} href={href} />
                    <span aria-hidden>·</span>
                    <SortLink label="Campaign" sortKey="campaign" sort={sort} dir={dir} href={href} />
                  </span>
                </th>
              ) : header("Task", "title")}
              {header("Status", "status")}
              {header("Priority", "priority")}
              {header("Assignee", "assignee")}
              {header("Due", "due")}
              {header("Estimate", "estimate", `${th} text-right`)}
              {header("Updated", "updated")}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((t) => (
              <TaskRow key={t.id} task={t} members={members} showCampaign={showCampaign}
                selected={selected.has(t.id)} onSelect={(on) => toggle(t.id, on)} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
