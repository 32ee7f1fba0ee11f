/**
 * Reading and changing the organisation's approval settings. The row is created with the
 * defaults the first time it is read; every change is validated, version-checked and audited.
 */
import { asc, eq, sql } from "drizzle-orm";
import { approvalSettings, organizationHolidays, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { audit } from "@/lib/audit/service";
import { hasRole, requireWrite, type Ctx } from "@/lib/core/context";
import { Conflict, Forbidden } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import type { BusinessCalendar } from "./business-hours";
import {
  approvalConfigSchema, DEFAULT_APPROVAL_CONFIG, updateApprovalSettingsInput,
  type ApprovalConfig, type UpdateApprovalSettingsInput,
} from "./settings-schema";

/** The audit log needs an entity id: the settings are one well-known entity. */
export const APPROVAL_SETTINGS_ENTITY_ID = "00000000-0000-4000-8000-00000000a001";

export type ApprovalSettingsView = {
  config: ApprovalConfig;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
  holidays: { date: string; name: string }[];
  canEdit: boolean;
};

/** The stored settings, or the defaults when none are stored (or the stored ones no longer parse). */
export async function loadApprovalConfig(db: Db): Promise<{ config: ApprovalConfig; version: number; updatedAt: Date; updatedById: string | null }> {
  const [row] = await db.select().from(approvalSettings).where(eq(approvalSettings.id, "default"));
  if (!row) return { config: DEFAULT_APPROVAL_CONFIG, version: 1, updatedAt: new Date(0), updatedById: null };
  const parsed = approvalConfigSchema.safeParse(row.config);
  return { config: parsed.success ? parsed.data : DEFAULT_APPROVAL_CONFIG, version: row.version, updatedAt: row.updatedAt, updatedById: row.updatedById };
}

export async function loadHolidays(db: Db) {
  return db.select({ date: organizationHolidays.date, name: organizationHolidays.name }).from(organizationHolidays).orderBy(asc(organizationHolidays.date));
}

/** Working hours from the settings and the organisation's holidays: what deadlines count in. */
export async function loadBusinessCalendar(db: Db, config?: ApprovalConfig): Promise<BusinessCalendar> {
  const [cfg, holidays] = await Promise.all([config ? Promise.resolve(config) : loadApprovalConfig(db).then((c) => c.config), loadHolidays(db)]);
  return { ...cfg.businessHours, holidays: new Set(holidays.map((h) => h.date)) };
}

export async function getApprovalSettings(ctx: Ctx): Promise<ApprovalSettingsView> {
  const [{ config, version, updatedAt, updatedById }, holidays] = await Promise.all([loadApprovalConfig(ctx.db), loadHolidays(ctx.db)]);
  const [by] = updatedById ? await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, updatedById)) : [];
  return {
    config, version, updatedAt: updatedAt.toISOString(), updatedBy: by?.name ?? null, holidays,
    canEdit: ctx.actor.scope === "read_write" && hasRole(ctx.actor, "admin"),
  };
}

const sections: { key: keyof ApprovalConfig; label: string }[] = [
  { key: "stageRules", label: "stage rules" },
  { key: "autoRules", label: "auto-approval rules" },
  { key: "deadlineHours", label: "deadlines" },
  { key: "escalationIntervalHours", label: "escalation interval" },
  { key: "businessHours", label: "business hours" },
];

export async function updateApprovalSettings(ctx: Ctx, raw: UpdateApprovalSettingsInput): Promise<ApprovalSettingsView> {
  requireWrite(ctx.actor, "change approval settings");
  if (!hasRole(ctx.actor, "admin")) throw new Forbidden("Only admins can change approval settings.");
  const input = parseInput(updateApprovalSettingsInput, raw);
  await ctx.db.transaction(async (tx) => {
    // make sure the row exists, then lock it: two admins saving at once are taken one after the other
    await tx.insert(approvalSettings).values({ id: "default", config: DEFAULT_APPROVAL_CONFIG, version: 1 }).onConflictDoNothing();
    const [row] = await tx.select().from(approvalSettings).where(eq(approvalSettings.id, "default")).for("update");
    if (row!.version !== input.version) {
      const [by] = row!.updatedById ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row!.updatedById)) : [];
      throw new Conflict(
        `${by?.name ?? "Someone"} changed the approval settings at ${row!.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC after you opened them. Reload to see their changes, then make yours again.`,
        { currentVersion: row!.version },
      );
    }
    const before = approvalConfigSchema.safeParse(row!.config).data ?? DEFAULT_APPROVAL_CONFIG;
    const changed = sections.filter((s) => JSON.stringify(before[s.key]) !== JSON.stringify(input.config[s.key])).map((s) => s.label);
    const version = row!.version + 1;
    await tx
      .update(approvalSettings)
      .set({ config: input.config, version: sql`${approvalSettings.version} + 1`, updatedById: ctx.actor.userId, updatedAt: new Date() })
      .where(eq(approvalSettings.id, "default"));
    await audit(tx, ctx.actor, {
      action: "approval_settings.updated", entityType: "approval_settings", entityId: APPROVAL_SETTINGS_ENTITY_ID,
      summary: changed.length ? `Changed approval ${changed.join(", ")}` : "Saved approval settings without changes",
      before: { ...before, version: row!.version }, after: { ...input.config, version },
    });
  });
  return getApprovalSettings(ctx);
}
