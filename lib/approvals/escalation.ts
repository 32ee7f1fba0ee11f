/**
 * Escalation decisions for open approval requests (DESIGN §3 "Approval workflow"): past its
 * deadline a request reminds its approvers; past the deadline plus the escalation interval
 * (business hours) it escalates to admins and the owner's managers. Each step happens once:
 * the decision reads which steps are already recorded, so a sweep that runs twice at the same
 * moment (or a retried cron) asks for nothing the second time. Pure.
 */
import { addBusinessHours, businessHoursBetween, type BusinessCalendar } from "./business-hours";

export type EscalationStep = "remind" | "escalate";

export type OpenRequest = {
  deadline: Date;
  /** when the reminder was recorded, if it was */
  remindedAt: Date | null;
  escalatedAt: Date | null;
  /** decided requests never escalate */
  decided: boolean;
};

export type EscalationDecision = {
  steps: EscalationStep[];
  /** business hours past the deadline (negative: still to go) */
  overdueHours: number;
  /** when the request escalates, if it has not yet */
  escalatesAt: Date;
  reason: string;
};

const hours = (h: number) => `${Math.round(h * 10) / 10} business hour${Math.round(h * 10) === 10 ? "" : "s"}`;

export function decideEscalation(req: OpenRequest, now: Date, escalationIntervalHours: number, cal: BusinessCalendar): EscalationDecision {
  if (!Number.isFinite(escalationIntervalHours) || escalationIntervalHours < 0) {
    throw new RangeError(`The escalation interval must be a number of business hours ≥ 0, got ${escalationIntervalHours}`);
  }
  const escalatesAt = addBusinessHours(req.deadline, escalationIntervalHours, cal);
  const overdueHours = businessHoursBetween(req.deadline, now, cal);
  const base = { overdueHours, escalatesAt };
  if (req.decided) return { ...base, steps: [], reason: "already decided" };
  if (now.getTime() < req.deadline.getTime()) return { ...base, steps: [], reason: `due in ${hours(-overdueHours)}` };

  const steps: EscalationStep[] = [];
  // a request that skipped straight past both thresholds (e.g. the sweep was down) still gets its reminder first
  if (!req.remindedAt && !req.escalatedAt) steps.push("remind");
  if (!req.escalatedAt && now.getTime() >= escalatesAt.getTime()) steps.push("escalate");
  const reason = steps.length === 0
    ? req.escalatedAt ? "already escalated" : `reminded; escalates after ${hours(escalationIntervalHours)} past the deadline`
    : `${hours(overdueHours)} past the deadline`;
  return { ...base, steps, reason };
}
