import { campaignTypes, channels, type CampaignStatus, type CampaignType, type campaigns } from "@/db/schema";
import type { Random } from "./random";
import * as words from "./words";

export type CampaignInsert = typeof campaigns.$inferInsert;

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Lifecycle status that fits where the launch date sits relative to today. */
function statusFor(r: Random, launchOffset: number | null): CampaignStatus {
  if (launchOffset === null) return "planning";
  if (launchOffset > 60) return r.weighted({ planning: 55, in_review: 25, approved: 12, scheduled: 5, cancelled: 3 });
  if (launchOffset > 0) return r.weighted({ planning: 10, in_review: 20, approved: 25, scheduled: 40, cancelled: 5 });
  if (launchOffset >= -30) return r.weighted({ live: 70, paused: 15, completed: 10, cancelled: 5 });
  return r.weighted({ completed: 70, cancelled: 10, live: 10, paused: 10 });
}

function nameFor(r: Random, type: CampaignType, launch: number | null): string {
  const base = `${r.pick(words.nameOpeners)} ${r.zipf(words.nameTopics)} ${r.pick(words.nameNouns[type]!)}`;
  return launch !== null && r.chance(0.4) ? `${base} ${new Date(launch).getUTCFullYear()}` : base;
}

function descriptionFor(r: Random): string {
  const parts = [`${r.zipf(words.verbs)} ${r.zipf(words.audiences)} with ${r.zipf(words.assets)} about ${r.zipf(words.themes)}.`];
  if (r.chance(0.6)) parts.push(`Second wave covers ${r.zipf(words.themes)} for ${r.zipf(words.audiences)}.`);
  if (r.chance(0.5)) parts.push(r.pick(words.closers));
  return parts.join(" ");
}

/**
 * One synthetic campaign: launch dates spread over three years (two back, one ahead), status
 * consistent with the dates, and about a third of long-finished campaigns archived.
 */
export function campaignRow(r: Random, ownerIds: string[], createdById: string, now: number): CampaignInsert {
  const type = r.weighted(Object.fromEntries(campaignTypes.map((t, i) => [t, 8 - i])) as Record<CampaignType, number>);
  const launchOffset = r.chance(0.03) ? null : r.int(-730, 365);
  const launch = launchOffset === null ? null : now + launchOffset * DAY;
  const status = statusFor(r, launchOffset);
  const createdAt = Math.min(now - r.int(0, 5) * DAY, (launch ?? now) - r.int(20, 120) * DAY) - r.int(0, DAY);
  const updatedAt = createdAt + r.next() * (Math.min(now, (launch ?? now) + 30 * DAY) - createdAt);
  const finished = status === "completed" || status === "cancelled";
  const archived = finished && updatedAt < now - 90 * DAY && r.chance(0.35);
  return {
    id: r.uuid(),
    name: nameFor(r, type, launch),
    description: descriptionFor(r),
    type,
    priority: r.weighted({ low: 20, medium: 45, high: 25, critical: 10 }),
    status,
    ownerId: r.chance(0.02) ? null : r.zipf(ownerIds),
    channels: r.distinct(r.int(1, 4), () => r.pick(channels)),
    budgetCents: r.chance(0.85) ? r.int(10, 50_000) * 10_000 : null,
    currency: r.weighted({ USD: 70, EUR: 20, GBP: 10 }),
    goals: r.chance(0.8) ? { leads: r.int(1, 400) * 10, ...(r.chance(0.5) ? { impressions: r.int(1, 500) * 10_000 } : {}) } : {},
    startDate: launch === null ? null : isoDay(launch - r.int(7, 60) * DAY),
    launchDate: launch === null ? null : isoDay(launch),
    endDate: launch === null ? null : isoDay(launch + r.int(0, 90) * DAY),
    tags: r.distinct(r.int(1, 4), () => r.zipf(words.tagPool)),
    archivedAt: archived ? new Date(Math.min(now, updatedAt + r.int(1, 30) * DAY)) : null,
    version: r.int(1, 9),
    createdById,
    createdAt: new Date(createdAt),
    updatedAt: new Date(updatedAt),
  };
}
