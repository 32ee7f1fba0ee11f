import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Actor } from "@/lib/core/context";
import { registerTools, type ToolDefinition } from "./tool";
import { approvalTools } from "./tools/approvals";
import { assignmentTools } from "./tools/assignment";
import { campaignTools } from "./tools/campaigns";
import { taskTools } from "./tools/tasks";
import { teamTools } from "./tools/team";
import { timeTools } from "./tools/time";
import { timelineTools } from "./tools/timeline";
import { whoamiTool } from "./tools/whoami";
import { workloadTools } from "./tools/workload";

export const mcpTools: ToolDefinition[] = [whoamiTool, ...campaignTools, ...timelineTools, ...taskTools, ...teamTools, ...workloadTools, ...timeTools, ...assignmentTools, ...approvalTools];

const instructions =
  "Campaign Manager: a marketing team plans, approves, launches and measures campaigns here. " +
  "Call whoami first to learn your role and whether your token may write. Read a campaign with get_campaign before changing " +
  "it: update_campaign needs the version you read, and get_campaign lists the status moves you may make. " +
  "Campaigns are approved through their approval workflow: submit_for_approval, then list_pending_approvals and decide_approval. " +
  "Errors are written for people; relay them as they are.";

/** One server per request (stateless): its tools act as `actor`, with that person's permissions. */
export function createMcpServer(actor: Actor): McpServer {
  const server = new McpServer({ name: "campaign-manager", title: "Campaign Manager", version: "0.1.0" }, { instructions });
  registerTools(server, actor, mcpTools);
  return server;
}
