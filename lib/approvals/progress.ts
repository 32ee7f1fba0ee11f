/** What readiness and risk read from the approval workflow of a campaign. */
import { and, asc, count, eq, lt } from "drizzle-orm";
import { approvalRequests } from "@/db/schema";
import type { CampaignStatus } from "@/db/schema/values";
import type { Db } from "@/db/types";
import type { ApprovalProgress } from "@/lib/campaigns/readiness";
import type { OverdueApprovalFact } from "@/lib/campaigns/risk";
import { latestWorkflow } from "./engine";
import { stageLabels } from "./labels";

const pastReview: CampaignStatus[] = ["approved", "scheduled", "live", "paused", "completed"];

export async function loadApprovalProgress(db: Db, campaignId: string, status: CampaignStatus): Promise<ApprovalProgress> {
  const wf = await latestWorkflow(db, campaignId);
  if (!wf) return pastReview.includes(status) ? { kind: "by_hand" } : { kind: "none" };
  const requests = (await db.select().from(approvalRequests).where(eq(approvalRequests.workflowId, wf.id)).orderBy(asc(approvalRequests.position)))
    .filter((r) => r.status !== "cancelled" || wf.status === "cancelled" || wf.status === "rejected");
  const approved = requests.filter((r) => r.status === "approved");
  const asking = requests.find((r) => r.status === "changes_requested" || r.status === "rejected");
  const open = requests.find((r) => r.status === "open");
  const waiting = asking
    ? `${asking.status === "rejected" ? "rejected" : "changes requested"} at ${stageLabels[asking.stage]}`
    : open ? `waiting for ${stageLabels[open.stage]}` : wf.status === "cancelled" ? "withdrawn" : null;
  return { kind: "workflow", total: requests.length, approved: approved.length, approvedStages: approved.map((r) => stageLabels[r.stage]), waiting };
}

export async function loadOverdueApprovals(db: Db, campaignId: string, now = new Date()): Promise<OverdueApprovalFact[]> {
  const rows = await db
    .select({ stage: approvalRequests.stage, deadline: approvalRequests.deadline, escalatedAt: approvalRequests.escalatedAt })
    .from(approvalRequests)
    .where(and(eq(approvalRequests.campaignId, campaignId), eq(approvalRequests.status, "open"), lt(approvalRequests.deadline, now)))
    .orderBy(asc(approvalRequests.deadline));
  return rows.map((r) => ({ stage: stageLabels[r.stage], deadline: r.deadline!, escalated: r.escalatedAt !== null }));
}

/** How many requests of the campaign are open now (one per open stage). */
export async function countOpenApprovals(db: Db, campaignId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(approvalRequests).where(and(eq(approvalRequests.campaignId, campaignId), eq(approvalRequests.status, "open")));
  return row?.n ?? 0;
}
