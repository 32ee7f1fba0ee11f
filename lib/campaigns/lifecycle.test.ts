import { describe, expect, it } from "vitest";
import { campaignStatuses, type CampaignStatus } from "@/db/schema";
import { InvalidTransition, ValidationFailed } from "@/lib/core/errors";
import { statusLabels } from "./labels";
import { planTransition, rulesFrom, terminalStatuses, transitionRules, type TransitionFacts, type TransitionRequest } from "./lifecycle";

const facts = (over: Partial<TransitionFacts> = {}): TransitionFacts => ({
  name: "Spring launch",
  status: "planning",
  archived: false,
  ownerId: "00000000-0000-4000-8000-000000000001",
  launchDate: "2027-02-01",
  taskCount: 3,
  readinessScore: 100,
  readinessThreshold: 80,
  ...over,
});

// every rule's guards satisfied: a reason long enough for both request_changes and an override
const okRequest = (to: CampaignStatus, over: Partial<TransitionRequest> = {}): TransitionRequest => ({
  to, reason: "Because the plan is ready", canOverride: true, ...over,
});

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected the call to throw");
}

const isLegal = (from: CampaignStatus, to: CampaignStatus) => transitionRules.some((r) => r.from === from && r.to === to);

describe("planTransition: the transition table", () => {
  it.each(transitionRules.filter((r) => !r.byWorkflow).map((r) => [r.from, r.to, r.action] as const))("accepts %s → %s (%s)", (from, to, action) => {
    expect(planTransition(facts({ status: from }), okRequest(to)).action).toBe(action);
  });

  it.each(transitionRules.filter((r) => r.byWorkflow).map((r) => [r.from, r.to] as const))("leaves %s → %s to the approval workflow", (from, to) => {
    const e = thrown(() => planTransition(facts({ status: from }), okRequest(to)));
    expect(e).toBeInstanceOf(InvalidTransition);
    expect(e.message).toMatch(/through its approval workflow: approvers decide each stage/);
  });

  const illegal = campaignStatuses.flatMap((from) => campaignStatuses.filter((to) => !isLegal(from, to)).map((to) => [from, to] as const));

  it("has 64 pairs split between legal rules and illegal moves", () => {
    expect(illegal.length + transitionRules.length).toBe(64);
  });

  it.each(illegal)("rejects %s → %s with a message naming both states", (from, to) => {
    const e = thrown(() => planTransition(facts({ status: from }), okRequest(to)));
    expect(e).toBeInstanceOf(InvalidTransition);
    expect(e.message).toContain(`from ${statusLabels[from]} to ${statusLabels[to]}`);
  });

  it("says a campaign is already in the state it is asked to move to", () => {
    expect(thrown(() => planTransition(facts({ status: "in_review" }), okRequest("in_review"))).message).toContain("it is already In review");
  });

  it("lists the allowed next states when a move is illegal", () => {
    const e = thrown(() => planTransition(facts({ status: "planning" }), okRequest("live")));
    expect(e.message).toContain("from Planning it can only move to In review, Cancelled");
  });

  it.each(terminalStatuses)("calls %s a final state with no way out", (status) => {
    expect(rulesFrom(status)).toEqual([]);
    expect(thrown(() => planTransition(facts({ status }), okRequest("planning"))).message).toContain(`${statusLabels[status]} is a final state`);
  });

  it("allows cancel from every non-terminal state", () => {
    const cancellable = transitionRules.filter((r) => r.action === "cancel").map((r) => r.from).sort();
    expect(cancellable).toEqual(campaignStatuses.filter((s) => !terminalStatuses.includes(s)).sort());
  });
});

describe("planTransition: guards", () => {
  it("rejects submit without a launch date", () => {
    const e = thrown(() => planTransition(facts({ launchDate: null }), okRequest("in_review")));
    expect(e).toBeInstanceOf(InvalidTransition);
    expect(e.message).toContain("needs a launch date");
    expect(e.message).not.toContain("an owner");
  });

  it("rejects submit without an owner", () => {
    const e = thrown(() => planTransition(facts({ ownerId: null }), okRequest("in_review")));
    expect(e).toBeInstanceOf(InvalidTransition);
    expect(e.message).toContain("needs an owner");
  });

  it("names both missing things when submit has neither owner nor launch date", () => {
    const e = thrown(() => planTransition(facts({ ownerId: null, launchDate: null }), okRequest("in_review")));
    expect(e.message).toContain("needs an owner and a launch date");
    expect(e.message).toContain("from Planning to In review");
  });

  it("rejects submit without any task", () => {
    const e = thrown(() => planTransition(facts({ taskCount: 0 }), okRequest("in_review")));
    expect(e).toBeInstanceOf(InvalidTransition);
    expect(e.message).toBe('Cannot move "Spring launch" from Planning to In review: it needs at least one task before it can be submitted.');
  });

  it("names all three missing things when submit has no owner, launch date or task", () => {
    const e = thrown(() => planTransition(facts({ ownerId: null, launchDate: null, taskCount: 0 }), okRequest("in_review")));
    expect(e.message).toContain("needs an owner, a launch date and at least one task");
  });

  const lowReadiness = facts({ status: "scheduled", readinessScore: 40, readinessThreshold: 80 });

  it("rejects go live below the readiness threshold", () => {
    const e = thrown(() => planTransition(lowReadiness, { to: "live", canOverride: true }));
    expect(e).toBeInstanceOf(InvalidTransition);
    expect(e.message).toContain("readiness is 40, below the go-live threshold of 80");
  });

  it("rejects an override from someone who cannot override", () => {
    const e = thrown(() => planTransition(lowReadiness, { to: "live", overrideReadiness: true, reason: "Exec said so", canOverride: false }));
    expect(e).toBeInstanceOf(InvalidTransition);
    expect(e.message).toContain("only managers and admins can override");
  });

  it.each([undefined, "ok", "  go  "])("rejects an override with a missing or short reason (%j)", (reason) => {
    const e = thrown(() => planTransition(lowReadiness, { to: "live", overrideReadiness: true, reason, canOverride: true }));
    expect(e).toBeInstanceOf(ValidationFailed);
    expect((e as ValidationFailed).issues.reason).toBeDefined();
  });

  it("accepts an override with a reason", () => {
    expect(planTransition(lowReadiness, { to: "live", overrideReadiness: true, reason: "Launch event is fixed", canOverride: true }).action).toBe("go_live");
  });

  it("goes live at exactly the threshold without an override", () => {
    expect(planTransition(facts({ status: "scheduled", readinessScore: 80 }), { to: "live", canOverride: false }).action).toBe("go_live");
  });

  it.each(campaignStatuses)("refuses every move of an archived %s campaign", (status) => {
    for (const to of campaignStatuses) {
      const e = thrown(() => planTransition(facts({ status, archived: true }), okRequest(to)));
      expect(e).toBeInstanceOf(InvalidTransition);
      expect(e.message).toContain("is archived");
      expect(e.message).toContain(`from ${statusLabels[status]} to ${statusLabels[to]}`);
    }
  });
});
