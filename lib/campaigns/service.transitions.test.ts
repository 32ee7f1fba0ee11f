import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaigns, type CampaignStatus, type UserRow } from "@/db/schema";
import { approveCampaign, auditEventsFor, ctxFor, makeCampaign as makeBareCampaign, makeTask, makeUser, rejectionOf } from "@/db/testing/factories";
import { setTaskStatus } from "@/lib/tasks/service";
import type { Ctx } from "@/lib/core/context";
import { InvalidTransition, ValidationFailed } from "@/lib/core/errors";
import { statusLabels } from "./labels";
import { terminalStatuses } from "./lifecycle";
import { getCampaign, transitionCampaign } from "./service";

async function rowOf(id: string) {
  const [row] = await (await getDb()).select().from(campaigns).where(eq(campaigns.id, id));
  return row!;
}

/** Submitting needs a task, so every campaign here gets one, already done: readiness then rests on the plan. */
async function makeCampaign(ctx: Ctx, overrides: Parameters<typeof makeBareCampaign>[1] = {}) {
  const c = await makeBareCampaign(ctx, overrides);
  await doneTask(ctx, c.id);
  return c;
}

async function doneTask(ctx: Ctx, campaignId: string) {
  const task = await makeTask(ctx, campaignId, { title: "Write the brief" });
  await setTaskStatus(ctx, { id: task.id, status: "in_progress" });
  return setTaskStatus(ctx, { id: task.id, status: "done" });
}

// the shortest way to reach each state from planning
const pathTo: Record<CampaignStatus, CampaignStatus[]> = {
  planning: [],
  in_review: ["in_review"],
  approved: ["in_review", "approved"],
  scheduled: ["in_review", "approved", "scheduled"],
  live: ["in_review", "approved", "scheduled", "live"],
  paused: ["in_review", "approved", "scheduled", "paused"],
  completed: ["in_review", "approved", "scheduled", "live", "completed"],
  cancelled: ["cancelled"],
};

async function campaignIn(ctx: Ctx, status: CampaignStatus, overrides = {}) {
  const c = await makeCampaign(ctx, overrides);
  for (const to of pathTo[status]) await moveTo(ctx, c.id, to);
  return c;
}

/** A lifecycle move as it happens now: approval comes from the workflow's approvers. */
async function moveTo(ctx: Ctx, id: string, to: CampaignStatus) {
  if (to !== "approved") return transitionCampaign(ctx, { id, to });
  await approveCampaign(id);
  return (await getCampaign(ctx, { id })).campaign;
}

let manager: Ctx, memberUser: UserRow, member: Ctx;

beforeAll(async () => {
  manager = await ctxFor(await makeUser({ role: "manager", name: "Maya Manager" }));
  memberUser = await makeUser({ role: "member" });
  member = await ctxFor(memberUser);
});

describe("transitionCampaign: legal moves", () => {
  it("walks the whole lifecycle with one campaign.transitioned audit row per move", async () => {
    const c = await makeCampaign(manager);
    const walk: CampaignStatus[] = ["in_review", "approved", "scheduled", "live", "paused", "scheduled", "live", "completed"];
    let from: CampaignStatus = "planning";
    for (const [i, to] of walk.entries()) {
      const moved = await moveTo(manager, c.id, to);
      expect(moved).toMatchObject({ status: to, version: i + 2 });
      const events = await auditEventsFor(c.id, "campaign.transitioned");
      expect(events).toHaveLength(i + 1);
      const last = events.at(-1)!;
      if (to === "approved") expect(last.summary).toBe("Moved from In review to Approved: every approval stage is approved (Content, Final)");
      else expect(last.summary).toBe(`Moved from ${statusLabels[from]} to ${statusLabels[to]}`);
      expect(last.before).toMatchObject({ status: from });
      expect(last.after).toMatchObject({ status: to, version: i + 2, ...(to === "approved" ? { transition: "approval_workflow" } : { readinessOverride: null }) });
      from = to;
    }
  });

  it("pauses a scheduled campaign", async () => {
    const c = await campaignIn(manager, "scheduled");
    expect((await transitionCampaign(manager, { id: c.id, to: "paused" })).status).toBe("paused");
  });

  it.each(["planning", "in_review", "approved", "scheduled", "live", "paused"] as const)("cancels a %s campaign", async (status) => {
    const c = await campaignIn(manager, status);
    const moved = await transitionCampaign(manager, { id: c.id, to: "cancelled", reason: "Budget cut" });
    expect(moved.status).toBe("cancelled");
    const last = (await auditEventsFor(c.id, "campaign.transitioned")).at(-1)!;
    expect(last.summary).toBe(`Moved from ${statusLabels[status]} to Cancelled: Budget cut`);
    expect(last.after).toMatchObject({ transition: "cancel", reason: "Budget cut" });
  });

  it("refuses to approve or send back by hand: the approval workflow decides, and nothing changes", async () => {
    const c = await campaignIn(manager, "in_review");
    const before = await rowOf(c.id);
    for (const to of ["approved", "planning"] as const) {
      const e = await rejectionOf(transitionCampaign(manager, { id: c.id, to, reason: "Tighten the copy" }));
      expect(e).toBeInstanceOf(InvalidTransition);
      expect(e.message).toContain("through its approval workflow");
    }
    expect(await rowOf(c.id)).toEqual(before);
    expect(await auditEventsFor(c.id, "campaign.transitioned")).toHaveLength(1);
  });
});

describe("transitionCampaign: illegal moves", () => {
  it.each([
    ["planning", "live"],
    ["planning", "approved"],
    ["in_review", "scheduled"],
    ["approved", "live"],
    ["live", "scheduled"],
    ["paused", "live"],
    ["completed", "planning"],
    ["cancelled", "planning"],
    ["completed", "cancelled"],
  ] as const)("refuses %s → %s naming both states and changes nothing", async (from, to) => {
    const c = await campaignIn(manager, from);
    const before = await rowOf(c.id);
    const auditCount = (await auditEventsFor(c.id)).length;
    const e = await rejectionOf(transitionCampaign(manager, { id: c.id, to }));
    expect(e).toBeInstanceOf(InvalidTransition);
    expect(e.message).toContain(`from ${statusLabels[from]} to ${statusLabels[to]}`);
    expect(await rowOf(c.id)).toEqual(before);
    expect(await auditEventsFor(c.id)).toHaveLength(auditCount);
  });

  it("refuses submit without a launch date, naming what is missing", async () => {
    const c = await makeBareCampaign(manager, { startDate: null, launchDate: null, endDate: null });
    const e = await rejectionOf(transitionCampaign(manager, { id: c.id, to: "in_review" }));
    expect(e).toBeInstanceOf(InvalidTransition);
    expect(e.message).toContain("needs a launch date and at least one task");
    expect((await rowOf(c.id)).status).toBe("planning");
  });

  it("refuses submit without a task, and accepts it once the campaign has one", async () => {
    const c = await makeBareCampaign(manager, { generateTimeline: false });
    const e = await rejectionOf(transitionCampaign(manager, { id: c.id, to: "in_review" }));
    expect(e).toBeInstanceOf(InvalidTransition);
    expect(e.message).toContain("needs at least one task");
    expect((await rowOf(c.id)).status).toBe("planning");
    // a cancelled task is no work to review
    const t = await makeTask(manager, c.id, { title: "Draft the email" });
    await setTaskStatus(manager, { id: t.id, status: "cancelled" });
    expect((await rejectionOf(transitionCampaign(manager, { id: c.id, to: "in_review" }))).message).toContain("needs at least one task");
    await makeTask(manager, c.id, { title: "Write the email" });
    expect((await transitionCampaign(manager, { id: c.id, to: "in_review" })).status).toBe("in_review");
  });

  it("offers only the moves the table allows from a terminal state", async () => {
    for (const status of terminalStatuses) {
      const c = await campaignIn(manager, status);
      expect((await getCampaign(manager, { id: c.id })).actions).toEqual([]);
    }
  });
});

describe("transitionCampaign: going live below the readiness threshold", () => {
  // only a launch date and one open task nobody has: readiness is low
  const thinPlan = { channels: [], goals: {}, budget: null, startDate: null, endDate: null, launchDate: "2027-05-01" };

  // approvals (25) earned of tasks 40 + approvals 25 + assignment 15 + plan 10 measured: 25 / 90
  const thinScore = 28;

  async function scheduledThinCampaign() {
    const c = await makeBareCampaign(manager, { ...thinPlan, ownerId: memberUser.id });
    await makeTask(manager, c.id, { title: "Write the brief" });
    await transitionCampaign(member, { id: c.id, to: "in_review" });
    await approveCampaign(c.id);
    await transitionCampaign(member, { id: c.id, to: "scheduled" });
    // approved: the approvals share of readiness is all that is earned
    expect((await getCampaign(member, { id: c.id })).readiness.score).toBe(thinScore);
    return c;
  }

  it("refuses the owner-member, with or without an override", async () => {
    const c = await scheduledThinCampaign();
    const plain = await rejectionOf(transitionCampaign(member, { id: c.id, to: "live" }));
    expect(plain).toBeInstanceOf(InvalidTransition);
    expect(plain.message).toContain("readiness is 28, below the go-live threshold of 80");
    const override = await rejectionOf(transitionCampaign(member, { id: c.id, to: "live", overrideReadiness: true, reason: "Launch event is fixed" }));
    expect(override).toBeInstanceOf(InvalidTransition);
    expect(override.message).toContain("only managers and admins can override");
    expect((await rowOf(c.id)).status).toBe("scheduled");
  });

  it("refuses a manager who overrides without a reason", async () => {
    const c = await scheduledThinCampaign();
    expect(await rejectionOf(transitionCampaign(manager, { id: c.id, to: "live", overrideReadiness: true }))).toBeInstanceOf(ValidationFailed);
    expect((await rowOf(c.id)).status).toBe("scheduled");
  });

  it("lets a manager override with a reason and records the override", async () => {
    const c = await scheduledThinCampaign();
    const moved = await transitionCampaign(manager, { id: c.id, to: "live", overrideReadiness: true, reason: "Launch event is fixed" });
    expect(moved.status).toBe("live");
    const last = (await auditEventsFor(c.id, "campaign.transitioned")).at(-1)!;
    expect(last.actorId).toBe(manager.actor.userId);
    expect(last.summary).toBe("Moved from Scheduled to Live below the readiness threshold (28 < 80), overridden: Launch event is fixed");
    expect(last.after).toMatchObject({ transition: "go_live", readinessOverride: { score: 28, threshold: 80 }, reason: "Launch event is fixed" });
  });

  it("lets the owner-member go live when the plan is complete", async () => {
    const c = await makeCampaign(manager, { ownerId: memberUser.id });
    await transitionCampaign(member, { id: c.id, to: "in_review" });
    await approveCampaign(c.id);
    await transitionCampaign(member, { id: c.id, to: "scheduled" });
    const moved = await transitionCampaign(member, { id: c.id, to: "live" });
    expect(moved.status).toBe("live");
    expect((await auditEventsFor(c.id, "campaign.transitioned")).at(-1)!.after).toMatchObject({ readinessOverride: null });
  });
});

describe("transitionCampaign: concurrency", () => {
  it("lets exactly one of two simultaneous submits win; the other hears it is already in review", async () => {
    const ids = await Promise.all(Array.from({ length: 5 }, async () => (await makeCampaign(manager)).id));
    for (const id of ids) {
      const results = await Promise.allSettled([
        transitionCampaign(manager, { id, to: "in_review" }),
        transitionCampaign(manager, { id, to: "in_review" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const [lost] = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(lost!.reason).toBeInstanceOf(InvalidTransition);
      expect(lost!.reason.message).toContain("it is already In review");
      expect(await rowOf(id)).toMatchObject({ status: "in_review", version: 2 });
      expect(await auditEventsFor(id, "campaign.transitioned")).toHaveLength(1);
    }
  });

  it("serialises a submit racing a cancel: both apply in some order or the loser is refused", async () => {
    const c = await makeCampaign(manager);
    const results = await Promise.allSettled([
      transitionCampaign(manager, { id: c.id, to: "in_review" }),
      transitionCampaign(manager, { id: c.id, to: "cancelled" }),
    ]);
    const row = await rowOf(c.id);
    const applied = results.filter((r) => r.status === "fulfilled").length;
    expect(row.version).toBe(1 + applied);
    expect(await auditEventsFor(c.id, "campaign.transitioned")).toHaveLength(applied);
    expect(row.status).toBe("cancelled");
  });
});
