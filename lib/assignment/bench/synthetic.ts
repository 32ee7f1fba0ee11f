// A deterministic synthetic team and backlog for the auto-assignment benchmark.
import type { WeeklyHours } from "@/db/schema/team";
import { campaignPriorities } from "@/db/schema/values";
import { addDays } from "@/lib/team/capacity";
import { skills } from "@/lib/timeline/templates/skills";

/** Park–Miller: the same team and tasks on every run. */
export function random(seed: number) {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

export type SyntheticMember = {
  index: number;
  weeklyHours: WeeklyHours;
  skills: Record<string, number>;
  timeOff: { startDate: string; endDate: string }[];
  timezone: string;
};

export type SyntheticTask = {
  index: number;
  title: string;
  priority: (typeof campaignPriorities)[number];
  requiredSkills: string[];
  estimateHours: number;
  startDate: string | null;
  dueDate: string | null;
};

const weeks: WeeklyHours[] = [[8, 8, 8, 8, 8, 0, 0], [8, 8, 8, 8, 0, 0, 0], [4, 4, 4, 4, 4, 0, 0], [6, 6, 6, 6, 6, 0, 0]];
const zones = ["UTC", "Europe/Berlin", "America/New_York", "Europe/London"];

export function syntheticMembers(count: number, today: string, seed = 11): SyntheticMember[] {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, index) => {
    const own: Record<string, number> = {};
    const n = 1 + Math.floor(rnd() * 4);
    for (let k = 0; k < n; k++) own[skills[Math.floor(rnd() * skills.length)]!] = 1 + Math.floor(rnd() * 5);
    const timeOff = rnd() < 0.3 ? [{ startDate: addDays(today, Math.floor(rnd() * 60)), endDate: "" }] : [];
    for (const t of timeOff) t.endDate = addDays(t.startDate, Math.floor(rnd() * 14));
    return { index, weeklyHours: weeks[Math.floor(rnd() * weeks.length)]!, skills: own, timeOff, timezone: zones[index % zones.length]! };
  });
}

export function syntheticTasks(count: number, today: string, seed = 23): SyntheticTask[] {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, index) => {
    const due = rnd() < 0.9 ? addDays(today, 3 + Math.floor(rnd() * 100)) : null;
    const req = rnd() < 0.85 ? [skills[Math.floor(rnd() * skills.length)]!] : [];
    if (rnd() < 0.3) req.push(skills[Math.floor(rnd() * skills.length)]!);
    return {
      index,
      title: `Bench task ${index + 1}`,
      priority: campaignPriorities[Math.floor(rnd() * campaignPriorities.length)]!,
      requiredSkills: [...new Set(req)],
      estimateHours: 1 + Math.floor(rnd() * 24),
      startDate: due && rnd() < 0.5 ? addDays(due, -Math.floor(rnd() * 20)) : null,
      dueDate: due,
    };
  });
}
