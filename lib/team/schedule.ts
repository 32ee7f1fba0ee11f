/** One member's schedule, skills and profile: each change version- or range-checked, and audited. */
import { and, eq, gte, lte, sql } from "drizzle-orm";
import { memberAvailability, memberSkills, timeOff, users, type UserRow } from "@/db/schema";
import { defaultWeeklyHours, type WeeklyHours } from "@/db/schema/team";
import type { Db } from "@/db/types";
import { audit } from "@/lib/audit/service";
import type { Ctx } from "@/lib/core/context";
import { Conflict, NotFound, ValidationFailed } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { assertCanEditMember } from "./policy";
import {
  addTimeOffInput, removeTimeOffInput, setAvailabilityInput, setProfileInput, setSkillsInput,
  type AddTimeOffInput, type SetAvailabilityInput, type SetProfileInput, type SetSkillsInput,
} from "./schemas";

export const formatHours = (h: WeeklyHours) => `${h.join("/")} (${h.reduce((s, x) => s + x, 0)} h a week)`;
export const formatRange = (r: { startDate: string; endDate: string }) => (r.startDate === r.endDate ? r.startDate : `${r.startDate} – ${r.endDate}`);

/** The member, locked for the rest of the transaction so schedule checks of one person queue up. */
export async function lockMember(tx: Db, userId: string): Promise<UserRow> {
  const [u] = await tx.select().from(users).where(eq(users.id, userId)).for("no key update");
  if (!u) throw new NotFound("That member");
  return u;
}

export async function overlappingTimeOff(tx: Db, userId: string, range: { startDate: string; endDate: string }) {
  return tx.select().from(timeOff)
    .where(and(eq(timeOff.userId, userId), lte(timeOff.startDate, range.endDate), gte(timeOff.endDate, range.startDate)))
    .orderBy(timeOff.startDate);
}

/**
 * Writes weekly hours when `expected` is the version last read (0: never saved); returns the new
 * version, or null when someone else saved in between.
 */
export async function writeWeeklyHours(tx: Db, userId: string, weeklyHours: WeeklyHours, expected: number | "any"): Promise<{ version: number; before: WeeklyHours } | null> {
  const [current] = await tx.select().from(memberAvailability).where(eq(memberAvailability.userId, userId)).for("update");
  if (expected !== "any" && (current?.version ?? 0) !== expected) return null;
  if (!current) {
    const [row] = await tx.insert(memberAvailability).values({ userId, weeklyHours, version: 1 }).onConflictDoNothing().returning();
    return row ? { version: row.version, before: defaultWeeklyHours } : null;
  }
  const [row] = await tx.update(memberAvailability)
    .set({ weeklyHours, version: sql`${memberAvailability.version} + 1`, updatedAt: new Date() })
    .where(and(eq(memberAvailability.userId, userId), eq(memberAvailability.version, current.version))).returning();
  return row ? { version: row.version, before: current.weeklyHours as WeeklyHours } : null;
}

export async function setAvailability(ctx: Ctx, raw: SetAvailabilityInput) {
  const input = parseInput(setAvailabilityInput, raw);
  assertCanEditMember(ctx.actor, input.userId, "change availability");
  const weeklyHours = input.weeklyHours as WeeklyHours;
  return ctx.db.transaction(async (tx) => {
    const member = await lockMember(tx, input.userId);
    const written = await writeWeeklyHours(tx, member.id, weeklyHours, input.version);
    if (!written) {
      const [now] = await tx.select({ version: memberAvailability.version }).from(memberAvailability).where(eq(memberAvailability.userId, member.id));
      throw new Conflict(
        `${member.name}'s availability was changed by someone else since you read it (now version ${now?.version ?? 0}). Reload to see it, then make your change again.`,
        { currentVersion: now?.version ?? 0 },
      );
    }
    await audit(tx, ctx.actor, {
      action: "member.availability_changed", entityType: "user", entityId: member.id,
      summary: `Set ${member.name}'s weekly hours to ${formatHours(weeklyHours)}`,
      before: { weeklyHours: written.before }, after: { weeklyHours },
    });
    return { userId: member.id, weeklyHours, version: written.version };
  });
}

export async function addTimeOff(ctx: Ctx, raw: AddTimeOffInput) {
  const input = parseInput(addTimeOffInput, raw);
  assertCanEditMember(ctx.actor, input.userId, "add time off");
  return ctx.db.transaction(async (tx) => {
    const member = await lockMember(tx, input.userId);
    const [clash] = await overlappingTimeOff(tx, member.id, input);
    if (clash) {
      const message = `${member.name} already has time off ${formatRange(clash)}${clash.reason ? ` (${clash.reason})` : ""}, which overlaps ${formatRange(input)}.`;
      // not a field's fault: the whole range clashes, so the message stands above the form
      throw new ValidationFailed(message);
    }
    const [row] = await tx.insert(timeOff).values({ userId: member.id, startDate: input.startDate, endDate: input.endDate, reason: input.reason, createdById: ctx.actor.userId }).returning();
    await audit(tx, ctx.actor, {
      action: "member.time_off_added", entityType: "user", entityId: member.id,
      summary: `Added time off for ${member.name}: ${formatRange(input)}${input.reason ? ` (${input.reason})` : ""}`,
      after: { id: row!.id, startDate: row!.startDate, endDate: row!.endDate, reason: row!.reason },
    });
    return { id: row!.id, userId: member.id, startDate: row!.startDate, endDate: row!.endDate, reason: row!.reason };
  });
}

export async function removeTimeOff(ctx: Ctx, raw: { id: string }) {
  const input = parseInput(removeTimeOffInput, raw);
  const [range] = await ctx.db.select().from(timeOff).where(eq(timeOff.id, input.id));
  if (!range) throw new NotFound("That time off");
  assertCanEditMember(ctx.actor, range.userId, "remove time off");
  return ctx.db.transaction(async (tx) => {
    const member = await lockMember(tx, range.userId);
    const [gone] = await tx.delete(timeOff).where(eq(timeOff.id, range.id)).returning();
    if (!gone) throw new NotFound("That time off");
    await audit(tx, ctx.actor, {
      action: "member.time_off_removed", entityType: "user", entityId: member.id,
      summary: `Removed time off of ${member.name}: ${formatRange(gone)}`,
      before: { id: gone.id, startDate: gone.startDate, endDate: gone.endDate, reason: gone.reason },
    });
    return { id: gone.id };
  });
}

export async function setSkills(ctx: Ctx, raw: SetSkillsInput) {
  const input = parseInput(setSkillsInput, raw);
  assertCanEditMember(ctx.actor, input.userId, "change skills");
  return ctx.db.transaction(async (tx) => {
    const member = await lockMember(tx, input.userId);
    const before = await tx.select({ skill: memberSkills.skill, level: memberSkills.level }).from(memberSkills).where(eq(memberSkills.userId, member.id)).orderBy(memberSkills.skill);
    await tx.delete(memberSkills).where(eq(memberSkills.userId, member.id));
    if (input.skills.length) await tx.insert(memberSkills).values(input.skills.map((s) => ({ userId: member.id, ...s })));
    const after = [...input.skills].sort((a, b) => a.skill.localeCompare(b.skill));
    await audit(tx, ctx.actor, {
      action: "member.skills_changed", entityType: "user", entityId: member.id,
      summary: `Set ${member.name}'s skills: ${after.map((s) => `${s.skill} ${s.level}`).join(", ") || "none"}`,
      before: { skills: before }, after: { skills: after },
    });
    return { userId: member.id, skills: after };
  });
}

export async function setProfile(ctx: Ctx, raw: SetProfileInput) {
  const input = parseInput(setProfileInput, raw);
  assertCanEditMember(ctx.actor, input.userId, "change the profile");
  return ctx.db.transaction(async (tx) => {
    const member = await lockMember(tx, input.userId);
    const title = input.title === undefined ? member.title : input.title || null;
    const [row] = await tx.update(users).set({ title, timezone: input.timezone, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(eq(users.id, member.id)).returning();
    await audit(tx, ctx.actor, {
      action: "member.profile_changed", entityType: "user", entityId: member.id,
      summary: `Changed ${member.name}'s profile: title ${title ?? "none"}, timezone ${input.timezone}`,
      before: { title: member.title, timezone: member.timezone }, after: { title: row!.title, timezone: row!.timezone },
    });
    return { userId: member.id, title: row!.title, timezone: row!.timezone };
  });
}
