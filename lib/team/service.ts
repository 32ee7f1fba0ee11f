import { and, asc, desc, eq, exists, gte, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import { memberSkills, timeOff, users, type Role, type UserRow } from "@/db/schema";
import type { WeeklyHours } from "@/db/schema/team";
import type { Ctx } from "@/lib/core/context";
import { NotFound } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { addDays, localToday } from "./capacity";
import { loadCalendars, loadMemberLoad, loadPerformance, type MemberLoad } from "./load";
import type { Performance } from "./performance";
import { canEditMember } from "./policy";
import { listTeamInput, type ListTeamInput } from "./schemas";

export type SkillLevel = { skill: string; level: number };
export type TimeOffView = { id: string; startDate: string; endDate: string; reason: string };

export type TeamMember = {
  id: string;
  name: string;
  email: string;
  role: Role;
  title: string | null;
  timezone: string;
  skills: SkillLevel[];
  /** the next 4 weeks from the member's today */
  load: MemberLoad;
  nextTimeOff: TimeOffView | null;
  /** with an availability window: hours available in it after the work already due there */
  window?: { from: string; to: string; capacityHours: number; workloadHours: number; freeHours: number };
};

/** `text` as a literal ILIKE pattern: % and _ typed by a person match themselves. */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

async function skillsOf(ctx: Ctx, ids: string[]) {
  const rows = ids.length
    ? await ctx.db.select().from(memberSkills).where(inArray(memberSkills.userId, ids)).orderBy(desc(memberSkills.level), asc(memberSkills.skill))
    : [];
  const out = new Map<string, SkillLevel[]>();
  for (const r of rows) (out.get(r.userId) ?? out.set(r.userId, []).get(r.userId)!).push({ skill: r.skill, level: r.level });
  return out;
}

/**
 * Active members with their skills, load over the next 4 weeks and next time off. People who do
 * the work come first (viewers, who are stakeholders, last), then by name.
 */
export async function listTeam(ctx: Ctx, raw: ListTeamInput = {}, now: Date = new Date()): Promise<TeamMember[]> {
  const input = parseInput(listTeamInput, raw);
  const where = [isNull(users.deactivatedAt)];
  if (input.q) {
    const p = containsPattern(input.q);
    where.push(or(ilike(users.name, p), ilike(users.email, p), ilike(users.title, p))!);
  }
  if (input.skill) {
    where.push(exists(ctx.db.select({ one: sql`1` }).from(memberSkills).where(and(
      eq(memberSkills.userId, users.id), eq(memberSkills.skill, input.skill), gte(memberSkills.level, input.minLevel ?? 1),
    ))));
  }
  const people = await ctx.db.select().from(users).where(and(...where))
    .orderBy(sql`case when ${users.role} = 'viewer' then 1 else 0 end`, asc(users.name), asc(users.id));
  const ids = people.map((p) => p.id);
  const calendars = await loadCalendars(ctx.db, ids);
  const [skills, loads, windowLoads] = await Promise.all([
    skillsOf(ctx, ids),
    loadMemberLoad(ctx.db, calendars, {}, now),
    input.availableFrom || input.availableTo
      ? loadMemberLoad(ctx.db, calendars, { from: input.availableFrom ?? now.toISOString().slice(0, 10), to: input.availableTo ?? addDays(input.availableFrom!, 27) }, now)
      : Promise.resolve(null),
  ]);
  return people.map((p) => {
    const cal = calendars.get(p.id)!;
    const today = localToday(cal.timezone, now);
    const next = cal.timeOff.filter((r) => r.endDate >= today).sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
    const w = windowLoads?.get(p.id);
    return {
      id: p.id, name: p.name, email: p.email, role: p.role, title: p.title, timezone: p.timezone,
      skills: skills.get(p.id) ?? [],
      load: loads.get(p.id)!,
      nextTimeOff: next ?? null,
      ...(w ? { window: { from: w.from, to: w.to, capacityHours: w.capacityHours, workloadHours: w.workloadHours, freeHours: w.freeHours } } : {}),
    };
  });
}

export type MemberProfile = {
  id: string;
  name: string;
  email: string;
  role: Role;
  title: string | null;
  timezone: string;
  active: boolean;
  availability: { weeklyHours: WeeklyHours; totalHours: number; version: number };
  timeOff: { upcoming: TimeOffView[]; recent: TimeOffView[] };
  skills: SkillLevel[];
  load: MemberLoad;
  performance: Performance;
  /** whether the person asking may change this member's schedule, skills and profile */
  canEdit: boolean;
};

export async function getMemberRow(ctx: Ctx, id: string): Promise<UserRow> {
  const parsed = /^[0-9a-f-]{36}$/i.test(id);
  const [u] = parsed ? await ctx.db.select().from(users).where(eq(users.id, id)) : [];
  if (!u) throw new NotFound("That member");
  return u;
}

/** One member's profile, schedule (time off upcoming, and of the last 90 days), skills, load and performance. */
export async function getTeamMember(ctx: Ctx, id: string, now: Date = new Date()): Promise<MemberProfile> {
  const u = await getMemberRow(ctx, id);
  const calendars = await loadCalendars(ctx.db, [u.id]);
  const cal = calendars.get(u.id)!;
  const today = localToday(u.timezone, now);
  const [skills, loads, performance, ranges] = await Promise.all([
    skillsOf(ctx, [u.id]),
    loadMemberLoad(ctx.db, calendars, {}, now),
    loadPerformance(ctx.db, u.id, u.timezone, now),
    ctx.db.select({ id: timeOff.id, startDate: timeOff.startDate, endDate: timeOff.endDate, reason: timeOff.reason }).from(timeOff)
      .where(and(eq(timeOff.userId, u.id), gte(timeOff.endDate, addDays(today, -90)))).orderBy(asc(timeOff.startDate)),
  ]);
  return {
    id: u.id, name: u.name, email: u.email, role: u.role, title: u.title, timezone: u.timezone, active: !u.deactivatedAt,
    availability: { weeklyHours: cal.weeklyHours, totalHours: cal.weeklyHours.reduce((s, h) => s + h, 0), version: cal.version },
    timeOff: { upcoming: ranges.filter((r) => r.endDate >= today), recent: ranges.filter((r) => r.endDate < today).reverse() },
    skills: skills.get(u.id) ?? [],
    load: loads.get(u.id)!,
    performance,
    canEdit: canEditMember(ctx.actor, u.id),
  };
}
