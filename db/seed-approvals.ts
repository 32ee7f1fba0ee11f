/**
 * Demo approvals: campaigns past review are approved stage by stage by the people holding each
 * stage (as they would be in the app), and one review is left running with an approval overdue.
 */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { approvalRequests, users, type UserRow } from "./schema";
import type { Db } from "./types";
import { decideApproval } from "@/lib/approvals/service";
import { actorFromUser } from "@/lib/members/actor";

const notes: Record<string, string> = {
  content: "Copy and visuals are on brand.",
  compliance: "Disclaimers and opt-outs are in place.",
  executive: "Budget approved for this quarter.",
  final: "Good to go.",
};

async function approverFor(db: Db, stage: string, ownerId: string | null): Promise<UserRow | undefined> {
  const people = await db.select().from(users)
    .where(and(isNull(users.deactivatedAt), sql`${stage}::approver_stage = any(${users.approverStages})`))
    .orderBy(asc(users.email));
  return people.find((p) => p.id !== ownerId) ?? people[0];
}

/** Decides open stages as their approvers until `stages` have been approved (all, by default). */
export async function approveStages(db: Db, campaignId: string, ownerId: string | null, stages = Infinity) {
  for (let n = 0; n < stages; n++) {
    const [open] = await db.select().from(approvalRequests)
      .where(and(eq(approvalRequests.campaignId, campaignId), eq(approvalRequests.status, "open")));
    if (!open) return;
    const approver = await approverFor(db, open.stage, ownerId);
    if (!approver) return;
    await decideApproval({ db, actor: actorFromUser(approver, "web") }, { requestId: open.id, decision: "approve", comment: notes[open.stage] ?? "" });
  }
}

/** Moves the open request's deadline into the past, as if its approvers had let it slip. */
export async function makeOpenApprovalOverdue(db: Db, campaignId: string, hoursAgo: number) {
  await db.update(approvalRequests)
    .set({ deadline: new Date(Date.now() - hoursAgo * 3_600_000), openedAt: new Date(Date.now() - (hoursAgo + 24) * 3_600_000) })
    .where(and(eq(approvalRequests.campaignId, campaignId), eq(approvalRequests.status, "open")));
}
