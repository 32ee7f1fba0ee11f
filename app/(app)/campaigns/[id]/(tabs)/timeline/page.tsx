import type { Metadata } from "next";
import { CalendarOff, Milestone } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { parseZoom } from "@/components/timeline/geometry";
import { TimelineView } from "@/components/timeline/timeline-view";
import { webContext } from "@/lib/auth/session";
import { getCampaignSchedule } from "@/lib/timeline/campaign-schedule";
import { loadCampaign } from "../../load";

export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ zoom?: string | string[] }> }) {
  const { id } = await params;
  const { zoom } = await searchParams;
  const detail = await loadCampaign(id);
  const schedule = await getCampaignSchedule(await webContext(), id);
  const edit = detail.can.edit ? <ButtonLink href={`/campaigns/${id}/edit`} variant="secondary" size="sm">Edit the campaign</ButtonLink> : undefined;

  if (!schedule.launchDate) {
    return (
      <EmptyState icon={<CalendarOff className="size-8" />} title="No launch date yet" action={edit}>
        The timeline is planned backwards from the launch date. Set a launch date on the campaign to place its milestones and see the critical path.
      </EmptyState>
    );
  }
  if (schedule.items.length === 0) {
    return (
      <EmptyState icon={<Milestone className="size-8" />} title="No milestones yet" action={edit}>
        A plan is generated from the campaign type&apos;s template when a campaign is created with a launch date; this one was created without it.
        Add milestones and dated tasks and they appear here.
        {schedule.undatedTasks.length ? ` ${schedule.undatedTasks.length} task${schedule.undatedTasks.length === 1 ? " has" : "s have"} no dates yet.` : ""}
      </EmptyState>
    );
  }
  return <TimelineView schedule={schedule} zoom={parseZoom(zoom)} />;
}
