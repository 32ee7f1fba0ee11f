import type { Metadata } from "next";
import Link from "next/link";
import { ChevronLeft, ChevronRight, Users } from "lucide-react";
import { HeatmapGrid, type HeatmapRow } from "@/components/team/heatmap/heatmap-grid";
import { HeatmapLegend } from "@/components/team/heatmap/heatmap-legend";
import { weekLabel } from "@/components/team/heatmap/bands";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { webContext } from "@/lib/auth/session";
import { addDays } from "@/lib/team/capacity";
import { getTeamUtilization } from "@/lib/team/workload";
import { cellTasksAction } from "./actions";

export const metadata: Metadata = { title: "Team utilisation" };

type SearchParams = Record<string, string | string[] | undefined>;
const WEEKS = 16;
const STEP_WEEKS = 4;

/** A real YYYY-MM-DD from the URL, or undefined (a hand-edited URL falls back to the default weeks). */
function dateParam(v: string | string[] | undefined) {
  const s = Array.isArray(v) ? v[0] : v;
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s) ? s : undefined;
}

export default async function UtilizationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await webContext();
  const from = dateParam((await searchParams).from);
  const grid = await getTeamUtilization(ctx, { from, weeks: WEEKS });
  const defaultFrom = addDays(grid.currentWeek, -28);
  const href = (f: string) => (f === defaultFrom ? "/team/utilization" : `/team/utilization?from=${f}`);
  const rows: HeatmapRow[] = grid.members.map((m) => ({
    id: m.id, name: m.name, title: m.title, defaultWeek: m.defaultWeek,
    cells: m.cells.map(({ tasks, ...c }) => ({ ...c, taskCount: tasks.length })),
  }));
  const current = grid.weeks.indexOf(grid.currentWeek);
  const overNow = current >= 0 ? rows.filter((r) => r.cells[current]!.band === "over").length : null;

  return (
    <>
      <PageHeader
        eyebrow={<Link href="/team" className="hover:underline">Team</Link>}
        title="Utilisation"
        description={`Weeks of ${weekLabel(grid.weeks[0]!)} to ${weekLabel(grid.weeks.at(-1)!)}: work against capacity (weekly hours minus time off and holidays) for each member.`}
        actions={
          <nav aria-label="Weeks" className="flex items-center gap-1">
            <ButtonLink href={href(addDays(grid.from, -7 * STEP_WEEKS))} variant="secondary" size="sm" aria-label={`Earlier: ${STEP_WEEKS} weeks back`}>
              <ChevronLeft className="size-4" aria-hidden />Earlier
            </ButtonLink>
            <ButtonLink href="/team/utilization" variant="ghost" size="sm" aria-current={grid.from === defaultFrom ? "page" : undefined}>This week</ButtonLink>
            <ButtonLink href={href(addDays(grid.from, 7 * STEP_WEEKS))} variant="secondary" size="sm" aria-label={`Later: ${STEP_WEEKS} weeks on`}>
              Later<ChevronRight className="size-4" aria-hidden />
            </ButtonLink>
          </nav>
        }
      />
      {rows.length === 0 ? (
        <EmptyState icon={<Users className="size-8" />} title="No team members yet" action={<ButtonLink href="/team" variant="secondary">Go to the team</ButtonLink>}>
          Once people join and tasks are assigned, their weekly utilisation shows here.
        </EmptyState>
      ) : (
        <>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
            <HeatmapLegend />
            {overNow !== null ? (
              <p className="text-sm text-slate-600" role="status">
                This week: <span className={overNow ? "font-semibold text-rose-700" : "font-medium text-slate-900"}>{overNow} of {rows.length}</span> over capacity
              </p>
            ) : null}
          </div>
          <HeatmapGrid weeks={grid.weeks} currentWeek={grid.currentWeek} rows={rows} loadCellTasks={cellTasksAction} />
        </>
      )}
    </>
  );
}
