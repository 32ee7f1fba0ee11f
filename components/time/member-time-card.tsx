import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { MemberTaskHours } from "@/lib/time/actuals";
import { formatHours, sumHours } from "@/lib/time/rules";
import { ActualVsEstimate } from "./actual-vs-estimate";

const shown = 8;

/** A member's logged time in a window against the estimates of the tasks it went to. */
export function MemberTimeCard({ userId, total, tasks, days }: { userId: string; total: number; tasks: MemberTaskHours[]; days: number }) {
  const estimated = tasks.filter((t) => t.estimate !== null && t.estimate > 0);
  const loggedOnEstimated = sumHours(estimated.map((t) => t.logged));
  const estimate = sumHours(estimated.map((t) => t.estimate));
  return (
    <Card
      title={`Time, last ${days} days`}
      action={<ButtonLink href={`/team/${userId}/timesheet`} variant="secondary" size="sm">Timesheet</ButtonLink>}
    >
      {tasks.length === 0 ? (
        <p className="text-sm text-slate-500">No time logged in the last {days} days.</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            <span className="font-semibold tabular-nums">{formatHours(total)}</span> logged on {tasks.length} task{tasks.length === 1 ? "" : "s"}
            {estimated.length < tasks.length ? <span className="text-slate-500"> ({tasks.length - estimated.length} without an estimate)</span> : null}
          </p>
          {estimated.length ? <ActualVsEstimate className="mt-3" logged={loggedOnEstimated} estimate={estimate} /> : null}
          <table className="mt-4 w-full text-sm">
            <caption className="sr-only">Hours logged per task against its estimate</caption>
            <thead>
              <tr className="text-left text-xs font-medium text-slate-500">
                <th scope="col" className="pb-2 font-medium">Task</th>
                <th scope="col" className="pb-2 text-right font-medium">Logged</th>
                <th scope="col" className="pb-2 text-right font-medium">Estimate</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {tasks.slice(0, shown).map((t) => (
                <tr key={t.taskId}>
                  <td className="py-2 pr-3">
                    <Link href={`/tasks/${t.taskId}`} className="font-medium text-slate-900 hover:underline">{t.title}</Link>
                    <span className="block text-xs text-slate-500">{t.campaignName}</span>
                  </td>
                  <td className="py-2 text-right tabular-nums">{formatHours(t.logged)}</td>
                  <td className="py-2 text-right tabular-nums text-slate-600">{t.estimate === null ? "—" : formatHours(t.estimate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {tasks.length > shown ? <p className="mt-2 text-xs text-slate-500">and {tasks.length - shown} more in the timesheets</p> : null}
        </>
      )}
    </Card>
  );
}
