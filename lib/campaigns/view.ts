import { getTableColumns } from "drizzle-orm";
import { campaigns, type CampaignGoals, type CampaignRow } from "@/db/schema";

/** A campaign row without the search vector, which only the database needs. */
export type CampaignRecord = Omit<CampaignRow, "search">;
const { search: _search, ...columns } = getTableColumns(campaigns);
export const campaignColumns = columns;

export type CampaignView = {
  id: string;
  name: string;
  description: string;
  type: CampaignRow["type"];
  priority: CampaignRow["priority"];
  status: CampaignRow["status"];
  owner: { id: string; name: string } | null;
  channels: CampaignRow["channels"];
  budget: { amountCents: number; currency: string } | null;
  goals: CampaignGoals;
  startDate: string | null;
  launchDate: string | null;
  endDate: string | null;
  tags: string[];
  archived: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** The public shape of a campaign: no internal columns (search vector, creator) leak out. */
export function toCampaignView(row: CampaignRecord, ownerName: string | null): CampaignView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    type: row.type,
    priority: row.priority,
    status: row.status,
    owner: row.ownerId ? { id: row.ownerId, name: ownerName ?? "Unknown member" } : null,
    channels: row.channels,
    budget: row.budgetCents === null ? null : { amountCents: row.budgetCents, currency: row.currency },
    goals: row.goals,
    startDate: row.startDate,
    launchDate: row.launchDate,
    endDate: row.endDate,
    tags: row.tags,
    archived: row.archivedAt !== null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of a campaign, before and after a change. */
export function auditSnapshot(row: CampaignRecord) {
  return {
    name: row.name,
    description: row.description,
    type: row.type,
    priority: row.priority,
    status: row.status,
    ownerId: row.ownerId,
    channels: row.channels,
    budgetCents: row.budgetCents,
    currency: row.currency,
    goals: row.goals,
    startDate: row.startDate,
    launchDate: row.launchDate,
    endDate: row.endDate,
    tags: row.tags,
    archived: row.archivedAt !== null,
    version: row.version,
  };
}

export type CampaignSnapshot = ReturnType<typeof auditSnapshot>;

export const fieldLabels: Record<string, string> = {
  name: "name", description: "description", type: "type", priority: "priority", status: "status",
  ownerId: "owner", channels: "channels", budgetCents: "budget", currency: "currency", goals: "goals",
  startDate: "start date", launchDate: "launch date", endDate: "end date", tags: "tags", archived: "archived",
};

// jsonb hands keys back in its own order (goals read from the database differ from goals as typed),
// so objects are compared with their keys sorted
const canonical = (v: unknown): string =>
  JSON.stringify(v ?? null, (_k, x) => (x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));

/** Fields whose values differ between two snapshots (version excluded). */
export function changedFields(before: Partial<CampaignSnapshot>, after: Partial<CampaignSnapshot>): string[] {
  return Object.keys(fieldLabels).filter(
    (k) => canonical(before[k as keyof CampaignSnapshot]) !== canonical(after[k as keyof CampaignSnapshot]),
  );
}
