import { getDb } from "@/db/client";
import { runEscalationSweep } from "@/lib/approvals/escalation-sweep";
import { inngest } from "../client";

/**
 * Every 15 minutes: remind approvers of overdue requests and escalate the ones past the
 * escalation interval. The sweep is idempotent (each step is recorded once), so a retry or an
 * overlapping run changes nothing twice.
 */
export const approvalEscalationSweep = inngest.createFunction(
  { id: "approval-escalation-sweep", name: "Approval reminders and escalations", triggers: [{ cron: "*/15 * * * *" }], concurrency: { limit: 1 } },
  async ({ step }) => step.run("sweep-overdue-approvals", async () => runEscalationSweep(await getDb(), new Date())),
);
