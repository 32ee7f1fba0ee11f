CREATE TYPE "public"."approval_decision" AS ENUM('approve', 'reject', 'request_changes');--> statement-breakpoint
CREATE TYPE "public"."approval_request_status" AS ENUM('waiting', 'open', 'approved', 'changes_requested', 'rejected', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."escalation_step" AS ENUM('remind', 'escalate');--> statement-breakpoint
CREATE TYPE "public"."workflow_status" AS ENUM('in_review', 'changes_requested', 'rejected', 'approved', 'cancelled');--> statement-breakpoint
CREATE TABLE "approval_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workflow_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"request_id" uuid,
	"decision_id" uuid,
	"author_id" uuid,
	"body" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "approval_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"workflow_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"stage" "approver_stage" NOT NULL,
	"round" integer NOT NULL,
	"approver_id" uuid,
	"decision" "approval_decision" NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"auto_rule" text,
	"content" jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"reset_at" timestamp with time zone,
	"reset_reason" text
);
--> statement-breakpoint
CREATE TABLE "approval_escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"step" "escalation_step" NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "approval_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workflow_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"stage" "approver_stage" NOT NULL,
	"position" integer NOT NULL,
	"quorum" integer DEFAULT 1 NOT NULL,
	"reason" text NOT NULL,
	"status" "approval_request_status" DEFAULT 'waiting' NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"opened_at" timestamp with time zone,
	"deadline" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by_id" uuid,
	"auto_rule" text
);
--> statement-breakpoint
CREATE TABLE "approval_settings" (
	"id" text PRIMARY KEY DEFAULT 'default' NOT NULL,
	"config" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "approval_workflows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"status" "workflow_status" DEFAULT 'in_review' NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"skipped" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submitted_by_id" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "approval_comments" ADD CONSTRAINT "approval_comments_workflow_id_approval_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."approval_workflows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_comments" ADD CONSTRAINT "approval_comments_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_comments" ADD CONSTRAINT "approval_comments_request_id_approval_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."approval_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_comments" ADD CONSTRAINT "approval_comments_decision_id_approval_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."approval_decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_comments" ADD CONSTRAINT "approval_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_decisions" ADD CONSTRAINT "approval_decisions_request_id_approval_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."approval_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_decisions" ADD CONSTRAINT "approval_decisions_workflow_id_approval_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."approval_workflows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_decisions" ADD CONSTRAINT "approval_decisions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_decisions" ADD CONSTRAINT "approval_decisions_approver_id_users_id_fk" FOREIGN KEY ("approver_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_escalations" ADD CONSTRAINT "approval_escalations_request_id_approval_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."approval_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_requests" ADD CONSTRAINT "approval_requests_workflow_id_approval_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."approval_workflows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_requests" ADD CONSTRAINT "approval_requests_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_requests" ADD CONSTRAINT "approval_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_settings" ADD CONSTRAINT "approval_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_workflows" ADD CONSTRAINT "approval_workflows_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_workflows" ADD CONSTRAINT "approval_workflows_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approval_comments_workflow_at_idx" ON "approval_comments" USING btree ("workflow_id","at");--> statement-breakpoint
CREATE INDEX "approval_decisions_request_idx" ON "approval_decisions" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "approval_decisions_approver_at_idx" ON "approval_decisions" USING btree ("approver_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "approval_decisions_one_per_approver_idx" ON "approval_decisions" USING btree ("request_id","approver_id","round") WHERE "approval_decisions"."reset_at" is null and "approval_decisions"."approver_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "approval_escalations_once_idx" ON "approval_escalations" USING btree ("request_id","round","step");--> statement-breakpoint
CREATE UNIQUE INDEX "approval_requests_workflow_stage_idx" ON "approval_requests" USING btree ("workflow_id","stage");--> statement-breakpoint
CREATE INDEX "approval_requests_open_stage_deadline_idx" ON "approval_requests" USING btree ("stage","deadline") WHERE "approval_requests"."status" = 'open';--> statement-breakpoint
CREATE INDEX "approval_requests_open_deadline_idx" ON "approval_requests" USING btree ("deadline") WHERE "approval_requests"."status" = 'open';--> statement-breakpoint
CREATE INDEX "approval_requests_campaign_idx" ON "approval_requests" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "approval_workflows_campaign_created_idx" ON "approval_workflows" USING btree ("campaign_id","created_at");