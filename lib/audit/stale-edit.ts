import { and, asc, eq, gt, sql } from "drizzle-orm";
import { auditEvents, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { Conflict } from "@/lib/core/errors";

type StaleEdit = {
  entityType: string;
  entityId: string;
  /** the version the editor read */
  readVersion: number;
  /** what the entity is called now, and its current version */
  name: string;
  currentVersion: number;
  /** fields that differ between an audit row's before and after snapshots */
  changedFields: (before: Record<string, unknown>, after: Record<string, unknown>) => string[];
  fieldLabels: Record<string, string>;
};

/**
 * Explains a lost race from the audit log: who changed which fields since the version the editor
 * read. Every versioned entity writes its version into the audit row's `after`, which is what
 * makes this possible.
 */
export async function staleEditConflict(db: Db, e: StaleEdit): Promise<Conflict> {
  const since = await db
    .select({ at: auditEvents.at, before: auditEvents.before, after: auditEvents.after, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(
      eq(auditEvents.entityType, e.entityType), eq(auditEvents.entityId, e.entityId),
      gt(sql`(${auditEvents.after}->>'version')::int`, e.readVersion),
    ))
    .orderBy(asc(auditEvents.at));
  const fields = new Set<string>();
  for (const row of since) {
    for (const f of e.changedFields((row.before ?? {}) as Record<string, unknown>, (row.after ?? {}) as Record<string, unknown>)) fields.add(f);
  }
  const last = since.at(-1);
  const who = last ? `${last.actorName ?? "the system"} at ${last.at.toISOString().slice(0, 16).replace("T", " ")} UTC` : "someone else";
  const list = [...fields].map((f) => e.fieldLabels[f] ?? f);
  return new Conflict(
    `"${e.name}" was changed by ${who} after you opened it` +
      (list.length ? ` (changed: ${list.join(", ")})` : "") +
      ". Your changes were not saved: reload to see the latest version, then apply yours again.",
    { currentVersion: e.currentVersion, changedFields: list },
  );
}
