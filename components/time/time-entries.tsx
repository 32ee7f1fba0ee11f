"use client";

import { useState, useTransition } from "react";
import { Pencil, Trash2 } from "lucide-react";
import { deleteEntryAction, updateEntryAction } from "@/app/(app)/tasks/[id]/time-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { formatDay } from "@/lib/core/format";
import type { FieldIssues } from "@/lib/core/errors";
import { formatHours } from "@/lib/time/rules";
import type { TaskTimeEntry } from "@/lib/time/task-time";

function EditRow({ entry, today, onDone }: { entry: TaskTimeEntry; today: string; onDone: () => void }) {
  const [workDate, setWorkDate] = useState(entry.workDate);
  const [hours, setHours] = useState(String(entry.hours ?? ""));
  const [note, setNote] = useState(entry.note);
  const [errors, setErrors] = useState<FieldIssues>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function save() {
    setError(null);
    start(async () => {
      const result = await updateEntryAction({ id: entry.id, version: entry.version, workDate, hours: Number(hours.replace(",", ".")), note });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        return setError(result.error);
      }
      onDone();
    });
  }

  return (
    <tr className="bg-slate-50">
      <td className="py-2 pr-2"><Input aria-label="Date" type="date" max={today} value={workDate} onChange={(e) => setWorkDate(e.target.value)} invalid={Boolean(errors.workDate)} /></td>
      <td className="py-2 pr-2 text-slate-600">{entry.author}</td>
      <td className="py-2 pr-2"><Input aria-label="Hours" type="number" step="0.25" min="0.01" max="24" className="w-20" value={hours} onChange={(e) => setHours(e.target.value)} invalid={Boolean(errors.hours)} /></td>
      <td className="py-2 pr-2">
        <Input aria-label="Note" value={note} onChange={(e) => setNote(e.target.value)} />
        {error ? <Alert className="mt-2">{error}</Alert> : null}
      </td>
      <td className="py-2 text-right whitespace-nowrap">
        <Button size="sm" onClick={save} disabled={pending}>Save</Button>{" "}
        <Button size="sm" variant="ghost" onClick={onDone}>Cancel</Button>
      </td>
    </tr>
  );
}

/** Entries on a task, newest day first; the author and managers edit or delete them in place. */
export function TimeEntries({ entries, today }: { entries: TaskTimeEntry[]; today: string }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  if (entries.length === 0) return <p className="text-sm text-slate-500">No time logged yet.</p>;

  function remove(entry: TaskTimeEntry) {
    if (!window.confirm(`Delete ${entry.hours === null ? "this running timer" : formatHours(entry.hours)} logged by ${entry.author} on ${formatDay(entry.workDate)}?`)) return;
    setError(null);
    start(async () => {
      const result = await deleteEntryAction({ id: entry.id, version: entry.version });
      if (!result.ok) setError(result.error);
    });
  }

  return (
    <div>
      {error ? <Alert className="mb-3">{error}</Alert> : null}
      <table className="w-full text-sm">
        <caption className="sr-only">Time logged on this task</caption>
        <thead className="text-left text-xs font-semibold text-slate-500">
          <tr>
            <th scope="col" className="py-1.5 pr-2 font-semibold">Date</th>
            <th scope="col" className="py-1.5 pr-2 font-semibold">Person</th>
            <th scope="col" className="py-1.5 pr-2 text-right font-semibold">Hours</th>
            <th scope="col" className="py-1.5 pr-2 font-semibold">Note</th>
            <th scope="col" className="py-1.5"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((e) =>
            editing === e.id ? (
              <EditRow key={e.id} entry={e} today={today} onDone={() => setEditing(null)} />
            ) : (
              <tr key={e.id}>
                <td className="py-2 pr-2 whitespace-nowrap text-slate-700">{formatDay(e.workDate)}</td>
                <td className="py-2 pr-2 text-slate-700">{e.author}</td>
                <td className="py-2 pr-2 text-right font-medium text-slate-900 tabular-nums">{e.hours === null ? <span className="text-amber-700">running</span> : formatHours(e.hours)}</td>
                <td className="max-w-64 truncate py-2 pr-2 text-slate-600" title={e.note}>{e.note || <span className="text-slate-400">—</span>}</td>
                <td className="py-2 text-right whitespace-nowrap">
                  {e.canEdit && !e.running ? (
                    <Button size="sm" variant="ghost" aria-label={`Edit entry of ${formatDay(e.workDate)}`} onClick={() => setEditing(e.id)}><Pencil className="size-3.5" aria-hidden /></Button>
                  ) : null}
                  {e.canEdit ? (
                    <Button size="sm" variant="ghost" aria-label={`Delete entry of ${formatDay(e.workDate)}`} disabled={pending} onClick={() => remove(e)}><Trash2 className="size-3.5" aria-hidden /></Button>
                  ) : null}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
