import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { apiTokens } from "./auth";
import { users } from "./users";

import { vias } from "./values";
export const viaEnum = pgEnum("via", vias);

export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid().references(() => users.id),
    actorTokenId: uuid().references(() => apiTokens.id),
    via: viaEnum().notNull(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: uuid().notNull(),
    summary: text().notNull(),
    before: jsonb(),
    after: jsonb(),
  },
  (t) => [
    // activity feed of one entity, newest first; conflict reports since a version
    index("audit_events_entity_at_idx").on(t.entityType, t.entityId, t.at),
    // who did what
    index("audit_events_actor_id_idx").on(t.actorId),
    index("audit_events_actor_token_id_idx").on(t.actorTokenId),
    // retention sweeps and the global log, by time
    index("audit_events_at_idx").on(t.at),
  ],
);

export type AuditEventRow = typeof auditEvents.$inferSelect;
