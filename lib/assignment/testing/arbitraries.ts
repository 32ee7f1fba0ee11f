// Random teams and tasks for the engine's property tests.
import fc from "fast-check";
import type { WeeklyHours } from "@/db/schema/team";
import { campaignPriorities } from "@/db/schema/values";
import { addDays } from "@/lib/team/capacity";
import type { AssignTask, CandidateMember } from "../model";

export const testNow = new Date("2027-03-10T12:00:00Z");
export const testSkills = ["copywriting", "design", "web", "legal"] as const;
const timezones = ["UTC", "Europe/Berlin", "America/Los_Angeles", "Pacific/Auckland"];
const campaignsIds = ["c1", "c2", "c3"];
const holidays = new Set(["2027-03-15", "2027-04-02"]);

const anyDay = fc.integer({ min: -10, max: 70 }).map((k) => addDays("2027-03-10", k));
const anyRange = fc.tuple(anyDay, fc.integer({ min: 0, max: 20 })).map(([start, len]) => ({ startDate: start, endDate: addDays(start, len) }));
const anyDates = fc
  .tuple(fc.option(anyDay, { nil: null }), fc.option(anyDay, { nil: null }))
  .map(([a, b]) => (a && b && b < a ? { startDate: b, dueDate: a } : { startDate: a, dueDate: b }));

const anyWeek = fc.array(fc.constantFrom(0, 4, 6, 8), { minLength: 7, maxLength: 7 }).map((h) => h as WeeklyHours);

export function anyMembers(max = 8) {
  return fc
    .array(
      fc.record({
        weeklyHours: anyWeek,
        timeOff: fc.array(anyRange, { maxLength: 2 }),
        timezone: fc.constantFrom(...timezones),
        skills: fc.dictionary(fc.constantFrom(...testSkills), fc.integer({ min: 1, max: 5 }), { maxKeys: 3 }),
        onTime: fc.tuple(fc.nat(10), fc.nat(10)).map(([a, b]) => ({ onTime: Math.min(a, b), done: Math.max(a, b) })),
        estimateAccuracy: fc.option(fc.double({ min: 0.3, max: 2.5, noNaN: true }), { nil: null }),
        campaignIds: fc.subarray(campaignsIds),
        work: fc.array(fc.record({ hours: fc.integer({ min: 0, max: 40 }), dates: anyDates }), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: max },
    )
    .map((ms) =>
      ms.map((m, i): CandidateMember => ({
        id: `m${String(i).padStart(2, "0")}`,
        name: `Member ${i}`,
        calendar: { weeklyHours: m.weeklyHours, timeOff: m.timeOff, holidays, timezone: m.timezone },
        skills: m.skills,
        onTime: m.onTime,
        estimateAccuracy: m.estimateAccuracy,
        campaignIds: m.campaignIds,
        work: m.work.map((w, k) => ({ taskId: `w${i}-${k}`, hours: w.hours, ...w.dates })),
      })),
    );
}

export function anyTasks(max = 15) {
  return fc
    .array(
      fc.record({
        priority: fc.constantFrom(...campaignPriorities),
        requiredSkills: fc.subarray([...testSkills], { maxLength: 2 }),
        estimateHours: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
        dates: anyDates,
        campaignId: fc.constantFrom(...campaignsIds),
      }),
      { minLength: 1, maxLength: max },
    )
    .map((ts) =>
      ts.map((t, i): AssignTask => ({
        id: `t${String(i).padStart(2, "0")}`, title: `Task ${i}`, campaignId: t.campaignId, priority: t.priority, status: "todo",
        requiredSkills: t.requiredSkills, estimateHours: t.estimateHours, remainingHours: null, loggedHours: 0,
        ...t.dates, version: 1, assigneeId: null,
      })),
    );
}
