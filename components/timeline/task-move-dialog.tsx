"use client";

import { useMutation } from "@tanstack/react-query";
import { TriangleAlert } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ScheduleItem } from "@/lib/timeline/schedule-view";
import { updateTaskDatesAction } from "@/app/(app)/campaigns/[id]/(tabs)/timeline/actions";
import type { TaskMove } from "./gantt";
import { dependantsStartingEarly } from "./geometry";
import { shortDay, span, workingDays } from "./labels";
import { ActionFailed, unwrap } from "./reschedule-dialog";

/** Confirms a dragged task's new dates, warning about dependants that would start before it finishes. */
export function TaskMoveDialog({ move, items, onClose, onSaved }: { move: TaskMove; items: readonly ScheduleItem[]; onClose: () => void; onSaved: (text: string) => void }) {
  const { item, to, days } = move;
  const early = dependantsStartingEarly(items, item.id, to.end);
  const save = useMutation({
    mutationFn: () => unwrap(updateTaskDatesAction({ id: item.id, version: item.version ?? 1, startDate: to.start, dueDate: to.end })),
    onSuccess: () => onSaved(`“${item.name}” now runs ${span(to.start, to.end)}.`),
  });
  const error = save.error instanceof ActionFailed ? save.error : save.error ? new ActionFailed("Something went wrong. Try again.") : null;
  return (
    <Dialog open onOpenChange={(o) => !o && onClose()} title="Move task?" description={`“${item.name}” moves ${days > 0 ? "later" : "earlier"} by ${workingDays(Math.abs(days))}.`}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">Now</dt><dd className="text-slate-700">{span(item.start, item.end)}</dd>
        <dt className="text-slate-500">New dates</dt><dd className="font-semibold text-slate-900">{span(to.start, to.end)}</dd>
      </dl>
      {early.length ? (
        <div className="mt-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset">
          <p className="flex items-center gap-1.5 font-medium"><TriangleAlert className="size-4" aria-hidden />{early.length} dependant{early.length === 1 ? " would start" : "s would start"} before it finishes</p>
          <ul className="mt-1 list-disc pl-5 text-xs">
            {early.map((d) => <li key={d.id}>{d.name} starts {shortDay(d.start)}</li>)}
          </ul>
          <p className="mt-1 text-xs">Their dates do not change: move them too, or accept the overlap.</p>
        </div>
      ) : null}
      {error ? (
        <Alert className="mt-4" title={error.kind === "conflict" ? "Someone changed this task" : "Not moved"}>
          {error.message}{error.kind === "conflict" ? " Close this and reload the timeline to see the latest dates." : ""}
        </Alert>
      ) : null}
      <div className="mt-5 flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>Cancel</Button>
        <Button disabled={save.isPending || error?.kind === "conflict"} onClick={() => save.mutate()}>{save.isPending ? "Moving…" : "Move task"}</Button>
      </div>
    </Dialog>
  );
}
