import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWorkingDay, previousWorkingDay, workingDayDiff, workingDaysBetween } from "./calendar";
import { criticalPathMethod } from "./cpm";
import { scheduleMilestones } from "./schedule";
import { anyCalendar, anyLaunchDate, anyTemplate, dependantsOf, freeFrom, priorities } from "./testing/fixtures";


describe("scheduleMilestones: properties on random templates", () => {
  const anyInput = fc
    .record({ t: anyTemplate, launchDate: anyLaunchDate, calendar: anyCalendar, priority: fc.constantFrom(...priorities) })
    .map(({ t, launchDate, calendar, priority }) => ({
      milestones: t.milestones,
      launchKey: `m${t.launchIndex}`,
      launchDate,
      priority,
      calendar,
    }));

  it("puts every milestone on working days, never compressed, and the launch on the launch day", () => {
    fc.assert(
      fc.property(anyInput, (inp) => {
        const r = scheduleMilestones(inp);
        const cal = inp.calendar;
        for (const m of r.milestones) {
          expect(isWorkingDay(m.start, cal) && isWorkingDay(m.end, cal)).toBe(true);
          if (m.durationDays > 0) expect(workingDaysBetween(m.start, m.end, cal)).toBe(m.durationDays);
          else expect(m.end).toBe(m.start);
        }
        const day = isWorkingDay(inp.launchDate, cal) ? inp.launchDate : previousWorkingDay(inp.launchDate, cal);
        expect(r.milestones.find((m) => m.key === inp.launchKey)!.start).toBe(day);
      }),
    );
  });

  it("starts nothing before its predecessors end plus their buffers", () => {
    fc.assert(
      fc.property(anyInput, (inp) => {
        const r = scheduleMilestones(inp);
        const byKey = new Map(r.milestones.map((m) => [m.key, m]));
        for (const m of r.milestones) for (const d of m.dependsOn) expect(m.start >= freeFrom(byKey.get(d)!, inp.calendar)).toBe(true);
      }),
    );
  });

  it("places milestones before the launch as late as possible and after it as soon as possible", () => {
    fc.assert(
      fc.property(anyInput, (inp) => {
        const r = scheduleMilestones(inp);
        const byKey = new Map(r.milestones.map((m) => [m.key, m]));
        const after = dependantsOf(inp.milestones, inp.launchKey);
        const launchStart = byKey.get(inp.launchKey)!.start;
        for (const m of r.milestones) {
          if (m.key === inp.launchKey) continue;
          if (after.has(m.key)) {
            const earliest = m.dependsOn.map((d) => freeFrom(byKey.get(d)!, inp.calendar)).sort().at(-1);
            expect(m.start).toBe(earliest);
          } else {
            const limits = r.milestones.filter((c) => c.dependsOn.includes(m.key) && !after.has(c.key)).map((c) => c.start);
            expect(freeFrom(m, inp.calendar)).toBe([launchStart, ...limits].sort()[0]);
          }
        }
      }),
    );
  });

  it("matches the latest starts of CPM on milestone-plus-buffer durations with the launch as deadline", () => {
    fc.assert(
      fc.property(anyInput, (inp) => {
        const r = scheduleMilestones(inp);
        const after = dependantsOf(inp.milestones, inp.launchKey);
        const before = r.milestones.filter((m) => !after.has(m.key) && m.key !== inp.launchKey);
        const keys = new Set(before.map((m) => m.key));
        const cpm = criticalPathMethod({
          nodes: before.map((m) => ({ id: m.key, duration: m.durationDays + m.bufferDays })),
          edges: before.flatMap((m) => m.dependsOn.filter((d) => keys.has(d)).map((d) => ({ from: d, to: m.key }))),
          deadline: 0,
        });
        for (const m of before) expect(workingDayDiff(r.launchDay, m.start, inp.calendar)).toBe(cpm.nodes.get(m.key)!.ls);
      }),
    );
  });
});
