/**
 * Schedule changes for many members at once. Each is one transaction: if any member cannot take
 * the change, nothing is written and the error names who and why. One audit entry per member.
 */
import { asc, eq, inArray, isNull } from "drizzle-orm";
import { organizationHolidays, timeOff, users, type UserRow } from "@/db/schema";
import type { WeeklyHours } from "@/db/schema/team";
import type { Db } from "@/db/types";
import { audit } from "@/lib/audit/service";
import type { Ctx } from "@/lib/core/context";
import { ValidationFailed } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { assertCanEditTeam } from "./policy";
import { formatHours, formatRange, overlappingTimeOff, writeWeeklyHours } from "./schedule";
import {
  addOrganizationHolidayInput, bulkTimeOffInput, bulkWeeklyHoursInput,
  type AddOrganizationHolidayInput, type BulkTimeOffInput, type BulkWeeklyHoursInput,
} from "./schemas";

/** The chosen members, locked in id order; unknown or deactivated ones stop the whole operation. */
async function lockMembers(tx: Db, userIds: readonly string[]): Promise<UserRow[]> {
  const ids = [...new Set(userIds)];
  const rows = await tx.select().from(users).where(inArray(users.id, ids)).orderBy(asc(users.id)).for("no key update");
  const problems = [
    ...ids.filter((id) => !rows.some((r) => r.id === id)).map((id) => `no member has the id ${id}`),
    ...rows.filter((r) => r.deactivatedAt).map((r) => `${r.name} is deactivated`),
  ];
  if (problems.length) throw new ValidationFailed(`Nothing was changed: ${problems.join("; ")}.`, { userIds: problems });
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

export async function bulkTimeOff(ctx: Ctx, raw: BulkTimeOffInput) {
  const input = parseInput(bulkTimeOffInput, raw);
  assertCanEditTeam(ctx.actor, "add time off for several members");
  return ctx.db.transaction(async (tx) => {
    const members = await lockMembers(tx, input.userIds);
    const clashes: string[] = [];
    for (const m of members) {
      const [clash] = await overlappingTimeOff(tx, m.id, input);
      if (clash) clashes.push(`${m.name} already has time off ${formatRange(clash)}`);
    }
    if (clashes.length) throw new ValidationFailed(`Nothing was changed: ${clashes.join("; ")}.`, { userIds: clashes });
    const rows = await tx.insert(timeOff)
      .values(members.map((m) => ({ userId: m.id, startDate: input.startDate, endDate: input.endDate, reason: input.reason, createdById: ctx.actor.userId })))
      .returning();
    for (const m of members) {
      const row = rows.find((r) => r.userId === m.id)!;
      await audit(tx, ctx.actor, {
        action: "member.time_off_added", entityType: "user", entityId: m.id,
        summary: `Added time off for ${m.name}: ${formatRange(input)}${input.reason ? ` (${input.reason})` : ""} (bulk, ${members.length} members)`,
        after: { id: row.id, startDate: row.startDate, endDate: row.endDate, reason: row.reason },
      });
    }
    return { count: members.length, members: members.map((m) => ({ id: m.id, name: m.name })), startDate: input.startDate, endDate: input.endDate };
  });
}

/** A day nobody works: one holiday row, recorded on every active member's history. */
export async function addOrganizationHoliday(ctx: Ctx, raw: AddOrganizationHolidayInput) {
  const input = parseInput(addOrganizationHolidayInput, raw);
  assertCanEditTeam(ctx.actor, "add organisation holidays");
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(organizationHolidays).values(input).onConflictDoNothing().returning();
    if (!row) {
      const [existing] = await tx.select().from(organizationHolidays).where(eq(organizationHolidays.date, input.date));
      const message = `${input.date} is already a holiday (${existing?.name ?? "unnamed"}).`;
      throw new ValidationFailed(message, { date: [message] });
    }
    const members = await tx.select({ id: users.id, name: users.name }).from(users).where(isNull(users.deactivatedAt)).orderBy(asc(users.name));
    for (const m of members) {
      await audit(tx, ctx.actor, {
        action: "member.holiday_added", entityType: "user", entityId: m.id,
        summary: `Organisation holiday ${input.date} (${input.name}) applies to ${m.name}`,
        after: { date: input.date, name: input.name },
      });
    }
    return { date: row.date, name: row.name, members: members.length };
  });
}

export async function bulkWeeklyHours(ctx: Ctx, raw: BulkWeeklyHoursInput) {
  const input = parseInput(bulkWeeklyHoursInput, raw);
  assertCanEditTeam(ctx.actor, "set weekly hours for several members");
  const weeklyHours = input.weeklyHours as WeeklyHours;
  return ctx.db.transaction(async (tx) => {
    const members = await lockMembers(tx, input.userIds);
    for (const m of members) {
      // a bulk edit is a deliberate overwrite: no version to compare, the members are locked
      const written = (await writeWeeklyHours(tx, m.id, weeklyHours, "any"))!;
      await audit(tx, ctx.actor, {
        action: "member.availability_changed", entityType: "user", entityId: m.id,
        summary: `Set ${m.name}'s weekly hours to ${formatHours(weeklyHours)} (bulk, ${members.length} members)`,
        before: { weeklyHours: written.before }, after: { weeklyHours },
      });
    }
    return { count: members.length, members: members.map((m) => ({ id: m.id, name: m.name })), weeklyHours };
  });
}
