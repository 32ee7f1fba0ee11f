/** Shared fixtures for the timeline tests: a product launch and random milestone templates. */
import fc from "fast-check";
import type { TimelinePriority } from "../buffer";
import { addWorkingDays, dayNumber, fromDayNumber, type WorkCalendar } from "../calendar";
import type { PlanMilestone } from "../plan";
import type { TemplateMilestone } from "../schedule";

// launch on Monday 2027-03-15 (the day after the US DST change) with a holiday the Friday before
export const LAUNCH_MONDAY = "2027-03-15";
export const HOLIDAY_FRIDAY = "2027-03-12";
export const launchCalendar: WorkCalendar = { holidays: new Set([HOLIDAY_FRIDAY]) };

export const productLaunch: TemplateMilestone[] = [
  { key: "brief", name: "Launch brief", durationDays: 3, dependsOn: [] },
  { key: "messaging", name: "Messaging", durationDays: 5, dependsOn: ["brief"] },
  { key: "creative", name: "Creative", durationDays: 10, dependsOn: ["messaging"] },
  { key: "landing", name: "Landing page", durationDays: 5, dependsOn: ["creative"] },
  { key: "qa", name: "QA", durationDays: 3, dependsOn: ["landing"] },
  { key: "launch", name: "Launch day", durationDays: 1, dependsOn: ["qa"] },
  { key: "retro", name: "Retrospective", durationDays: 2, dependsOn: ["launch"] },
];

export const priorities: TimelinePriority[] = ["low", "medium", "high", "critical"];

/**
 * A random template: milestones m0..m(n-1), edges from lower to higher index, one of them the
 * launch. Some milestones end up before the launch, some after it, some unrelated.
 */
export const anyTemplate = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.record({
    milestones: fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: n, maxLength: n }),
        fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 2 * n }),
      )
      .map(([durations, pairs]) => {
        const deps: string[][] = durations.map(() => []);
        for (const [a, b] of pairs) {
          const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
          if (lo !== hi && !deps[hi]!.includes(`m${lo}`)) deps[hi]!.push(`m${lo}`);
        }
        return durations.map((d, i): TemplateMilestone => ({ key: `m${i}`, durationDays: d, dependsOn: deps[i]! }));
      }),
    launchIndex: fc.nat(n - 1),
  }),
);

const FIRST = dayNumber("2026-09-01");
export const anyLaunchDate = fc.integer({ min: FIRST, max: FIRST + 500 }).map(fromDayNumber);

export const anyCalendar: fc.Arbitrary<WorkCalendar> = fc
  .record({
    holidays: fc.uniqueArray(fc.integer({ min: FIRST - 300, max: FIRST + 800 }), { maxLength: 60 }),
    weekend: fc.constantFrom<readonly number[] | undefined>(undefined, [5, 6], [0]),
  })
  .map(({ holidays, weekend }) => ({ holidays: new Set(holidays.map(fromDayNumber)), ...(weekend && { weekend }) }));

/** The first day a dependant of `m` may start: after its last day and its buffer. */
export const freeFrom = (m: PlanMilestone, cal: WorkCalendar) => (m.durationDays > 0 ? addWorkingDays(m.end, m.bufferDays + 1, cal) : m.start);

/** Keys of every milestone that depends on `key`, directly or transitively. */
export function dependantsOf(milestones: readonly { key: string; dependsOn: readonly string[] }[], key: string): Set<string> {
  const found = new Set<string>();
  const stack = [key];
  while (stack.length) {
    const k = stack.pop()!;
    for (const m of milestones) {
      if (m.dependsOn.includes(k) && !found.has(m.key)) {
        found.add(m.key);
        stack.push(m.key);
      }
    }
  }
  return found;
}
