import { Flag } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDay } from "@/lib/core/format";
import type { TimelineMilestone } from "@/lib/timeline/service";

export function MilestonesCard({ milestones, hasLaunchDate }: { milestones: TimelineMilestone[]; hasLaunchDate: boolean }) {
  return (
    <Card title="Timeline">
      {milestones.length === 0 ? (
        <p className="text-sm text-slate-500">
          {hasLaunchDate
            ? "No milestones: this campaign was created without generating a timeline."
            : "No timeline yet. New campaigns with a launch date get milestones and tasks from their type's template."}
        </p>
      ) : (
        <div className="-mx-5 -my-4 overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Milestones, scheduled back from the launch date</caption>
            <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
              <tr>
                <th scope="col" className="px-5 py-2">Milestone</th>
                <th scope="col" className="px-3 py-2">Dates</th>
                <th scope="col" className="px-3 py-2 text-right">Working days</th>
                <th scope="col" className="px-3 py-2 text-right">Buffer</th>
                <th scope="col" className="px-5 py-2 text-right">Tasks done<span className="block font-normal normal-case" title="Hours logged / hours estimated"> and hours</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {milestones.map((m) => (
                <tr key={m.id}>
                  <td className="px-5 py-2.5 font-medium text-slate-800">
                    <span className="inline-flex items-center gap-2">
                      {m.name}
                      {m.isLaunch ? <Badge tone="green"><Flag className="mr-1 size-3" aria-hidden />Launch</Badge> : null}
                    </span>
                  </td>
                  <td className="px-3 py-2.5 whitespace-nowrap text-slate-600">
                    {m.startDate === m.endDate ? formatDay(m.startDate) : `${formatDay(m.startDate)} – ${formatDay(m.endDate)}`}
                  </td>
                  <td className="px-3 py-2.5 text-right text-slate-600 tabular-nums">{m.durationDays}</td>
                  <td className="px-3 py-2.5 text-right text-slate-600 tabular-nums">{m.bufferDays ? `${m.bufferDays} d` : "—"}</td>
                  <td className="px-5 py-2.5 text-right text-slate-600 tabular-nums">
                    {m.tasks.done} / {m.tasks.total}
                    <span className={`block text-xs whitespace-nowrap ${m.time.estimate > 0 && m.time.logged > m.time.estimate ? "font-medium text-red-700" : "text-slate-500"}`}>
                      {m.time.logged || m.time.estimate ? `${Number(m.time.logged.toFixed(2))} / ${Number(m.time.estimate.toFixed(2))} h` : "—"}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
