"use client";

import { useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/core/action-result";
import type { CampaignSchedule, RescheduleChange, RescheduleMode, RescheduleOutcome } from "@/lib/timeline/schedule-view";
import { applyRescheduleAction, previewRescheduleAction } from "@/app/(app)/campaigns/[id]/(tabs)/timeline/actions";
import { describeChange } from "./change-text";
import { ReschedulePreview, modeText } from "./reschedule-preview";
import { WideDialog } from "./wide-dialog";

/** An action's failure as a thrown value, keeping its kind (a stale version is "conflict"). */
export class ActionFailed extends Error {
  constructor(message: string, readonly kind?: string) {
    super(message);
  }
}

export async function unwrap<T>(result: Promise<ActionResult<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new ActionFailed(r.error, r.kind);
  return r.data;
}

/**
 * Pick a new launch date (or arrive with a dragged milestone change), see both outcomes side by
 * side, accept any conflicts, apply one. Errors, a stale version included, stay in the dialog.
 */
export function RescheduleDialog({ schedule, initialChange, onClose, onApplied }: {
  schedule: CampaignSchedule; initialChange: RescheduleChange | null; onClose: () => void; onApplied: (change: RescheduleChange, outcome: RescheduleOutcome) => void;
}) {
  const [date, setDate] = useState(schedule.launchDate ?? "");
  const [change, setChange] = useState<RescheduleChange | null>(initialChange);
  const [mode, setMode] = useState<RescheduleMode | null>(null);
  const [accepted, setAccepted] = useState(false);

  const preview = useQuery({
    queryKey: ["reschedule-preview", schedule.campaignId, change],
    queryFn: () => unwrap(previewRescheduleAction({ campaignId: schedule.campaignId, change: change! })),
    enabled: change !== null,
    retry: false,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
  const apply = useMutation({
    mutationFn: (m: RescheduleMode) => unwrap(applyRescheduleAction({ campaignId: schedule.campaignId, change: change!, mode: m, campaignVersion: preview.data!.campaignVersion })),
    onSuccess: (result) => onApplied(change!, result.outcome),
  });

  const chosen = preview.data && mode ? (mode === "absorb" ? preview.data.absorb : preview.data.keepBuffers) : null;
  const needsAcceptance = Boolean(chosen?.conflicts.length);
  const applyError = apply.error instanceof ActionFailed ? apply.error : apply.error ? new ActionFailed("Something went wrong. Try again.") : null;
  const stale = applyError?.kind === "conflict";

  function choose(m: RescheduleMode) {
    setMode(m);
    setAccepted(false);
    apply.reset();
  }

  const footer = preview.data && !preview.isFetching ? (
    <div className="space-y-3">
      {needsAcceptance ? (
        <label className="flex items-start gap-2 rounded-md bg-red-50 p-3 text-sm text-red-900 ring-1 ring-red-200 ring-inset">
          <input type="checkbox" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} className="mt-0.5 size-4 accent-red-600" />
          I accept the {chosen!.conflicts.length} conflict{chosen!.conflicts.length === 1 ? "" : "s"} listed: those items will not fit until the plan changes.
        </label>
      ) : null}
      {applyError ? (
        <Alert title={stale ? "The campaign changed since this preview" : "Not rescheduled"}>
          <p>{applyError.message}</p>
          {stale ? <Button size="sm" variant="secondary" className="mt-2" onClick={() => { apply.reset(); setMode(null); void preview.refetch(); }}>Preview again with the latest plan</Button> : null}
        </Alert>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>Cancel</Button>
        <Button disabled={!mode || (needsAcceptance && !accepted) || apply.isPending || stale} onClick={() => mode && apply.mutate(mode)}>
          {apply.isPending ? "Applying…" : mode ? `Apply: ${modeText[mode].title}` : "Choose an outcome"}
        </Button>
      </div>
    </div>
  ) : undefined;

  return (
    <WideDialog open onOpenChange={(o) => !o && onClose()} title="Reschedule" footer={footer}
      description={change ? describeChange(change, schedule) : "Pick a new launch date to see what moves, before anything is saved."}>
      {initialChange === null ? (
        <form className="mb-4 flex flex-wrap items-end gap-3" onSubmit={(e) => { e.preventDefault(); if (date) { setChange({ kind: "launch_date", date }); setMode(null); apply.reset(); } }}>
          <Field id="new-launch-date" label="New launch date" className="w-52">
            <Input id="new-launch-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required autoFocus />
          </Field>
          <Button type="submit" variant="secondary" disabled={!date || preview.isFetching}>{change ? "Preview again" : "Preview"}</Button>
        </form>
      ) : null}

      {preview.isFetching ? <p role="status" className="py-8 text-center text-sm text-slate-500">Working out both outcomes…</p> : null}
      {preview.error && !preview.isFetching ? <Alert className="mb-4">{preview.error.message}</Alert> : null}

      {preview.data && !preview.isFetching ? (
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-700">Choose an outcome</legend>
          <div className="grid gap-4 md:grid-cols-2">
            <ReschedulePreview outcome={preview.data.absorb} currentLaunch={schedule.launchDate} selected={mode === "absorb"} onSelect={() => choose("absorb")} />
            <ReschedulePreview outcome={preview.data.keepBuffers} currentLaunch={schedule.launchDate} selected={mode === "keep_buffers"} onSelect={() => choose("keep_buffers")} />
          </div>
        </fieldset>
      ) : null}
    </WideDialog>
  );
}
