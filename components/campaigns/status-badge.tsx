import { Badge, type Tone } from "@/components/ui/badge";
import type { CampaignPriority, CampaignStatus } from "@/db/schema/values";
import { priorityLabels, statusLabels } from "@/lib/campaigns/labels";

const statusTones: Record<CampaignStatus, Tone> = {
  planning: "slate", in_review: "amber", approved: "teal", scheduled: "blue",
  live: "green", paused: "violet", completed: "slate", cancelled: "red",
};

export function StatusBadge({ status }: { status: CampaignStatus }) {
  return <Badge tone={statusTones[status]}>{statusLabels[status]}</Badge>;
}

const priorityTones: Record<CampaignPriority, Tone> = { low: "slate", medium: "blue", high: "amber", critical: "red" };

export function PriorityBadge({ priority }: { priority: CampaignPriority }) {
  return <Badge tone={priorityTones[priority]}>{priorityLabels[priority]}</Badge>;
}
