/**
 * What an approval approves: the campaign's content at the moment of the decision. When the
 * content changes afterwards, the approval no longer stands for what will launch. Pure.
 */
import type { CampaignRecord } from "@/lib/campaigns/view";
import { changedFields, fieldLabels, type CampaignSnapshot } from "@/lib/campaigns/view";

const contentKeys = [
  "name", "description", "type", "priority", "channels", "budgetCents", "currency", "goals", "startDate", "launchDate", "endDate", "tags",
] as const;

export type CampaignContent = Pick<CampaignSnapshot, (typeof contentKeys)[number]>;

export function contentOf(row: CampaignRecord): CampaignContent {
  return Object.fromEntries(contentKeys.map((k) => [k, row[k]])) as CampaignContent;
}

/** Labels of the content fields that differ, e.g. ["budget", "launch date"]. */
export function contentChanges(approved: unknown, now: CampaignContent): string[] {
  const before = (approved ?? {}) as Partial<CampaignSnapshot>;
  return changedFields(before, now).filter((k) => (contentKeys as readonly string[]).includes(k)).map((k) => fieldLabels[k] ?? k);
}
