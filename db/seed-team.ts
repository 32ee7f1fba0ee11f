import { addDays, format } from "date-fns";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { memberAvailability, memberSkills, tasks, timeOff, users } from "./schema";
import type { WeeklyHours } from "./schema/team";
import type { Db } from "./types";
import type { Skill } from "@/lib/timeline/templates/skills";

type TeamProfile = {
  skills: [Skill, number][];
  weeklyHours?: WeeklyHours;
  timezone?: string;
  /** days from today, inclusive */
  timeOff?: { from: number; to: number; reason: string }[];
};

// The demo team's skills, schedules and time off: enough for capacity, the heatmap and auto-assignment to show something.
const profiles: Record<string, TeamProfile> = {
  "admin@example.com": { skills: [["analytics", 4], ["project_management", 4], ["email", 3]] },
  "manager@example.com": { skills: [["project_management", 5], ["product_marketing", 4], ["events", 3], ["copywriting", 2]], timeOff: [{ from: 18, to: 22, reason: "Family visit" }] },
  "member@example.com": { skills: [["copywriting", 4], ["email", 4], ["seo", 3], ["social", 2]], weeklyHours: [8, 8, 8, 8, 4, 0, 0], timeOff: [{ from: 9, to: 10, reason: "Dentist and long weekend" }] },
  "priya.patel@example.com": { skills: [["legal", 5], ["pr", 3]], weeklyHours: [6, 6, 6, 6, 0, 0, 0], timezone: "Europe/London" },
  "omar.haddad@example.com": { skills: [["product_marketing", 5], ["sales_enablement", 4], ["pr", 4]], timezone: "America/New_York" },
  "leo.chen@example.com": { skills: [["design", 5], ["video", 4], ["web", 3], ["social", 3]], timezone: "Europe/Berlin", timeOff: [{ from: 4, to: 8, reason: "Vacation" }] },
  "nora.quinn@example.com": { skills: [["copywriting", 5], ["seo", 4], ["social", 3], ["paid_media", 2]], weeklyHours: [5, 5, 5, 5, 5, 0, 0], timeOff: [{ from: 30, to: 34, reason: "Conference" }] },
};

const iso = (days: number) => format(addDays(new Date(), days), "yyyy-MM-dd");

/** Fills in what each demo person lacks; anything already there (their own edits) is kept. */
export async function seedTeam(db: Db) {
  const people = await db.select({ id: users.id, email: users.email, timezone: users.timezone }).from(users).where(inArray(users.email, Object.keys(profiles)));
  for (const p of people) {
    const profile = profiles[p.email]!;
    const hasSkills = await db.select({ skill: memberSkills.skill }).from(memberSkills).where(eq(memberSkills.userId, p.id)).limit(1);
    if (!hasSkills.length) await db.insert(memberSkills).values(profile.skills.map(([skill, level]) => ({ userId: p.id, skill, level }))).onConflictDoNothing();
    if (profile.weeklyHours) await db.insert(memberAvailability).values({ userId: p.id, weeklyHours: profile.weeklyHours }).onConflictDoNothing();
    if (profile.timezone) await db.update(users).set({ timezone: profile.timezone }).where(and(eq(users.id, p.id), eq(users.timezone, "UTC")));
    const hasTimeOff = await db.select({ id: timeOff.id }).from(timeOff).where(eq(timeOff.userId, p.id)).limit(1);
    if (!hasTimeOff.length && profile.timeOff?.length) {
      await db.insert(timeOff).values(profile.timeOff.map((r) => ({ userId: p.id, startDate: iso(r.from), endDate: iso(r.to), reason: r.reason })));
    }
  }
}

/**
 * Seeded tasks are completed "now"; spread their completion around the due date (mostly on
 * time, some a day late) and their creation a few days earlier, so performance has a history.
 */
export async function backdateCompletions(db: Db, campaignId: string) {
  await db.update(tasks).set({
    completedAt: sql`${tasks.dueDate}::timestamptz + make_interval(days => (${tasks.position}::int % 5) - 3, hours => 15)`,
    createdAt: sql`${tasks.dueDate}::timestamptz - make_interval(days => 2 + (${tasks.position}::int % 5) + (${tasks.position}::int % 4))`,
  }).where(and(eq(tasks.campaignId, campaignId), eq(tasks.status, "done"), isNotNull(tasks.dueDate)));
}
