/**
 * Readiness score (DESIGN §3): the weights live here and nowhere else.
 * Components whose data does not exist yet are reported as unavailable and left out of the
 * score, which is scaled to the weight that is available.
 */
export const READINESS_WEIGHTS = {
  tasks: 40,
  approvals: 25,
  assignments: 15,
  milestones: 10,
  plan: 10,
} as const;

export type ReadinessKey = keyof typeof READINESS_WEIGHTS;

export type ReadinessComponent = {
  key: ReadinessKey;
  label: string;
  weight: number;
  /** 0..1, or null when the data behind it does not exist yet */
  ratio: number | null;
  detail: string;
};

export type Readiness = { score: number; components: ReadinessComponent[]; availableWeight: number };

/** Task and milestone figures of a campaign; absent (or zero tasks) means not measurable. */
export type WorkProgress = {
  tasks: {
    count: number; totalHours: number; doneHours: number; open: number; openAssigned: number;
    /** open tasks whose assignee is over capacity before the launch, and who those people are */
    overCapacity?: { openTasks: number; names: string[] };
  };
  milestones: { total: number; onSchedule: number };
  /** the approval workflow's progress; absent when not measured */
  approvals?: ApprovalProgress;
};

/**
 * none: never submitted; by_hand: past review before approval workflows existed; workflow: the
 * current workflow's stages (approved of total), with what it is waiting for.
 */
export type ApprovalProgress =
  | { kind: "none" }
  | { kind: "by_hand" }
  | { kind: "workflow"; total: number; approved: number; approvedStages: string[]; waiting: string | null };

function approvalComponent(a: ApprovalProgress | undefined): ReadinessComponent {
  const base = { key: "approvals", label: "Approval progress", weight: READINESS_WEIGHTS.approvals } as const;
  if (!a) return { ...base, ratio: null, detail: "Not measured: approval data was not available" };
  if (a.kind === "none") return { ...base, ratio: 0, detail: "Not submitted for approval yet" };
  if (a.kind === "by_hand") return { ...base, ratio: 1, detail: "Approved by hand before approval workflows" };
  if (a.total === 0) return { ...base, ratio: 0, detail: "No approval stages" };
  const done = a.approvedStages.length ? ` (${a.approvedStages.join(", ")})` : "";
  return { ...base, ratio: a.approved / a.total, detail: `${a.approved} of ${a.total} stages approved${done}${a.waiting ? `; ${a.waiting}` : ""}` };
}

export type ReadinessInput = {
  startDate: string | null;
  launchDate: string | null;
  endDate: string | null;
  budgetCents: number | null;
  goals: Record<string, number | undefined>;
  channels: string[];
  progress?: WorkProgress | null;
};

const hours = (h: number) => `${Math.round(h * 10) / 10} h`;

/**
 * Open tasks with an assignee who has room for them: a task held by someone over 100 %
 * utilisation before the launch is not really covered, so it does not count.
 */
function assignmentCoverage(t: WorkProgress["tasks"]): ReadinessComponent {
  const base = { key: "assignments", label: "Assignment coverage", weight: READINESS_WEIGHTS.assignments } as const;
  if (t.open === 0) return { ...base, ratio: 1, detail: "No open tasks left" };
  const over = t.overCapacity && t.overCapacity.openTasks > 0 ? t.overCapacity : null;
  const covered = Math.max(t.openAssigned - (over?.openTasks ?? 0), 0);
  const detail = `${t.openAssigned} of ${t.open} open tasks have an assignee` +
    (over ? `; ${over.openTasks} of them are with people over capacity (${over.names.join(", ")}) and do not count` : "");
  return { ...base, ratio: covered / t.open, detail };
}

function workComponents(p: WorkProgress | null | undefined): ReadinessComponent[] {
  const t = p?.tasks;
  const m = p?.milestones;
  const noTasks = "Not measured: this campaign has no tasks yet";
  return [
    t && t.count > 0
      ? {
          key: "tasks", label: "Task completion", weight: READINESS_WEIGHTS.tasks,
          // weighted by estimate: finishing an 8-hour task counts for more than a 1-hour one
          ratio: t.totalHours > 0 ? t.doneHours / t.totalHours : 0,
          detail: `${hours(t.doneHours)} of ${hours(t.totalHours)} estimated work done (${t.count - t.open} of ${t.count} tasks)`,
        }
      : { key: "tasks", label: "Task completion", weight: READINESS_WEIGHTS.tasks, ratio: null, detail: noTasks },
    approvalComponent(p?.approvals),
    t && t.count > 0
      ? assignmentCoverage(t)
      : { key: "assignments", label: "Assignment coverage", weight: READINESS_WEIGHTS.assignments, ratio: null, detail: noTasks },
    m && m.total > 0
      ? {
          key: "milestones", label: "Milestones on schedule", weight: READINESS_WEIGHTS.milestones,
          ratio: m.onSchedule / m.total,
          detail: m.onSchedule === m.total ? `All ${m.total} milestones on schedule` : `${m.total - m.onSchedule} of ${m.total} milestones past their end with work still open`,
        }
      : { key: "milestones", label: "Milestones on schedule", weight: READINESS_WEIGHTS.milestones, ratio: null, detail: "Not measured: this campaign has no milestones yet" },
  ];
}

export function computeReadiness(c: ReadinessInput): Readiness {
  const plan = [
    { ok: Boolean(c.startDate && c.launchDate && c.endDate), name: "dates" },
    { ok: c.budgetCents !== null, name: "budget" },
    { ok: Object.values(c.goals).some((v) => typeof v === "number" && v > 0), name: "goals" },
    { ok: c.channels.length > 0, name: "channels" },
  ];
  const filled = plan.filter((p) => p.ok).length;
  const missing = plan.filter((p) => !p.ok).map((p) => p.name);
  const components: ReadinessComponent[] = [
    ...workComponents(c.progress),
    {
      key: "plan",
      label: "Plan completeness",
      weight: READINESS_WEIGHTS.plan,
      ratio: filled / plan.length,
      detail: missing.length ? `${filled} of ${plan.length} filled; missing ${missing.join(", ")}` : "Dates, budget, goals and channels are filled",
    },
  ];
  const available = components.filter((x) => x.ratio !== null);
  const availableWeight = available.reduce((s, x) => s + x.weight, 0);
  const earned = available.reduce((s, x) => s + x.weight * (x.ratio ?? 0), 0);
  const score = availableWeight === 0 ? 0 : Math.round((earned / availableWeight) * 100);
  return { score, components, availableWeight };
}
