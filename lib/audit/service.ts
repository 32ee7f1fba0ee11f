import { and, desc, eq, sql } from "drizzle-orm";
import { auditEvents, users } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/core/context";

export type AuditEntry = {
  action: string; // e.g. "campaign.created"
  entityType: string;
  entityId: string;
  summary: string; // one human sentence, shown in activity feeds
  before?: unknown;
  after?: unknown;
};

/** Writes an audit row; call it inside the same transaction as the change it records. */
export async function audit(tx: Db, actor: Actor, entry: AuditEntry) {
  await tx.insert(auditEvents).values({
    // the moment of the write, not of the transaction: entries of one transaction keep their order
    at: sql`clock_timestamp()`,
    actorId: actor.userId,
    actorTokenId: actor.tokenId ?? null,
    via: actor.via,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    summary: entry.summary,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

export type ActivityItem = {
  id: string;
  at: Date;
  action: string;
  summary: string;
  via: string;
  actorName: string;
  before: unknown;
  after: unknown;
};

export async function listEntityActivity(db: Db, entityType: string, entityId: string, limit = 50): Promise<ActivityItem[]> {
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      summary: auditEvents.summary,
      via: auditEvents.via,
      actorName: users.name,
      before: auditEvents.before,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, actorName: r.actorName ?? "System" }));
}
