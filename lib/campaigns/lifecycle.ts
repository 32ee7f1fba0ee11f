import type { CampaignStatus } from "@/db/schema";
import { InvalidTransition, ValidationFailed } from "@/lib/core/errors";
import { statusLabels } from "./labels";

export type TransitionAction =
  | "submit" | "approve" | "request_changes" | "schedule" | "go_live"
  | "pause" | "resume" | "finish" | "cancel";

export type TransitionRule = {
  from: CampaignStatus; to: CampaignStatus; action: TransitionAction; label: string;
  /** taken by the approval workflow's decisions, never by hand */
  byWorkflow?: true;
};

const nonTerminal: CampaignStatus[] = ["planning", "in_review", "approved", "scheduled", "live", "paused"];

/** The only legal moves (DESIGN §3 Campaign lifecycle). */
export const transitionRules: TransitionRule[] = [
  { from: "planning", to: "in_review", action: "submit", label: "Submit for review" },
  // the approval workflow takes these when its stages are decided (lib/approvals)
  { from: "in_review", to: "approved", action: "approve", label: "Approve", byWorkflow: true },
  { from: "in_review", to: "planning", action: "request_changes", label: "Request changes", byWorkflow: true },
  { from: "approved", to: "scheduled", action: "schedule", label: "Schedule" },
  { from: "scheduled", to: "live", action: "go_live", label: "Go live" },
  { from: "scheduled", to: "paused", action: "pause", label: "Pause" },
  { from: "live", to: "paused", action: "pause", label: "Pause" },
  { from: "paused", to: "scheduled", action: "resume", label: "Resume" },
  { from: "live", to: "completed", action: "finish", label: "Mark completed" },
  ...nonTerminal.map((from) => ({ from, to: "cancelled" as const, action: "cancel" as const, label: "Cancel campaign" })),
];

export const terminalStatuses: CampaignStatus[] = ["completed", "cancelled"];

export function rulesFrom(status: CampaignStatus) {
  return transitionRules.filter((r) => r.from === status);
}

export type TransitionFacts = {
  name: string;
  status: CampaignStatus;
  archived: boolean;
  ownerId: string | null;
  launchDate: string | null;
  /** tasks that are not cancelled */
  taskCount: number;
  readinessScore: number;
  readinessThreshold: number;
};

export type TransitionRequest = { to: CampaignStatus; reason?: string; overrideReadiness?: boolean; canOverride: boolean };

const joinAnd = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : items[0]!);

/** Decides whether a move is legal and its guards hold; throws a message naming both states and why. */
export function planTransition(facts: TransitionFacts, req: TransitionRequest): TransitionRule {
  const from = statusLabels[facts.status];
  const to = statusLabels[req.to];
  if (facts.archived) {
    throw new InvalidTransition(`"${facts.name}" is archived: unarchive it before moving it from ${from} to ${to}.`);
  }
  const rule = transitionRules.find((r) => r.from === facts.status && r.to === req.to);
  if (!rule) {
    const options = rulesFrom(facts.status).map((r) => statusLabels[r.to]);
    const why = facts.status === req.to
      ? `it is already ${from}`
      : options.length
        ? `from ${from} it can only move to ${options.join(", ")}`
        : `${from} is a final state`;
    throw new InvalidTransition(`Cannot move "${facts.name}" from ${from} to ${to}: ${why}.`);
  }
  if (rule.byWorkflow) {
    throw new InvalidTransition(
      `"${facts.name}" moves from ${from} to ${to} through its approval workflow: approvers decide each stage on the Approvals page or the campaign's Approvals tab (MCP: decide_approval).`,
    );
  }
  const reason = req.reason?.trim() ?? "";
  const blocked = (why: string) => new InvalidTransition(`Cannot move "${facts.name}" from ${from} to ${to}: ${why}.`);
  switch (rule.action) {
    case "submit": {
      const missing = [!facts.ownerId && "an owner", !facts.launchDate && "a launch date", facts.taskCount === 0 && "at least one task"].filter((m): m is string => Boolean(m));
      if (missing.length) throw blocked(`it needs ${joinAnd(missing)} before it can be submitted`);
      break;
    }
    case "go_live":
      if (facts.readinessScore < facts.readinessThreshold) {
        if (!req.overrideReadiness) {
          throw blocked(`readiness is ${facts.readinessScore}, below the go-live threshold of ${facts.readinessThreshold} (a manager can override with a reason)`);
        }
        if (!req.canOverride) throw blocked("only managers and admins can override the readiness threshold");
        if (reason.length < 5) {
          throw new ValidationFailed("Give a reason (at least 5 characters) for going live below the readiness threshold.", { reason: ["A reason is required for the override"] });
        }
      }
      break;
  }
  return rule;
}
