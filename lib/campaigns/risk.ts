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
 * - Approvals past their deadline and assignees over capacity: not measured yet; they arrive
 *   with the approval workflow and team capacity, and are listed so the gap is visible.
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
} as const;

const rank: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2 };
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const quoted = (titles: string[]) => titles.map((t) => `"${t}"`).join(", ");

export function computeRisk(c: RiskInput): Risk {
  const factors = [overdueFactor(c), slackFactor(c), readinessFactor(c), ...pendingFactors()];
  if (c.status === "completed" || c.status === "cancelled") {
    return { level: "low", reasons: [`The campaign is ${c.status}: there is no delivery risk left.`], factors };
  }
  const measured = factors.filter((f): f is RiskFactor & { level: RiskLevel } => f.level !== null);
  const level = measured.reduce<RiskLevel>((max, f) => (rank[f.level] > rank[max] ? f.level : max), "low");
  const raised = measured.filter((f) => f.level !== "low").sort((a, b) => rank[b.level] - rank[a.level]);
  const reasons = raised.length ? raised.map((f) => f.detail) : ["No overdue tasks, nothing on the critical path misses the launch, and readiness is on track."];
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

function pendingFactors(): RiskFactor[] {
  return [
    { key: "approvals", label: "Approvals past deadline", level: null, detail: "Not measured yet: approval workflows arrive in a later release" },
    { key: "capacity", label: "Assignees over capacity", level: null, detail: "Not measured yet: team capacity arrives in a later release" },
  ];
}
