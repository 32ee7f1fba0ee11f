import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, fromDayNumber, isWorkingDay, toWorkingDay, workingDayDiff, workingDaysBetween } from "./calendar";
import type { Plan } from "./plan";
import { scheduleMilestones } from "./schedule";
import { previewBoth, previewChange, type PlanChange } from "./slip";
import { anyCalendar, anyLaunchDate, anyTemplate, dependantsOf, freeFrom, priorities } from "./testing/fixtures";

/** Random plans made by scheduleMilestones, and a random change to each. */
const anyPlan: fc.Arbitrary<Plan> = fc
  .record({ t: anyTemplate, launchDate: anyLaunchDate, calendar: anyCalendar, priority: fc.constantFrom(...priorities) })
  .map(({ t, launchDate, calendar, priority }) => scheduleMilestones({ milestones: t.milestones, launchKey: `m${t.launchIndex}`, launchDate, priority, calendar }).plan);

const anyCase = anyPlan.chain((plan) =>
  fc.record({
    plan: fc.constant(plan),
    change: fc.oneof(
      fc.integer({ min: -25, max: 25 }).map((k): PlanChange => ({ kind: "launch_date", date: fromDayNumber(dayNumber(plan.launchDate) + k) })),
      fc.tuple(fc.nat(plan.milestones.length - 1), fc.integer({ min: -15, max: 15 })).map(([i, k]): PlanChange => {
        const m = plan.milestones[i]!;
        return { kind: "milestone_end", key: m.key, end: fromDayNumber(dayNumber(m.end) + k) };
      }),
      fc.tuple(fc.nat(plan.milestones.length - 1), fc.integer({ min: 0, max: 20 })).map(([i, d]): PlanChange => ({ kind: "duration", key: plan.milestones[i]!.key, durationDays: d })),
    ),
  }),
);


/** Whether a milestone change makes the milestone finish later than before. */
function isSlip(plan: Plan, change: PlanChange): boolean {
  if (change.kind === "launch_date") return false;
  const m = plan.milestones.find((x) => x.key === change.key)!;
  return change.kind === "duration" ? change.durationDays > m.durationDays : toWorkingDay(change.end, plan.calendar, "previous") > m.end;
}


describe("previewing changes: properties on random plans", () => {
  it("never compresses a milestone: every one keeps its working-day length on working days", () => {
    fc.assert(
      fc.property(anyCase, ({ plan, change }) => {
        for (const p of Object.values(previewBoth(plan, change))) {
          for (const m of p.plan.milestones) {
            expect(isWorkingDay(m.start, plan.calendar) && isWorkingDay(m.end, plan.calendar)).toBe(true);
            if (m.durationDays > 0) expect(workingDaysBetween(m.start, m.end, plan.calendar)).toBe(m.durationDays);
            else expect(m.end).toBe(m.start);
          }
        }
      }),
    );
  });

  it("moves only the changed milestone and what depends on it, for milestone changes", () => {
    fc.assert(
      fc.property(anyCase, ({ plan, change }) => {
        if (change.kind === "launch_date") return;
        const allowed = dependantsOf(plan.milestones, change.key).add(change.key);
        for (const p of Object.values(previewBoth(plan, change))) for (const m of p.moved) expect(allowed.has(m.key)).toBe(true);
      }),
    );
  });

  it("absorbs a slip without any milestone starting before its predecessor ends", () => {
    fc.assert(
      fc.property(anyCase, ({ plan, change }) => {
        if (!isSlip(plan, change)) return;
        const p = previewChange(plan, change, "absorb");
        expect(p.conflicts.filter((c) => c.kind === "starts_before_predecessor_ends")).toEqual([]);
        for (const m of p.moved) expect(m.shiftDays).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("shifts every dependant by the same slip when keeping buffers, so every buffer stays whole", () => {
    fc.assert(
      fc.property(anyCase, ({ plan, change }) => {
        if (!isSlip(plan, change) || change.kind === "launch_date") return;
        const p = previewChange(plan, change, "keep_buffers");
        const shifts = new Set(p.moved.filter((m) => m.key !== change.key).map((m) => m.shiftDays));
        expect(shifts.size).toBeLessThanOrEqual(1);
        expect(p.moved.filter((m) => m.key !== change.key).map((m) => m.key).sort()).toEqual([...dependantsOf(plan.milestones, change.key)].sort());
        const byKey = new Map(p.plan.milestones.map((m) => [m.key, m]));
        for (const m of p.plan.milestones) for (const d of m.dependsOn) expect(m.start >= freeFrom(byKey.get(d)!, plan.calendar)).toBe(true);
        // a milestone the launch does not wait for may still run past it: that is reported, not prevented
        expect(p.conflicts.filter((c) => c.kind !== "ends_after_launch")).toEqual([]);
      }),
    );
  });

  it("moves a subset of what keeping buffers moves, and the launch no later", () => {
    fc.assert(
      fc.property(anyCase, ({ plan, change }) => {
        if (change.kind === "launch_date") return;
        const { absorb, keepBuffers } = previewBoth(plan, change);
        const kept = new Set(keepBuffers.moved.map((m) => m.key));
        for (const m of absorb.moved) expect(kept.has(m.key)).toBe(true);
        expect(absorb.launchDate <= keepBuffers.launchDate).toBe(true);
      }),
    );
  });

  it("re-plans a new launch date exactly like scheduling from scratch when keeping buffers", () => {
    fc.assert(
      fc.property(anyCase, ({ plan, change }) => {
        if (change.kind !== "launch_date") return;
        const p = previewChange(plan, change, "keep_buffers");
        const fresh = scheduleMilestones({ ...plan, launchDate: change.date });
        expect(p.plan.milestones.map((m) => [m.start, m.end])).toEqual(fresh.milestones.map((m) => [m.start, m.end]));
        expect(p.launchDate).toBe(change.date);
      }),
    );
  });

  it("puts the launch on the new launch day when absorbing, pulling earlier work back and pushing later work on only as needed", () => {
    fc.assert(
      fc.property(anyCase, ({ plan, change }) => {
        if (change.kind !== "launch_date") return;
        const p = previewChange(plan, change, "absorb");
        const fresh = scheduleMilestones({ ...plan, launchDate: change.date });
        expect(p.plan.milestones.find((m) => m.key === plan.launchKey)!.start).toBe(fresh.launchDay);
        const after = dependantsOf(plan.milestones, plan.launchKey);
        const oldLaunch = plan.milestones.find((m) => m.key === plan.launchKey)!.start;
        const earlier = fresh.launchDay < oldLaunch;
        for (const m of p.moved) {
          if (m.key === plan.launchKey) continue;
          // before the launch: only pulled earlier, by an earlier launch; after it: only pushed later, by a later one
          expect(after.has(m.key) ? !earlier && m.shiftDays > 0 : earlier && m.shiftDays < 0).toBe(true);
        }
        expect(p.conflicts.filter((c) => c.kind !== "starts_in_past")).toEqual([]);
      }),
    );
  });

  it("moves nothing when the change restates the plan", () => {
    fc.assert(
      fc.property(anyPlan, fc.nat(), (plan, i) => {
        const m = plan.milestones[i % plan.milestones.length]!;
        for (const change of [{ kind: "milestone_end", key: m.key, end: m.end }, { kind: "duration", key: m.key, durationDays: m.durationDays }] as PlanChange[]) {
          for (const p of Object.values(previewBoth(plan, change))) {
            expect(p.moved).toEqual([]);
            expect(p.conflicts).toEqual([]);
            expect(p.launchDate).toBe(plan.launchDate);
          }
        }
      }),
    );
  });

  it("reports the launch moving by the launch milestone's shift", () => {
    fc.assert(
      fc.property(anyCase, ({ plan, change }) => {
        if (change.kind === "launch_date") return;
        for (const p of Object.values(previewBoth(plan, change))) {
          const launch = p.moved.find((m) => m.key === plan.launchKey);
          if (!launch) expect(p.launchDate).toBe(plan.launchDate);
          else expect(workingDayDiff(launch.from.start, p.launchDate, plan.calendar)).toBe(launch.shiftDays);
        }
      }),
    );
  });
});
