import Link from "next/link";
import { TimeRollupLine } from "@/components/time/time-rollup-line";
import { Card } from "@/components/ui/card";
import type { CampaignTaskCounts } from "@/lib/tasks/list";
import type { ActualsRollup } from "@/lib/time/actuals";

/** The campaign overview's view of its tasks: open, overdue and done, each a link into the Tasks tab. */
export function TasksCard({ campaignId, counts, time }: { campaignId: string; counts: CampaignTaskCounts; time?: ActualsRollup }) {
  const base = `/campaigns/${campaignId}/tasks`;
  const stat = (label: string, value: number, href: string, tone = "text-slate-900") => (
    <li>
      <Link href={href} className="block rounded-md px-3 py-2 ring-1 ring-slate-200 hover:bg-slate-50">
        <span className="block text-xs font-medium text-slate-500">{label}</span>
        <span className={`block text-xl font-semibold tabular-nums ${tone}`}>{value}</span>
      </Link>
    </li>
  );
  return (
    <Card title="Tasks" action={<Link href={base} className="text-sm font-medium text-brand-700 hover:text-brand-800">All tasks →</Link>}>
      {counts.total === 0 ? (
        <p className="text-sm text-slate-500">No tasks yet. <Link href={base} className="font-medium text-brand-700 underline">Add the first one</Link>.</p>
      ) : (
        <ul className="grid grid-cols-3 gap-3">
          {stat("Open", counts.open, base)}
          {stat("Overdue", counts.overdue, `${base}?overdue=1`, counts.overdue ? "text-red-700" : "text-slate-900")}
          {stat("Done", counts.done, `${base}?status=done`, "text-green-700")}
        </ul>
      )}
      {time && counts.total > 0 ? <TimeRollupLine time={time} className="mt-4" /> : null}
    </Card>
  );
}
