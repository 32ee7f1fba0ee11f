import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { ToolAnnotations } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { getDb } from "@/db/client";
import type { Actor, Ctx } from "@/lib/core/context";
import { parseInput } from "@/lib/core/validation";
import { toToolResult, type ToolData } from "./errors";

export type ToolDefinition = {
  name: string;
  title: string;
  description: string;
  annotations: ToolAnnotations;
  /** What tools/list publishes and the SDK checks before calling: see advertisedSchema. */
  advertised: z.ZodType;
  call: (ctx: Ctx, args: unknown) => Promise<ToolData>;
};

/**
 * The SDK validates arguments against the schema a tool registers and answers a failure in its
 * own words, outside toToolResult. So the SDK gets a schema that accepts any object but carries
 * the JSON Schema of the domain schema (zod merges `.meta()` into the JSON Schema it emits);
 * the domain schema then validates inside the call, and a bad argument gets the same message and
 * field issues a person sees in the browser.
 */
function advertisedSchema(input: z.ZodObject) {
  const { $schema: _draft, ...jsonSchema } = z.toJSONSchema(input, { io: "input", target: "draft-7" });
  return z.looseObject({}).meta(jsonSchema);
}

/** Declares a tool: its domain input schema, and the service call it makes with a parsed input. */
export function tool<S extends z.ZodObject>(
  name: string,
  def: {
    title: string;
    description: string;
    input: S;
    annotations: ToolAnnotations;
    run: (ctx: Ctx, input: z.output<S>) => Promise<ToolData>;
  },
): ToolDefinition {
  return {
    name,
    title: def.title,
    description: def.description,
    // every tool works inside this product only
    annotations: { title: def.title, openWorldHint: false, ...def.annotations },
    advertised: advertisedSchema(def.input),
    call: (ctx, args) => def.run(ctx, parseInput(def.input, args)),
  };
}

/** Registers tools that act as `actor`; each call gets its own ctx and goes through toToolResult. */
export function registerTools(server: McpServer, actor: Actor, tools: ToolDefinition[]) {
  for (const t of tools) {
    server.registerTool(
      t.name,
      { title: t.title, description: t.description, inputSchema: t.advertised, annotations: t.annotations },
      (args: unknown) => toToolResult(async () => t.call({ db: await getDb(), actor }, args), `mcp:${t.name}`),
    );
  }
}
