type SpanMilestone = { key: string; durationDays: number; dependsOn: readonly string[]; isLaunch?: boolean };

export type TemplateSpan = {
  /** Working days from the first milestone's start to the last milestone's end (the longest chain). */
  totalDays: number;
  /** Working days from the first milestone's start to the end of launch day. */
  daysToLaunch: number;
};

/** How long a template's plan takes, before any buffer; expects a validated (acyclic) template. */
export function templateSpan(milestones: readonly SpanMilestone[]): TemplateSpan {
  const byKey = new Map(milestones.map((m) => [m.key, m]));
  const finish = new Map<string, number>();
  // earliest finish = own duration after the latest-finishing dependency
  const finishOf = (key: string, seen: Set<string>): number => {
    const known = finish.get(key);
    if (known !== undefined) return known;
    const m = byKey.get(key);
    if (!m || seen.has(key)) return 0;
    seen.add(key);
    const start = Math.max(0, ...m.dependsOn.map((d) => finishOf(d, seen)));
    seen.delete(key);
    finish.set(key, start + m.durationDays);
    return start + m.durationDays;
  };
  const totalDays = Math.max(0, ...milestones.map((m) => finishOf(m.key, new Set())));
  const launch = milestones.find((m) => m.isLaunch);
  return { totalDays, daysToLaunch: launch ? finishOf(launch.key, new Set()) : totalDays };
}
