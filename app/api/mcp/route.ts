// POST /api/mcp - the MCP server (Streamable HTTP, stateless, Bearer API tokens); tools live in lib/mcp/tools
import { handleMcpPost, mcpMethodNotAllowed } from "@/lib/mcp/http";

export const POST = handleMcpPost;
export const GET = mcpMethodNotAllowed;
export const DELETE = mcpMethodNotAllowed;
