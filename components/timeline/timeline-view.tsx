"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { CalendarClock } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { CampaignSchedule, RescheduleChange, RescheduleOutcome } from "@/lib/timeline/schedule-view";
import { Gantt, type TaskMove } from "./gantt";
import { GanttLegend } from "./gantt-legend";
import type { Zoom } from "./geometry";
import { longDay, shift, shortDay, workingDays } from "./labels";
import { RescheduleDialog } from "./reschedule-dialog";
import { TaskMoveDialog } from "./task-move-dialog";

type Open = { kind: "reschedule"; change: RescheduleChange | null; n: number } | { kind: "task"; move: TaskMove; n: number } | null;

function appliedText(before: string | null, outcome: RescheduleOutcome) {
  const launch = before && before !== outcome.launchDate ? `Launch moved from ${longDay(before)} to ${longDay(outcome.launchDate)}` : `Launch holds on ${longDay(outcome.launchDate)}`;
  const moved = outcome.moved.length ? `; ${outcome.moved.length} milestone${outcome.moved.length === 1 ? "" : "s"} moved (${outcome.moved.slice(0, 3).map((m) => `${m.name} ${shift(m.shiftDays)}`).join(", ")}${outcome.moved.length > 3 ? ", …" : ""})` : "";
  const tasks = outcome.movedTasks ? `, ${outcome.movedTasks} task${outcome.movedTasks === 1 ? "" : "s"} with them` : "";
  const conflicts = outcome.conflicts.length ? `. ${outcome.conflicts.length} conflict${outcome.conflicts.length === 1 ? "" : "s"} accepted.` : ".";
  return `${launch}${moved}${tasks}${conflicts}`;
}

/** The Timeline tab: toolbar (zoom, reschedule), late items, the chart, its legend, what is not drawn. */
export function TimelineView({ schedule, zoom }: { schedule: CampaignSchedule; zoom: Zoom }) {
  const router = useRouter();
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<{ title: string; text: string } | null>(null);
  const n = (open?.n ?? 0) + 1;
  const close = () => setOpen(null);
  const done = (title: string, text: string) => {
    setOpen(null);
    setNotice({ title, text });
    router.refresh();
  };
  const late = schedule.negativeSlack;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-3">
          <nav aria-label="Zoom" className="inline-flex rounded-md p-0.5 ring-1 ring-slate-300">
            {(["week", "month"] as const).map((z) => (
              <Link key={z} href={`?zoom=${z}`} replace scroll={false} aria-current={z === zoom ? "true" : undefined}
                className={cn("rounded px-3 py-1 text-sm font-medium", z === zoom ? "bg-slate-800 text-white" : "text-slate-600 hover:bg-slate-100")}>
                {z === "week" ? "Week" : "Month"}
              </Link>
            ))}
          </nav>
          <p className="text-sm text-slate-600">
            {schedule.launchDate ? <>Launch <span className="font-semibold text-slate-900">{longDay(schedule.launchDate)}</span></> : null}
            <span className="text-slate-400"> · </span>today {shortDay(schedule.today)}
          </p>
        </div>
        {schedule.canReschedule ? (
          <Button size="sm" onClick={() => setOpen({ kind: "reschedule", change: null, n })}>
            <CalendarClock className="size-4" aria-hidden /> Reschedule
          </Button>
        ) : null}
      </div>

      {notice ? (
        <Alert tone="success">
          <span className="flex items-start justify-between gap-4">
            <span><span className="font-medium">{notice.title} </span>{notice.text}</span>
            <button type="button" className="shrink-0 text-xs font-medium underline" onClick={() => setNotice(null)}>Dismiss</button>
          </span>
        </Alert>
      ) : null}

      {late.length ? (
        <Alert tone="error" title={`${late.length} item${late.length === 1 ? " cannot" : "s cannot"} make the launch:`}>
          <p>
            {late.slice(0, 6).map((l, i) => (
              <span key={l.id}>{i ? ", " : ""}<span className="font-medium">{l.name}</span> ({workingDays(-l.slackDays)} late)</span>
            ))}
            {late.length > 6 ? ` and ${late.length - 6} more` : ""}.
          </p>
          {schedule.canReschedule ? <p className="mt-1">Move the launch or a milestone with Reschedule to see what fits.</p> : null}
        </Alert>
      ) : null}

      <GanttLegend />
      <Gantt schedule={schedule} zoom={zoom} editable={schedule.canReschedule}
        onMilestoneChange={(change) => setOpen({ kind: "reschedule", change, n })}
        onTaskMove={(move) => setOpen({ kind: "task", move, n })} />

      {schedule.holidays.length ? (
        <p className="text-xs text-slate-500">Holidays: {schedule.holidays.map((h) => `${h.name} (${shortDay(h.date)})`).join(", ")}.</p>
      ) : null}

      {schedule.undatedTasks.length ? (
        <section aria-labelledby="undated-title" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="undated-title" className="text-sm font-semibold text-slate-900">Not on the chart: {schedule.undatedTasks.length} task{schedule.undatedTasks.length === 1 ? "" : "s"} without dates</h2>
          <ul className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2">
            {schedule.undatedTasks.map((t) => <li key={t.id} className="truncate">{t.title}</li>)}
          </ul>
        </section>
      ) : null}

      {open?.kind === "reschedule" ? (
        <RescheduleDialog key={open.n} schedule={schedule} initialChange={open.change} onClose={close}
          onApplied={(_change, outcome) => done("Rescheduled.", appliedText(schedule.launchDate, outcome))} />
      ) : null}
      {open?.kind === "task" ? (
        <TaskMoveDialog key={open.n} move={open.move} items={schedule.items} onClose={close} onSaved={(text) => done("Task moved.", text)} />
      ) : null}
    </div>
  );
}
