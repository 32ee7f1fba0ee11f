import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { getDb } from "@/db/client";
import { authenticateBearer } from "@/lib/api-tokens/service";
import type { Actor } from "@/lib/core/context";
import { logUnexpected, unexpectedMessage, Unauthorized } from "@/lib/core/errors";
import { createMcpServer } from "./server";

function problem(status: number, title: string, detail: string, headers: Record<string, string> = {}) {
  return Response.json({ type: "about:blank", title, status, detail }, { status, headers: { "content-type": "application/problem+json", ...headers } });
}

async function authenticate(req: Request): Promise<Actor | Response> {
  const authorization = req.headers.get("authorization");
  try {
    return await authenticateBearer(await getDb(), authorization, "mcp");
  } catch (e) {
    if (e instanceof Unauthorized) {
      // RFC 6750: name the scheme always, and say "invalid_token" when a token was sent but refused
      const challenge = authorization ? 'Bearer realm="campaign-manager", error="invalid_token"' : 'Bearer realm="campaign-manager"';
      return problem(401, "Unauthorized", e.message, { "www-authenticate": challenge });
    }
    return problem(500, "Internal Server Error", unexpectedMessage(logUnexpected(e, "mcp:auth")));
  }
}

/** POST /api/mcp: one stateless MCP server per request, acting as the token's owner. */
export async function handleMcpPost(req: Request): Promise<Response> {
  const actor = await authenticate(req);
  if (actor instanceof Response) return actor;
  const server = createMcpServer(actor);
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  try {
    await server.connect(transport);
    // with JSON responses the body is complete when this resolves, so the server can close at once
    return await transport.handleRequest(req);
  } catch (e) {
    return problem(500, "Internal Server Error", unexpectedMessage(logUnexpected(e, "mcp")));
  } finally {
    await server.close();
  }
}

/** GET and DELETE /api/mcp: a stateless server has no event stream to open and no session to end. */
export function mcpMethodNotAllowed(): Response {
  return problem(405, "Method Not Allowed", "This MCP server is stateless: send JSON-RPC messages with POST.", { allow: "POST" });
}
