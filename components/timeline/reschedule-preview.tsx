import { TriangleAlert } from "lucide-react";
import type { RescheduleMode, RescheduleOutcome } from "@/lib/timeline/schedule-view";
import { cn } from "@/components/ui/cn";
import { longDay, shift, shortDay, span } from "./labels";

export const modeText: Record<RescheduleMode, { title: string; blurb: string }> = {
  absorb: { title: "Absorb the slip", blurb: "Buffers absorb the slip; the launch holds where possible." },
  keep_buffers: { title: "Keep buffers", blurb: "Everything after the change shifts; buffers stay intact." },
};

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mt-3">
      <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h4>
      <div className="mt-1">{children}</div>
    </div>
  );
}

/** One outcome of a reschedule, as a choice: launch, conflicts first, then what moves and what buffer it costs. */
export function ReschedulePreview({ outcome, currentLaunch, selected, onSelect }: {
  outcome: RescheduleOutcome; currentLaunch: string | null; selected: boolean; onSelect: () => void;
}) {
  const text = modeText[outcome.mode];
  const launchMoves = currentLaunch !== outcome.launchDate;
  const id = `outcome-${outcome.mode}`;
  return (
    <section aria-labelledby={`${id}-title`} className={cn("rounded-lg p-4 ring-1 transition-colors", selected ? "bg-brand-50/60 ring-2 ring-brand-600" : "bg-white ring-slate-200 hover:ring-slate-300")}>
      <label className="flex cursor-pointer items-start gap-3">
        <input type="radio" name="reschedule-mode" value={outcome.mode} checked={selected} onChange={onSelect} className="mt-1 size-4 accent-brand-600" aria-describedby={`${id}-blurb`} />
        <span>
          <span id={`${id}-title`} className="block text-sm font-semibold text-slate-900">{text.title}</span>
          <span id={`${id}-blurb`} className="block text-xs text-slate-600">{text.blurb}</span>
        </span>
      </label>

      <div className="mt-3 rounded-md bg-slate-50 px-3 py-2">
        <p className="text-xs text-slate-500">Launch date</p>
        <p className="text-sm font-semibold text-slate-900">
          {launchMoves && currentLaunch ? <><span className="font-normal text-slate-500 line-through">{shortDay(currentLaunch)}</span> → </> : null}
          {longDay(outcome.launchDate)}
          {!launchMoves ? <span className="ml-2 text-xs font-medium text-emerald-700">holds</span> : null}
        </p>
      </div>

      {outcome.conflicts.length ? (
        <div role="group" aria-label={`${outcome.conflicts.length} conflicts`} className="mt-3 rounded-md bg-red-50 p-3 ring-1 ring-red-200 ring-inset">
          <p className="flex items-center gap-1.5 text-sm font-semibold text-red-800">
            <TriangleAlert className="size-4" aria-hidden />
            {outcome.conflicts.length} conflict{outcome.conflicts.length === 1 ? "" : "s"} to accept
          </p>
          <ul className="mt-1.5 list-disc space-y-1 pl-5 text-xs text-red-800">
            {outcome.conflicts.map((c) => <li key={`${c.id}-${c.kind}`}>{c.message}</li>)}
          </ul>
          <p className="mt-1.5 text-xs text-red-700">Nothing is compressed: these stay late until you change the plan.</p>
        </div>
      ) : <p className="mt-3 text-xs font-medium text-emerald-700">No conflicts: everything still fits.</p>}

      <Section title={`Milestones moved (${outcome.moved.length})`}>
        {outcome.moved.length ? (
          <ul className="divide-y divide-slate-100 text-xs">
            {outcome.moved.map((m) => (
              <li key={m.id} className="flex items-baseline justify-between gap-2 py-1">
                <span className="min-w-0">
                  <span className="block truncate font-medium text-slate-800">{m.name}</span>
                  <span className="text-slate-500">{span(m.from.start, m.from.end)} → {span(m.to.start, m.to.end)}</span>
                </span>
                <span className={cn("shrink-0 rounded px-1.5 py-0.5 font-semibold tabular-nums", m.shiftDays > 0 ? "bg-amber-50 text-amber-800" : "bg-sky-50 text-sky-800")}>{shift(m.shiftDays)}</span>
              </li>
            ))}
          </ul>
        ) : <p className="text-xs text-slate-500">None.</p>}
      </Section>

      <Section title="Tasks">
        <p className="text-xs text-slate-700">{outcome.movedTasks ? `${outcome.movedTasks} task${outcome.movedTasks === 1 ? "" : "s"} move with their milestones.` : "No task dates change."}</p>
      </Section>

      <Section title="Buffers consumed">
        {outcome.buffersConsumed.length ? (
          <ul className="space-y-0.5 text-xs text-slate-700">
            {outcome.buffersConsumed.map((b) => (
              <li key={b.id}>
                <span className="font-medium">{b.name}</span>: {Math.min(b.bufferDays, b.bufferDays - b.remainingDays)} of {b.bufferDays} buffer day{b.bufferDays === 1 ? "" : "s"} used
                {b.remainingDays > 0 ? `, ${b.remainingDays} left` : b.remainingDays < 0 ? `, ${-b.remainingDays} short` : ", none left"}
              </li>
            ))}
          </ul>
        ) : <p className="text-xs text-slate-500">None.</p>}
      </Section>
    </section>
  );
}
