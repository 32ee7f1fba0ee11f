import { sql } from "drizzle-orm";
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, integer } from "drizzle-orm/pg-core";

import { approverStages, roles } from "./values";

export const roleEnum = pgEnum("role", roles);
export const approverStageEnum = pgEnum("approver_stage", approverStages);

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text(),
    role: roleEnum().notNull().default("member"),
    approverStages: approverStageEnum().array().notNull().default(sql`'{}'`),
    title: text(),
    timezone: text().notNull().default("UTC"),
    // Auth.js adapter compatibility: unused by the credentials flow but kept for OAuth later.
    emailVerified: timestamp({ withTimezone: true }),
    image: text(),
    deactivatedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // sign-in and invitation lookups by email (always stored lower-cased)
    uniqueIndex("users_email_idx").on(t.email),
    // members page sorted by name
    index("users_name_idx").on(t.name),
  ],
);

export type UserRow = typeof users.$inferSelect;
