import { approvalEscalationSweep } from "./approval-escalation";

/** Every background function the app serves at /api/inngest. */
export const functions = [approvalEscalationSweep];
