import { sql } from "drizzle-orm";
import {
  bigint, customType, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid,
} from "drizzle-orm/pg-core";
import { users } from "./users";

import { campaignPriorities, campaignStatuses, campaignTypes, channels } from "./values";

export const campaignTypeEnum = pgEnum("campaign_type", campaignTypes);
export const campaignPriorityEnum = pgEnum("campaign_priority", campaignPriorities);
export const campaignStatusEnum = pgEnum("campaign_status", campaignStatuses);
export const channelEnum = pgEnum("channel", channels);

export type CampaignGoals = {
  impressions?: number;
  clicks?: number;
  leads?: number;
  conversions?: number;
  revenueCents?: number;
};

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const campaigns = pgTable(
  "campaigns",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    description: text().notNull().default(""),
    type: campaignTypeEnum().notNull(),
    priority: campaignPriorityEnum().notNull().default("medium"),
    status: campaignStatusEnum().notNull().default("planning"),
    ownerId: uuid().references(() => users.id),
    channels: channelEnum().array().notNull().default(sql`'{}'`),
    budgetCents: bigint({ mode: "number" }),
    currency: text().notNull().default("USD"),
    goals: jsonb().$type<CampaignGoals>().notNull().default({}),
    startDate: date({ mode: "string" }),
    launchDate: date({ mode: "string" }),
    endDate: date({ mode: "string" }),
    tags: text().array().notNull().default(sql`'{}'`),
    archivedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    search: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce("name", '')), 'A') || setweight(to_tsvector('simple', cm_tags_text("tags")), 'A') || setweight(to_tsvector('english', coalesce("description", '')), 'B')`,
    ),
  },
  (t) => [
    // list: sort by recently updated when archived campaigns are included
    index("campaigns_updated_at_idx").on(t.updatedAt),
    // list: the default view (not archived, recently updated first, id tie-breaker) read in index
    // order, and its count as an index-only scan instead of a pass over the wide rows
    index("campaigns_updated_at_id_idx").on(t.updatedAt.desc().nullsFirst(), t.id).where(sql`${t.archivedAt} is null`),
    // list: sort and launch-window filter by launch date
    index("campaigns_launch_date_idx").on(t.launchDate),
    // list: sort by name
    index("campaigns_name_idx").on(t.name),
    // list: status filter, and status + type filter
    index("campaigns_status_type_idx").on(t.status, t.type),
    // list: type filter alone
    index("campaigns_type_idx").on(t.type),
    // list: priority filter
    index("campaigns_priority_idx").on(t.priority),
    // list: owner filter; "my campaigns"
    index("campaigns_owner_id_idx").on(t.ownerId),
    index("campaigns_created_by_id_idx").on(t.createdById),
    // list: tag filter (tags @> array[...])
    index("campaigns_tags_idx").using("gin", t.tags),
    // list: full-text search over name, description and tags
    index("campaigns_search_idx").using("gin", t.search),
  ],
);

export type CampaignRow = typeof campaigns.$inferSelect;
