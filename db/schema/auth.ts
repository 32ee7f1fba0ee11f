import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, boolean } from "drizzle-orm/pg-core";
import { approverStageEnum, roleEnum, users } from "./users";
import { sql } from "drizzle-orm";

import { tokenScopes } from "./values";
export const tokenScopeEnum = pgEnum("token_scope", tokenScopes);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    // sha256 of the raw token; the raw token is shown once and never stored
    tokenHash: text().notNull(),
    // first characters of the raw token so a person can recognise it in the list
    prefix: text().notNull(),
    scope: tokenScopeEnum().notNull().default("read"),
    lastUsedAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // bearer authentication: look a token up by its hash
    uniqueIndex("api_tokens_token_hash_idx").on(t.tokenHash),
    // settings page: a member's tokens
    index("api_tokens_user_id_idx").on(t.userId),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    role: roleEnum().notNull(),
    approverStages: approverStageEnum().array().notNull().default(sql`'{}'`),
    tokenHash: text().notNull(),
    invitedById: uuid().notNull().references(() => users.id),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // accepting an invitation: look it up by the hash of the link's token
    uniqueIndex("invitations_token_hash_idx").on(t.tokenHash),
    // members page: pending invitations by email
    index("invitations_email_idx").on(t.email),
    index("invitations_invited_by_id_idx").on(t.invitedById),
  ],
);

export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    ip: text().notNull(),
    succeeded: boolean().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // rate limit: recent failures for one email
    index("sign_in_attempts_email_at_idx").on(t.email, t.at),
    // rate limit: recent failures from one IP
    index("sign_in_attempts_ip_at_idx").on(t.ip, t.at),
  ],
);

export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;
