// Test support: the SDK's own client talking to the real /api/mcp route handlers in-process.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import * as route from "@/app/api/mcp/route";
import { getDb } from "@/db/client";
import type { TokenScope, UserRow } from "@/db/schema";
import { createApiToken } from "@/lib/api-tokens/service";
import { systemActor } from "@/lib/core/context";

export const mcpEndpoint = "http://localhost/api/mcp";

const handlers: Record<string, (req: Request) => Response | Promise<Response>> = { POST: route.POST, GET: route.GET, DELETE: route.DELETE };

/** A fetch whose "network" is the exported route handlers: no server needed. */
export async function routeFetch(input: string | URL | Request, init?: RequestInit) {
  const req = new Request(input, init);
  return handlers[req.method]?.(req) ?? new Response(null, { status: 405 });
}

export async function tokenFor(user: UserRow, scope: TokenScope) {
  const { token, secret } = await createApiToken({ db: await getDb(), actor: systemActor }, { name: `test ${scope}`, scope }, user.id);
  return { id: token.id, secret };
}

/** Connects an MCP client with the given bearer token (or none); close it when done. */
export async function connectMcp(token?: string, name = "mcp-test") {
  const client = new Client({ name, version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(mcpEndpoint), {
    fetch: routeFetch,
    requestInit: token ? { headers: { authorization: `Bearer ${token}` } } : undefined,
  }));
  return client;
}

export type ToolResult = { isError?: boolean; structuredContent?: Record<string, unknown>; content: { type: string; text?: string }[] };

export async function callTool(client: Client, name: string, args: Record<string, unknown> = {}) {
  return (await client.callTool({ name, arguments: args })) as ToolResult;
}

export const textOf = (r: ToolResult) => r.content.map((c) => c.text ?? "").join("\n");
