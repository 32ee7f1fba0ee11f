import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatHours } from "@/lib/time/rules";
import type { TaskTime } from "@/lib/time/task-time";
import { ActualVsEstimate } from "./actual-vs-estimate";
import { LogTimeForm } from "./log-time-form";
import { RemainingEstimateForm } from "./remaining-estimate-form";
import { TimeEntries } from "./time-entries";
import { TimerControl } from "./timer-control";

/** The task page's Time section: actual vs estimate, the reader's timer, a manual entry and the entries. */
export function TimeSection({ taskId, time, timesheetHref }: { taskId: string; time: TaskTime; timesheetHref: string | null }) {
  const { actuals } = time;
  return (
    <Card title="Time" action={timesheetHref ? <Link href={timesheetHref} className="text-sm font-medium text-brand-700 hover:text-brand-800">My timesheet →</Link> : undefined}>
      <div className="grid gap-5 sm:grid-cols-[1fr_auto]">
        <ActualVsEstimate logged={actuals.logged} estimate={actuals.estimate} />
        <div className="text-sm sm:text-right">
          <p className="text-xs font-medium text-slate-500">Remaining</p>
          <p className="font-semibold text-slate-900 tabular-nums" data-testid="remaining-hours">{formatHours(actuals.remaining)}</p>
          <p className="text-xs text-slate-500">{actuals.remainingOverride !== null ? "assignee's estimate" : "estimate − logged"}</p>
        </div>
      </div>
      {time.can.setRemaining ? <div className="mt-4"><RemainingEstimateForm key={String(actuals.remainingOverride)} taskId={taskId} override={actuals.remainingOverride} /></div> : null}
      {time.can.log ? (
        <div className="mt-5 space-y-5 border-t border-slate-100 pt-4">
          <TimerControl
            key={time.myTimer?.id ?? "idle"}
            taskId={taskId}
            running={time.myTimer?.timerStartedAt ? { entryId: time.myTimer.id, startedAt: time.myTimer.timerStartedAt } : null}
            otherRunning={time.otherTimer !== null}
          />
          <LogTimeForm taskId={taskId} today={time.today} />
        </div>
      ) : null}
      <div className="mt-5 border-t border-slate-100 pt-4">
        <TimeEntries entries={time.entries} today={time.today} />
      </div>
    </Card>
  );
}
