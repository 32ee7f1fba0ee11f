import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AvailabilityEditor } from "@/components/team/availability-editor";
import { percent } from "@/components/team/labels";
import { PerformanceCard } from "@/components/team/performance-card";
import { ProfileForm } from "@/components/team/profile-form";
import { SkillsEditor } from "@/components/team/skills-editor";
import { TimeOffCard } from "@/components/team/time-off-card";
import { UtilisationBar } from "@/components/team/utilisation-bar";
import { MemberTimeCard } from "@/components/time/member-time-card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { webContext } from "@/lib/auth/session";
import { NotFound } from "@/lib/core/errors";
import { formatDay } from "@/lib/core/format";
import { hasRole } from "@/lib/core/context";
import { addDays, localToday } from "@/lib/team/capacity";
import { getTeamMember } from "@/lib/team/service";
import { memberActuals } from "@/lib/time/actuals";

export const metadata: Metadata = { title: "Team member" };

function timezones(current: string) {
  const all = Intl.supportedValuesOf("timeZone");
  return [...new Set(["UTC", current, ...all])].sort((a, b) => (a === "UTC" ? -1 : b === "UTC" ? 1 : a.localeCompare(b)));
}

export default async function TeamMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await webContext();
  const member = await getTeamMember(ctx, id).catch((e) => {
    if (e instanceof NotFound) notFound();
    throw e;
  });
  const self = ctx.actor.userId === member.id;
  // logged time is as private as the timesheet: the member themselves, managers and admins
  const seesTime = self || hasRole(ctx.actor, "manager");
  const timeDays = 90;
  const today = localToday(member.timezone);
  const time = seesTime ? await memberActuals(ctx.db, member.id, addDays(today, -(timeDays - 1)), today) : null;

  return (
    <>
      <PageHeader
        eyebrow={<Link href="/team" className="hover:text-slate-700 hover:underline">← Team</Link>}
        title={member.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{member.title ?? "No title"}</span>
            <Badge>{member.role}</Badge>
            <span className="text-slate-500">{member.email} · {member.timezone}</span>
            {!member.active ? <Badge tone="red">deactivated</Badge> : null}
          </span>
        }
      />
      {!member.canEdit ? (
        <Alert tone="info" className="mb-4">
          {ctx.actor.role === "viewer" ? "You have read-only access." : self ? "Your token is read-only." : "Only managers, admins and the member themselves can change this schedule."}
        </Alert>
      ) : null}
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Next 4 weeks">
            <div className="flex flex-wrap items-center gap-x-8 gap-y-3 text-sm">
              <UtilisationBar load={member.load} />
              <p><span className="font-semibold tabular-nums">{member.load.workloadHours} h</span> <span className="text-slate-500">of work</span></p>
              <p><span className="font-semibold tabular-nums">{member.load.capacityHours} h</span> <span className="text-slate-500">available</span></p>
              <p><span className="font-semibold tabular-nums">{member.load.openTasks}</span> <span className="text-slate-500">open tasks</span></p>
              <p className="text-slate-500">{formatDay(member.load.from)} – {formatDay(member.load.to)}</p>
            </div>
            <p className="sr-only">Utilisation {percent(member.load.utilisation)}</p>
          </Card>
          <AvailabilityEditor userId={member.id} weeklyHours={member.availability.weeklyHours} version={member.availability.version} canEdit={member.canEdit} />
          <PerformanceCard performance={member.performance} />
          {time ? <MemberTimeCard userId={member.id} total={time.total} tasks={time.tasks} days={timeDays} /> : null}
        </div>
        <div className="space-y-6">
          <TimeOffCard userId={member.id} upcoming={member.timeOff.upcoming} recent={member.timeOff.recent} canEdit={member.canEdit} />
          <SkillsEditor userId={member.id} skills={member.skills} canEdit={member.canEdit} />
          <ProfileForm userId={member.id} title={member.title} timezone={member.timezone} timezones={timezones(member.timezone)} canEdit={member.canEdit} />
        </div>
      </div>
    </>
  );
}
