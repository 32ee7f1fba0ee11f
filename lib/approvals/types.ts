/** What the approval services hand to pages and MCP tools. Dates are ISO strings. */
import type {
  ApprovalDecisionKind, ApprovalRequestStatus, ApproverStage, CampaignPriority, CampaignStatus, CampaignType, Channel, WorkflowStatus,
} from "@/db/schema/values";

export type PersonRef = { id: string; name: string };

export type DecisionView = {
  id: string;
  by: PersonRef | null; // null: an auto-approval rule decided
  decision: ApprovalDecisionKind;
  comment: string;
  at: string;
  round: number;
  autoRule: string | null;
  /** set when a later change to the campaign's content reset this approval */
  reset: { at: string; reason: string } | null;
};

export type EscalationView = { step: "remind" | "escalate"; at: string; recipients: PersonRef[] };

export type StageView = {
  requestId: string;
  stage: ApproverStage;
  position: number;
  status: ApprovalRequestStatus;
  quorum: number;
  /** standing approvals this round */
  approvals: number;
  /** why the stage plan includes this stage */
  reason: string;
  openedAt: string | null;
  deadline: string | null;
  overdue: boolean;
  decidedAt: string | null;
  decidedBy: PersonRef | null;
  autoRule: string | null;
  approvers: PersonRef[];
  decisions: DecisionView[];
  escalations: EscalationView[];
  canDecide: boolean;
  /** why the viewer cannot decide, when the stage is open */
  cannotDecideReason: string | null;
};

export type ThreadItem = {
  id: string;
  at: string;
  author: PersonRef | null;
  body: string;
  stage: ApproverStage | null;
  /** comment: a plain comment; the others are the comment of a decision */
  kind: "comment" | ApprovalDecisionKind;
};

export type WorkflowView = {
  campaign: {
    id: string; name: string; status: CampaignStatus; type: CampaignType; priority: CampaignPriority;
    ownerId: string | null; ownerName: string | null; archived: boolean;
  };
  /** null: never submitted */
  workflow: {
    id: string; status: WorkflowStatus; round: number; submittedAt: string; submittedBy: PersonRef | null;
    closedAt: string | null; currentStage: ApproverStage | null;
  } | null;
  stages: StageView[];
  skipped: { stage: ApproverStage; reason: string }[];
  /** the stages a submission would go through now (shown before the first submission) */
  preview: { stages: { stage: ApproverStage; quorum: number; reason: string }[]; skipped: { stage: ApproverStage; reason: string }[] };
  thread: ThreadItem[];
  /** approvals reset by the last resubmission, and why */
  resets: { stage: ApproverStage; reason: string; at: string }[];
  can: { submit: boolean; resubmit: boolean; comment: boolean };
  /** why submitting is not possible (e.g. missing launch date), when the viewer could otherwise submit */
  submitBlocked: string | null;
};

export const queueTabs = ["mine", "all", "overdue", "decided"] as const;
export type QueueTab = (typeof queueTabs)[number];

export type QueueItem = {
  requestId: string;
  stage: ApproverStage;
  status: ApprovalRequestStatus;
  quorum: number;
  approvals: number;
  round: number;
  openedAt: string | null;
  deadline: string | null;
  overdue: boolean;
  remindedAt: string | null;
  escalatedAt: string | null;
  campaign: {
    id: string; name: string; type: CampaignType; priority: CampaignPriority; status: CampaignStatus;
    budgetCents: number | null; currency: string; ownerName: string | null; launchDate: string | null;
    channels: Channel[]; readiness: number;
  };
  canDecide: boolean;
  cannotDecideReason: string | null;
  /** on the "decided by me" tab: what I decided */
  myDecision: { decision: ApprovalDecisionKind; at: string; comment: string } | null;
};

export type QueuePage = {
  tab: QueueTab;
  items: QueueItem[];
  total: number;
  page: number;
  pageSize: number;
  counts: Record<QueueTab, number>;
  /** managers and admins see every open request; others only their stages */
  canSeeAll: boolean;
};

export type DecisionOutcome = {
  requestId: string;
  campaignId: string;
  campaignName: string;
  stage: ApproverStage;
  decision: ApprovalDecisionKind;
  requestStatus: ApprovalRequestStatus;
  workflowStatus: WorkflowStatus;
  campaignStatus: CampaignStatus;
  /** the stage now open, if the workflow moved on */
  nextStage: ApproverStage | null;
  /** later stages an auto-approval rule approved on the way */
  autoApproved: { stage: ApproverStage; rule: string }[];
  /** one sentence for the person: what happened */
  message: string;
};

export type BulkApproveResult = {
  approved: number;
  failed: number;
  results: { requestId: string; campaignName: string | null; stage: ApproverStage | null; ok: boolean; message: string }[];
};
