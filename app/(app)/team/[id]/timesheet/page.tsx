import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChevronLeft, ChevronRight, Download } from "lucide-react";
import { TimesheetTable } from "@/components/time/timesheet-table";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { webContext } from "@/lib/auth/session";
import { Forbidden, NotFound, ValidationFailed } from "@/lib/core/errors";
import { formatDay } from "@/lib/core/format";
import { getTimesheet } from "@/lib/time/timesheet";

export const metadata: Metadata = { title: "Timesheet" };

/** A member's week: hours per task and day, against their capacity; self, managers and admins only. */
export default async function TimesheetPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ week?: string | string[] }> }) {
  const ctx = await webContext();
  const { id } = await params;
  const { week } = await searchParams;
  const weekParam = typeof week === "string" ? week : undefined;
  let sheet;
  try {
    sheet = await getTimesheet(ctx, { userId: id, week: weekParam });
  } catch (e) {
    if (e instanceof NotFound) notFound();
    if (e instanceof Forbidden) {
      return (
        <>
          <PageHeader title="Timesheet" />
          <Alert>{e.message}</Alert>
        </>
      );
    }
    if (e instanceof ValidationFailed && weekParam) {
      // a mistyped week falls back to this week rather than failing the page
      sheet = await getTimesheet(ctx, { userId: id });
    } else throw e;
  }
  const own = ctx.actor.userId === sheet.member.id;
  const base = `/team/${sheet.member.id}/timesheet`;
  const navLink = "inline-flex items-center gap-1 rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50";

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-500">
        <Link href={`/team/${sheet.member.id}`} className="hover:text-slate-800">{sheet.member.name}</Link> <span aria-hidden>/</span> Timesheet
      </nav>
      <PageHeader
        title={own ? "My timesheet" : `${sheet.member.name}'s timesheet`}
        description={<>Week of {formatDay(sheet.weekStart)} – {formatDay(sheet.days[6])} · times in {sheet.member.timezone}</>}
        actions={
          <>
            <nav aria-label="Week" className="flex items-center gap-1">
              <Link href={`${base}?week=${sheet.previousWeek}`} className={navLink}><ChevronLeft className="size-4" aria-hidden />Previous week</Link>
              {sheet.isCurrentWeek ? null : <Link href={base} className={navLink}>This week</Link>}
              <Link href={`${base}?week=${sheet.nextWeek}`} className={navLink}>Next week<ChevronRight className="size-4" aria-hidden /></Link>
            </nav>
            <ButtonLink href={`/api/timesheets/${sheet.member.id}?week=${sheet.weekStart}`} variant="secondary" prefetch={false} download>
              <Download className="size-4" aria-hidden /> Export CSV
            </ButtonLink>
          </>
        }
      />
      <TimesheetTable sheet={sheet} />
    </>
  );
}
