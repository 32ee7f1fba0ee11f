import type { CampaignSchedule, RescheduleChange } from "@/lib/timeline/schedule-view";
import { longDay, workingDays } from "./labels";

/** One sentence for what a reschedule changes, naming the milestone and where it was. */
export function describeChange(change: RescheduleChange, schedule: Pick<CampaignSchedule, "items" | "launchDate">): string {
  if (change.kind === "launch_date") {
    return schedule.launchDate ? `Move the launch from ${longDay(schedule.launchDate)} to ${longDay(change.date)}.` : `Launch on ${longDay(change.date)}.`;
  }
  const m = schedule.items.find((i) => i.id === change.milestoneId);
  const name = m ? `“${m.name}”` : "the milestone";
  if (change.kind === "milestone_end") return `Move ${name} to end on ${longDay(change.end)}${m ? ` (was ${longDay(m.end)})` : ""}, keeping its length.`;
  return `Make ${name} ${workingDays(change.durationDays)} long${m ? ` (was ${m.durationDays})` : ""}.`;
}
