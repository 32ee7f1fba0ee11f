// Enum values as plain arrays, free of drizzle imports so client components can use them.
export const roles = ["admin", "manager", "member", "viewer"] as const;
export const approverStages = ["content", "compliance", "executive", "final"] as const;
export const tokenScopes = ["read", "read_write"] as const;
export const vias = ["web", "mcp", "api", "slack", "system"] as const;

export const campaignTypes = [
  "product_launch", "email", "social", "content", "event", "webinar", "paid_ads", "seasonal_promo",
] as const;
export const campaignPriorities = ["low", "medium", "high", "critical"] as const;
export const campaignStatuses = [
  "planning", "in_review", "approved", "scheduled", "live", "paused", "completed", "cancelled",
] as const;
export const channels = [
  "email", "social", "paid_search", "paid_social", "display", "content", "seo", "events", "webinar", "pr", "sms", "partners",
] as const;

export type Role = (typeof roles)[number];
export type ApproverStage = (typeof approverStages)[number];
export type TokenScope = (typeof tokenScopes)[number];
export type Via = (typeof vias)[number];
export type CampaignType = (typeof campaignTypes)[number];
export type CampaignPriority = (typeof campaignPriorities)[number];
export type CampaignStatus = (typeof campaignStatuses)[number];
export type Channel = (typeof channels)[number];

export const taskStatuses = ["todo", "in_progress", "blocked", "in_review", "done", "cancelled"] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export const workflowStatuses = ["in_review", "changes_requested", "rejected", "approved", "cancelled"] as const;
export type WorkflowStatus = (typeof workflowStatuses)[number];
/** waiting: a later stage not reached yet; open: in approvers' queues; the rest are outcomes */
export const approvalRequestStatuses = ["waiting", "open", "approved", "changes_requested", "rejected", "cancelled"] as const;
export type ApprovalRequestStatus = (typeof approvalRequestStatuses)[number];
export const approvalDecisionKinds = ["approve", "reject", "request_changes"] as const;
export type ApprovalDecisionKind = (typeof approvalDecisionKinds)[number];
export const escalationSteps = ["remind", "escalate"] as const;
