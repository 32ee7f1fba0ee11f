import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays, capacityHours, isAwayWholeWindow, localToday, remainingWork, spreadWork, type MemberCalendar,
} from "@/lib/team/capacity";
import { autoAssign, suggest } from "./greedy";
import type { AssignTask, CandidateMember } from "./model";
import { OVERDUE_WINDOW_DAYS, UNDATED_WINDOW_DAYS } from "./state";
import { anyMembers, anyTasks, testNow } from "./testing/arbitraries";

/**
 * A slow reference model built only from lib/team/capacity.ts: each member's window, capacity,
 * workload (a map of days) and utilisation after. The properties replay the engine's choices
 * against it, so they do not trust the engine's own day arrays.
 */
const clock = { now: testNow };
const TOL = 1e-6;

function windowOf(m: CandidateMember, t: { startDate: string | null; dueDate: string | null }) {
  const today = localToday(m.calendar.timezone, testNow);
  const from = t.startDate && t.startDate > today ? t.startDate : today;
  let to = t.dueDate ?? addDays(from, UNDATED_WINDOW_DAYS - 1);
  if (t.dueDate && to < from) to = addDays(from, OVERDUE_WINDOW_DAYS - 1);
  return { from, to };
}

class Reference {
  load = new Map<string, Map<string, number>>();
  constructor(readonly members: CandidateMember[], skip: Set<string>) {
    for (const m of members) {
      const days = new Map<string, number>();
      this.load.set(m.id, days);
      for (const w of m.work) if (!skip.has(w.taskId)) this.add(m, w.hours, windowOf(m, w));
    }
  }
  add(m: CandidateMember, hours: number, w: { from: string; to: string }) {
    const days = this.load.get(m.id)!;
    for (const [d, h] of spreadWork(hours, w.from, w.to, m.calendar)) days.set(d, (days.get(d) ?? 0) + h);
  }
  need(m: CandidateMember, t: AssignTask) {
    const acc = m.estimateAccuracy === null ? 1 : Math.min(Math.max(m.estimateAccuracy, 0.5), 2);
    return remainingWork({ status: t.status, estimateHours: t.estimateHours, remainingHours: t.remainingHours, loggedHours: t.loggedHours }) * acc;
  }
  eligible(m: CandidateMember, t: AssignTask) {
    const w = windowOf(m, t);
    return !isAwayWholeWindow(m.calendar, w.from, w.to) && capacityHours(m.calendar, w.from, w.to) > 0;
  }
  utilAfter(m: CandidateMember, t: AssignTask) {
    const w = windowOf(m, t);
    let work = 0;
    for (const [d, h] of this.load.get(m.id)!) if (d >= w.from && d <= w.to) work += h;
    return (work + this.need(m, t)) / capacityHours(m.calendar, w.from, w.to);
  }
}

const covered = (m: CandidateMember, t: AssignTask) => t.requiredSkills.filter((s) => (m.skills[s] ?? 0) > 0).length;

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Replays a plan against the reference model and reports the first broken rule, or null. */
function brokenRule(tasks: AssignTask[], members: CandidateMember[]): string | null {
  const plan = autoAssign(tasks, members, clock);
  const ref = new Reference(members, new Set(tasks.map((t) => t.id)));
  const byId = new Map(members.map((m) => [m.id, m]));
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  for (const p of plan.proposals) {
    const t = taskById.get(p.taskId)!;
    const chosen = byId.get(p.member.id)!;
    const w = windowOf(chosen, t);
    // 1. never on time off for the whole window
    if (isAwayWholeWindow(chosen.calendar as MemberCalendar, w.from, w.to)) return `${t.id}: ${chosen.id} is away ${w.from}..${w.to}`;
    const others = members.filter((m) => ref.eligible(m, t));
    // 2. never missing a required skill while someone available has them all (or more of them)
    const best = Math.max(...others.map((m) => covered(m, t)));
    if (covered(chosen, t) < best) return `${t.id}: ${chosen.id} covers ${covered(chosen, t)} skills, someone covers ${best}`;
    // 3. never over 100 % while a qualified person would stay at or under it
    const after = ref.utilAfter(chosen, t);
    if (after > 1 + TOL) {
      const room = others.find((m) => covered(m, t) === best && ref.utilAfter(m, t) <= 1 - TOL);
      if (room) return `${t.id}: ${chosen.id} goes to ${after.toFixed(3)} while ${room.id} would be at ${ref.utilAfter(room, t).toFixed(3)}`;
    }
    ref.add(chosen, ref.need(chosen, t), w);
  }
  for (const u of plan.unassignable) {
    const t = taskById.get(u.taskId)!;
    if (members.some((m) => ref.eligible(m, t))) return `${t.id} unassignable though someone is available`;
  }
  return null;
}

describe("auto-assignment: hard rules on random teams and tasks", () => {
  it("never assigns someone away for the whole window, or short of skills or capacity when someone else qualifies", () => {
    fc.assert(
      fc.property(anyMembers(), anyTasks(), (members, tasks) => {
        expect(brokenRule(tasks, members)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it("suggest obeys the same rules for a single task", () => {
    fc.assert(
      fc.property(anyMembers(), anyTasks(1), (members, [task]) => {
        const s = suggest(task!, members, clock);
        const ref = new Reference(members, new Set([task!.id]));
        const eligible = members.filter((m) => ref.eligible(m, task!));
        if (!s.best) {
          expect(eligible).toHaveLength(0);
          return;
        }
        const chosen = members.find((m) => m.id === s.best!.memberId)!;
        expect(ref.eligible(chosen, task!)).toBe(true);
        expect(covered(chosen, task!)).toBe(Math.max(...eligible.map((m) => covered(m, task!))));
        if (ref.utilAfter(chosen, task!) > 1 + TOL) {
          expect(eligible.filter((m) => covered(m, task!) === covered(chosen, task!) && ref.utilAfter(m, task!) <= 1 - TOL)).toHaveLength(0);
        }
        expect(s.excluded.length + s.considered.length).toBe(members.length);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic: the same plan for the same input, in any order", () => {
    fc.assert(
      fc.property(anyMembers(), anyTasks(), fc.integer({ min: 1, max: 1_000_000 }), (members, tasks, seed) => {
        const plan = autoAssign(tasks, members, clock);
        expect(autoAssign(tasks, members, clock)).toEqual(plan);
        expect(autoAssign(shuffled(tasks, seed), shuffled(members, seed + 7), clock)).toEqual(plan);
      }),
      { numRuns: 200 },
    );
  });

  it("takes tasks by due date (undated last), then priority, then id", () => {
    fc.assert(
      fc.property(anyMembers(), anyTasks(), (members, tasks) => {
        const plan = autoAssign(tasks, members, clock);
        const order = [...plan.proposals.map((p) => p.taskId), ...plan.unassignable.map((u) => u.taskId)];
        expect(new Set(order).size).toBe(tasks.length);
        const dues = plan.proposals.map((p) => p.dueDate ?? "9999-12-31");
        expect(dues).toEqual([...dues].sort());
      }),
    );
  });
});
