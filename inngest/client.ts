import { Inngest } from "inngest";

/**
 * The Inngest client. Dev mode (a local Inngest dev server) only when INNGEST_DEV=1; otherwise
 * cloud mode, which needs INNGEST_SIGNING_KEY to serve functions and INNGEST_EVENT_KEY to send
 * events. No user request waits on Inngest: state is written to PostgreSQL first.
 */
export const inngest = new Inngest({ id: "campaign-manager", isDev: process.env.INNGEST_DEV === "1" });
