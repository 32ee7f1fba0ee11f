"use client";

import Link from "next/link";
import { useEffect, useState, useTransition } from "react";
import { X } from "lucide-react";
import { addTaskDependencyAction, listDependencyCandidatesAction, removeTaskDependencyAction } from "@/app/(app)/tasks/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import type { TaskLink } from "@/lib/tasks/detail";
import type { DependencyDirection } from "@/lib/tasks/schemas";
import { TaskStatusBadge } from "./task-badges";

type Direction = DependencyDirection;

function LinkList({ title, empty, links, canEdit, onRemove, pending }: {
  title: string; empty: string; links: TaskLink[]; canEdit: boolean; onRemove: (t: TaskLink) => void; pending: boolean;
}) {
  return (
    <section aria-label={title}>
      <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h3>
      {links.length === 0 ? <p className="text-sm text-slate-500">{empty}</p> : (
        <ul className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
          {links.map((t) => (
            <li key={t.id} className="flex items-center justify-between gap-3 px-3 py-2">
              <span className="flex min-w-0 items-center gap-2">
                <Link href={`/tasks/${t.id}`} className="truncate text-sm font-medium text-slate-900 hover:text-brand-700">{t.title}</Link>
                <TaskStatusBadge status={t.status} />
              </span>
              {canEdit ? (
                <button type="button" onClick={() => onRemove(t)} disabled={pending} aria-label={`Remove dependency on "${t.title}"`}
                  className="rounded p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700 disabled:opacity-50">
                  <X className="size-4" aria-hidden />
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Waits for" and "Blocks", with remove buttons and a picker to add a link either way; a cycle is refused in place. */
export function TaskDependencies({ task, predecessors, successors, canEdit }: {
  task: { id: string; title: string }; predecessors: TaskLink[]; successors: TaskLink[]; canEdit: boolean;
}) {
  const [direction, setDirection] = useState<Direction>("waits_for");
  const [query, setQuery] = useState("");
  const [candidates, setCandidates] = useState<TaskLink[] | null>(null);
  const [choice, setChoice] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const links = predecessors.length + successors.length;

  useEffect(() => {
    if (!canEdit) return;
    let live = true;
    const timer = setTimeout(async () => {
      const result = await listDependencyCandidatesAction(task.id, query, direction);
      if (!live) return;
      setCandidates(result.ok ? result.data : []);
      if (!result.ok) setError(result.error);
    }, query ? 250 : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [task.id, query, direction, canEdit, links]);

  function add(e: React.FormEvent) {
    e.preventDefault();
    if (!choice) return setError("Choose a task first.");
    const other = choice;
    setError(null);
    setNotice(null);
    start(async () => {
      const input = direction === "waits_for" ? { predecessorId: other, successorId: task.id } : { predecessorId: task.id, successorId: other };
      const result = await addTaskDependencyAction(input);
      if (!result.ok) return setError(result.error);
      setChoice("");
      setNotice(`"${result.data.successor.title}" now waits for "${result.data.predecessor.title}".`);
    });
  }

  function remove(input: { predecessorId: string; successorId: string }) {
    setError(null);
    setNotice(null);
    start(async () => {
      const result = await removeTaskDependencyAction(input);
      if (!result.ok) setError(result.error);
    });
  }

  return (
    <div className="space-y-5">
      <div className="grid gap-5 sm:grid-cols-2">
        <LinkList title="Waits for" empty="Nothing: this task can start any time." links={predecessors} canEdit={canEdit} pending={pending}
          onRemove={(t) => remove({ predecessorId: t.id, successorId: task.id })} />
        <LinkList title="Blocks" empty="No task waits for this one." links={successors} canEdit={canEdit} pending={pending}
          onRemove={(t) => remove({ predecessorId: task.id, successorId: t.id })} />
      </div>
      {canEdit ? (
        <form onSubmit={add} className="rounded-md bg-slate-50 p-4 ring-1 ring-slate-200" aria-label="Add dependency">
          <h3 className="mb-3 text-sm font-semibold text-slate-900">Add dependency</h3>
          <div className="grid gap-3 sm:grid-cols-[9rem_minmax(0,1fr)_minmax(0,1.4fr)_auto] sm:items-end">
            <div>
              <label htmlFor="dep-direction" className="mb-1 block text-xs font-medium text-slate-600">This task</label>
              <Select id="dep-direction" value={direction} onChange={(e) => { setDirection(e.target.value as Direction); setChoice(""); }}>
                <option value="waits_for">waits for</option>
                <option value="blocks">blocks</option>
              </Select>
            </div>
            <div>
              <label htmlFor="dep-search" className="mb-1 block text-xs font-medium text-slate-600">Find a task</label>
              <Input id="dep-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search by title…" />
            </div>
            <div>
              <label htmlFor="dep-task" className="mb-1 block text-xs font-medium text-slate-600">Task</label>
              <Select id="dep-task" value={choice} onChange={(e) => setChoice(e.target.value)} aria-invalid={Boolean(error) || undefined}
                aria-describedby={error ? "dep-error" : undefined}>
                <option value="">{candidates === null ? "Loading…" : candidates.length ? "Choose a task…" : "No other tasks to link"}</option>
                {(candidates ?? []).map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
              </Select>
            </div>
            <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Add"}</Button>
          </div>
          {error ? <Alert className="mt-3"><span id="dep-error">{error}</span></Alert> : null}
          {notice ? <Alert tone="success" className="mt-3">{notice}</Alert> : null}
        </form>
      ) : null}
    </div>
  );
}
