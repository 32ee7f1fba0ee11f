import { sql } from "drizzle-orm";
import {
  bigint, customType, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid,
} from "drizzle-orm/pg-core";
import { users } from "./users";

export const campaignTypes = [
  "product_launch", "email", "social", "content", "event", "webinar", "paid_ads", "seasonal_promo",
] as const;
export const campaignPriorities = ["low", "medium", "high", "critical"] as const;
export const campaignStatuses = [
  "planning", "in_review", "approved", "scheduled", "live", "paused", "completed", "cancelled",
] as const;
export const channels = [
  "email", "social", "paid_search", "paid_social", "display", "content", "seo", "events", "webinar", "pr", "sms", "partners",
] as const;

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
    // list: default sort (recently updated first)
    index("campaigns_updated_at_idx").on(t.updatedAt),
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
export type CampaignType = (typeof campaignTypes)[number];
export type CampaignPriority = (typeof campaignPriorities)[number];
export type CampaignStatus = (typeof campaignStatuses)[number];
export type Channel = (typeof channels)[number];
