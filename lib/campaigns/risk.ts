/**
 * Campaign risk (DESIGN §3 "Risk"): low, medium or high, always with the reasons. Pure: the
 * service gathers the facts. The thresholds live here and nowhere else.
 *
 * - Overdue tasks (past due, not done or cancelled): 1–2 is medium; 3 or more, or a fifth or
 *   more of the open tasks, is high.
 * - Critical-path slack below zero (schedule-cpm.ts): an item 1–2 working days short of the
 *   launch is medium; 3 or more is high.
 * - Readiness low for the time left before the launch (calendar days, launch day excluded):
 *     days left       medium below   high below
 *     ≤ 7 (or past)        80            60
 *     8–30                 60            40
 *     31–60                40            20
 *     > 60              not a risk yet
 *   Only before a campaign goes live: once live, readiness no longer predicts the launch.
 * - Assignees over capacity (lib/team/workload.ts): assignees of the campaign's open tasks whose
 *   whole workload is over 100 % of their capacity in some week from the current one up to the
 *   launch week. One or two people is medium; 3 or more, or anyone at 150 % or more (or with
 *   work but no capacity at all that week), is high. Only before the campaign completes.
 * - Approvals past their deadline (lib/approvals): an open request past its business-hours
 *   deadline is medium; an escalated one, or two or more overdue stages, is high.
 *
 * The level is the highest level among the measured factors. Completed and cancelled
 * campaigns carry no delivery risk.
 */
import type { CampaignStatus } from "@/db/schema";

export type RiskLevel = "low" | "medium" | "high";

export type RiskKey = "overdue_tasks" | "negative_slack" | "readiness" | "approvals" | "capacity";

export type RiskFactor = {
  key: RiskKey;
  label: string;
  /** null when the data behind it does not exist yet */
  level: RiskLevel | null;
  detail: string;
};

export type Risk = {
  level: RiskLevel;
  /** why, most serious first; for a low risk, what was checked */
  reasons: string[];
  factors: RiskFactor[];
};

export type RiskInput = {
  status: CampaignStatus;
  today: string;
  launchDate: string | null;
  overdue: { count: number; titles: string[] };
  openTasks: number;
  /** items with slack below zero, worst first */
  negativeSlack: { name: string; slackDays: number }[];
  readinessScore: number;
  /** assignees over 100 % in a week up to the launch, busiest first; absent when not measured */
  overCapacity?: OverCapacityFact[] | null;
  /** open approval requests past their deadline; absent when not measured */
  overdueApprovals?: OverdueApprovalFact[] | null;
};

export type OverdueApprovalFact = { stage: string; deadline: Date; escalated: boolean };

export type OverCapacityFact = {
  name: string;
  weeksOver: number;
  /** the busiest week: utilisation null means work with no capacity at all */
  peak: { weekStart: string; workloadHours: number; capacityHours: number; utilisation: number | null };
};

export const RISK_THRESHOLDS = {
  overdue: { medium: 1, high: 3, highShareOfOpen: 0.2 },
  slackDays: { medium: -1, high: -3 },
  // [most days left, medium below, high below], first match wins
  readiness: [
    [7, 80, 60],
    [30, 60, 40],
    [60, 40, 20],
  ] as const,
  capacity: { highPeople: 3, highUtilisation: 1.5 },
} as const;

const rank: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2 };
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const quoted = (titles: string[]) => titles.map((t) => `"${t}"`).join(", ");

export function computeRisk(c: RiskInput): Risk {
  const factors = [overdueFactor(c), slackFactor(c), readinessFactor(c), approvalsFactor(c), capacityFactor(c)];
  if (c.status === "completed" || c.status === "cancelled") {
    return { level: "low", reasons: [`The campaign is ${c.status}: there is no delivery risk left.`], factors };
  }
  const measured = factors.filter((f): f is RiskFactor & { level: RiskLevel } => f.level !== null);
  const level = measured.reduce<RiskLevel>((max, f) => (rank[f.level] > rank[max] ? f.level : max), "low");
  const raised = measured.filter((f) => f.level !== "low").sort((a, b) => rank[b.level] - rank[a.level]);
  const calm = c.overCapacity
    ? "No overdue tasks, nothing on the critical path misses the launch, readiness is on track, and no assignee is over capacity."
    : "No overdue tasks, nothing on the critical path misses the launch, and readiness is on track.";
  const reasons = raised.length ? raised.map((f) => f.detail) : [calm];
  return { level, reasons, factors };
}

function overdueFactor(c: RiskInput): RiskFactor {
  const { count, titles } = c.overdue;
  const t = RISK_THRESHOLDS.overdue;
  const base = { key: "overdue_tasks" as const, label: "Overdue tasks" };
  if (count === 0) return { ...base, level: "low", detail: "No overdue tasks" };
  const share = c.openTasks > 0 ? count / c.openTasks : 1;
  const level: RiskLevel = count >= t.high || share >= t.highShareOfOpen ? "high" : "medium";
  const more = count > titles.length ? ` and ${count - titles.length} more` : "";
  return { ...base, level, detail: `${plural(count, "task is", "tasks are")} overdue: ${quoted(titles)}${more}` };
}

function slackFactor(c: RiskInput): RiskFactor {
  const base = { key: "negative_slack" as const, label: "Critical path" };
  if (c.negativeSlack.length === 0) return { ...base, level: "low", detail: "Everything on the timeline can make the launch" };
  const worst = Math.min(...c.negativeSlack.map((n) => n.slackDays));
  const level: RiskLevel = worst <= RISK_THRESHOLDS.slackDays.high ? "high" : "medium";
  const shown = c.negativeSlack.slice(0, 3).map((n) => `${n.name} (${plural(-n.slackDays, "working day")} short)`).join(", ");
  const more = c.negativeSlack.length > 3 ? ` and ${c.negativeSlack.length - 3} more` : "";
  return { ...base, level, detail: `${plural(c.negativeSlack.length, "item")} cannot make the launch as planned: ${shown}${more}` };
}

function readinessFactor(c: RiskInput): RiskFactor {
  const base = { key: "readiness" as const, label: "Readiness for the launch" };
  if (!["planning", "in_review", "approved", "scheduled", "paused"].includes(c.status)) {
    return { ...base, level: "low", detail: "Launched: readiness no longer predicts the launch" };
  }
  if (!c.launchDate) return { ...base, level: null, detail: "Not measured: the campaign has no launch date" };
  const daysLeft = Math.round((Date.parse(`${c.launchDate}T00:00:00Z`) - Date.parse(`${c.today}T00:00:00Z`)) / 86_400_000);
  const row = RISK_THRESHOLDS.readiness.find(([most]) => daysLeft <= most);
  const when = daysLeft < 0 ? `the launch date passed ${plural(-daysLeft, "day")} ago` : daysLeft === 0 ? "it launches today" : `${plural(daysLeft, "day")} before the launch`;
  if (!row) return { ...base, level: "low", detail: `Readiness ${c.readinessScore} with ${when}: too early to call` };
  const [, medium, high] = row;
  const level: RiskLevel = c.readinessScore < high ? "high" : c.readinessScore < medium ? "medium" : "low";
  return {
    ...base, level,
    detail: level === "low"
      ? `Readiness ${c.readinessScore} is on track with ${when}`
      : `Readiness is ${c.readinessScore} with ${when} (expected at least ${medium})`,
  };
}

function approvalsFactor(c: RiskInput): RiskFactor {
  const base = { key: "approvals" as const, label: "Approvals past deadline" };
  if (!c.overdueApprovals) return { ...base, level: null, detail: "Not measured: approval requests were not available" };
  if (c.overdueApprovals.length === 0) return { ...base, level: "low", detail: c.status === "in_review" ? "Every open approval is within its deadline" : "No approval is waiting past its deadline" };
  const escalated = c.overdueApprovals.filter((a) => a.escalated).length;
  const level: RiskLevel = escalated > 0 || c.overdueApprovals.length >= 2 ? "high" : "medium";
  const shown = c.overdueApprovals.map((a) => `${a.stage} (due ${a.deadline.toISOString().slice(0, 16).replace("T", " ")} UTC${a.escalated ? ", escalated" : ""})`).join(", ");
  return { ...base, level, detail: `${plural(c.overdueApprovals.length, "approval is", "approvals are")} past the deadline: ${shown}` };
}

const shortDate = (d: string) => new Date(`${d}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

function capacityFactor(c: RiskInput): RiskFactor {
  const base = { key: "capacity" as const, label: "Assignees over capacity" };
  if (!c.overCapacity) return { ...base, level: null, detail: "Not measured: team workload was not available" };
  if (c.overCapacity.length === 0) return { ...base, level: "low", detail: "No assignee is over capacity before the launch" };
  const t = RISK_THRESHOLDS.capacity;
  const severe = c.overCapacity.some((p) => p.peak.utilisation === null || p.peak.utilisation >= t.highUtilisation);
  const level: RiskLevel = c.overCapacity.length >= t.highPeople || severe ? "high" : "medium";
  const shown = c.overCapacity.slice(0, 3).map((p) => {
    const pct = p.peak.utilisation === null ? "no capacity" : `${Math.round(p.peak.utilisation * 100)} %`;
    return `${p.name} (${pct} in the week of ${shortDate(p.peak.weekStart)}: ${p.peak.workloadHours} of ${p.peak.capacityHours} h)`;
  }).join(", ");
  const more = c.overCapacity.length > 3 ? ` and ${c.overCapacity.length - 3} more` : "";
  return { ...base, level, detail: `${plural(c.overCapacity.length, "assignee is", "assignees are")} over capacity before the launch: ${shown}${more}` };
}
