import { isSkill } from "./skills";
import type { TimelineTemplateData } from "./types";

type MilestoneShape = Pick<TimelineTemplateData["milestones"][number], "key" | "dependsOn">;

/** Every reason a template cannot be used to plan a campaign; empty when it is sound. */
export function templateProblems(data: TimelineTemplateData): string[] {
  return [...milestoneProblems(data), ...taskProblems(data)];
}

function milestoneProblems({ milestones }: TimelineTemplateData): string[] {
  const problems: string[] = [];
  const launches = milestones.filter((m) => m.isLaunch);
  if (launches.length === 0) problems.push("There is no launch milestone; exactly one is needed.");
  if (launches.length > 1) problems.push(`There are ${launches.length} launch milestones (${launches.map((m) => m.key).join(", ")}); exactly one is allowed.`);
  for (const m of launches) {
    if (m.durationDays !== 1) problems.push(`Launch milestone "${m.key}" lasts ${m.durationDays} days; it must last 1.`);
  }

  const keys = new Set<string>();
  for (const m of milestones) {
    if (keys.has(m.key)) problems.push(`Milestone key "${m.key}" is used more than once.`);
    keys.add(m.key);
    if (!Number.isInteger(m.durationDays) || m.durationDays < 1) {
      problems.push(`Milestone "${m.key}" has a duration of ${m.durationDays}; it must be a whole number of working days, at least 1.`);
    }
    for (const dep of m.dependsOn) {
      if (dep === m.key) problems.push(`Milestone "${m.key}" depends on itself.`);
      else if (!milestones.some((other) => other.key === dep)) problems.push(`Milestone "${m.key}" depends on "${dep}", which does not exist.`);
    }
  }
  for (const cycle of findCycles(milestones)) problems.push(`Dependencies form a cycle: ${cycle.join(" → ")}.`);
  return problems;
}

function taskProblems({ milestones, tasks }: TimelineTemplateData): string[] {
  const problems: string[] = [];
  const keys = new Set(milestones.map((m) => m.key));
  for (const t of tasks) {
    if (!keys.has(t.milestoneKey)) problems.push(`Task "${t.title}" belongs to milestone "${t.milestoneKey}", which does not exist.`);
    if (!Number.isFinite(t.estimateHours) || t.estimateHours <= 0) problems.push(`Task "${t.title}" has an estimate of ${t.estimateHours} hours; it must be more than 0.`);
    for (const skill of t.requiredSkills) {
      if (!isSkill(skill)) problems.push(`Task "${t.title}" requires "${skill}", which is not a known skill.`);
    }
  }
  return problems;
}

/**
 * Cycles among milestone dependencies, each named in the order work would flow, back to where it
 * started ("brief → creative → brief": brief before creative before brief). Self-dependencies
 * and unknown keys are reported elsewhere, so they are skipped here.
 */
export function findCycles(milestones: MilestoneShape[]): string[][] {
  const deps = new Map(milestones.map((m) => [m.key, m.dependsOn]));
  const state = new Map<string, "visiting" | "done">();
  const path: string[] = [];
  const cycles: string[][] = [];

  const visit = (key: string) => {
    state.set(key, "visiting");
    path.push(key);
    for (const dep of deps.get(key) ?? []) {
      if (dep === key || !deps.has(dep)) continue;
      const s = state.get(dep);
      // a dependency still on the path closes a loop; the path runs against the flow, so reverse it
      if (s === "visiting") cycles.push([...path.slice(path.indexOf(dep)), dep].reverse());
      else if (s === undefined) visit(dep);
    }
    path.pop();
    state.set(key, "done");
  };

  for (const m of milestones) if (!state.has(m.key)) visit(m.key);
  return cycles;
}
