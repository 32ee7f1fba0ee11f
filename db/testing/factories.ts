import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { approvalRequests, auditEvents, users, type ApproverStage, type Role, type TokenScope, type UserRow, type Via } from "../schema";
import { decideApproval } from "@/lib/approvals/service";
import { hashPassword } from "@/lib/auth/passwords";
import { createCampaign } from "@/lib/campaigns/service";
import type { CreateCampaignInput } from "@/lib/campaigns/schemas";
import type { Ctx } from "@/lib/core/context";
import { actorFromUser } from "@/lib/members/actor";
import type { CreateTaskInput } from "@/lib/tasks/schemas";
import { createTask } from "@/lib/tasks/service";

export async function makeUser(overrides: Partial<{ role: Role; email: string; name: string; password: string; approverStages: ApproverStage[]; deactivated: boolean }> = {}): Promise<UserRow> {
  const db = await getDb();
  const role = overrides.role ?? "member";
  const id = randomUUID().slice(0, 8);
  const [user] = await db.insert(users).values({
    email: overrides.email ?? `${role}-${id}@test.example`,
    name: overrides.name ?? `${role[0]!.toUpperCase()}${role.slice(1)} ${id}`,
    role,
    approverStages: overrides.approverStages ?? [],
    passwordHash: overrides.password ? await hashPassword(overrides.password) : null,
    deactivatedAt: overrides.deactivated ? new Date() : null,
  }).returning();
  return user!;
}

export async function ctxFor(user: UserRow, opts: { via?: Via; scope?: TokenScope } = {}): Promise<Ctx> {
  return { db: await getDb(), actor: { ...actorFromUser(user, opts.via ?? "web"), scope: opts.scope ?? "read_write" } };
}

/** A campaign with a complete plan, created by a manager-level ctx. */
export async function makeCampaign(ctx: Ctx, overrides: Partial<CreateCampaignInput> = {}) {
  return createCampaign(ctx, {
    name: `Campaign ${randomUUID().slice(0, 8)}`,
    description: "A test campaign",
    type: "email",
    priority: "medium",
    channels: ["email"],
    budget: { amountCents: 100_000, currency: "USD" },
    goals: { leads: 100 },
    startDate: "2027-01-04",
    launchDate: "2027-02-01",
    endDate: "2027-03-01",
    tags: ["test"],
    ...overrides,
  });
}

/** Audit rows recorded for one entity, oldest first (optionally only one action). */
export async function auditEventsFor(entityId: string, action?: string) {
  const db = await getDb();
  const rows = await db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId)).orderBy(asc(auditEvents.at), asc(auditEvents.id));
  return action ? rows.filter((r) => r.action === action) : rows;
}

/** The error a call fails with, for tests that check more than its class; fails the test if the call succeeds. */
export async function rejectionOf(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** A task on a campaign, created through the service by `ctx` (a manager unless a test says otherwise). */
export async function makeTask(ctx: Ctx, campaignId: string, overrides: Partial<Omit<CreateTaskInput, "campaignId">> = {}) {
  return createTask(ctx, { campaignId, title: `Task ${randomUUID().slice(0, 8)}`, ...overrides });
}

let allStagesApprover: UserRow | undefined;

/**
 * Decides every open approval stage of an in-review campaign as an approver holding all stages,
 * until the workflow approves the campaign: the way tests get a campaign to `approved`.
 */
export async function approveCampaign(campaignId: string) {
  allStagesApprover ??= await makeUser({ role: "manager", name: "Test Approver", approverStages: ["content", "compliance", "executive", "final"] });
  const ctx = await ctxFor(allStagesApprover);
  for (let i = 0; i < 8; i++) {
    const [open] = await ctx.db.select({ id: approvalRequests.id }).from(approvalRequests)
      .where(and(eq(approvalRequests.campaignId, campaignId), eq(approvalRequests.status, "open")));
    if (!open) return;
    await decideApproval(ctx, { requestId: open.id, decision: "approve" });
  }
}
