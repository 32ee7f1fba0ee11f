import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { Conflict, isDomainError, logUnexpected, unexpectedMessage, ValidationFailed } from "@/lib/core/errors";

/** MCP structured content must be a JSON object, so lists are wrapped by the tool that returns them. */
export type ToolData = Record<string, unknown>;

function fieldLines(issues: Record<string, string[]>) {
  return Object.entries(issues).map(([field, messages]) => `- ${field === "_" ? "input" : field}: ${messages.join("; ")}`);
}

/**
 * The one place MCP tools turn a service call into a tool result. Success carries the data
 * twice: as structuredContent for clients that read it and as JSON text for those that do not.
 * Domain errors come back as isError results with the message a person sees in the browser;
 * anything else is logged with a reference and never shows a stack or SQL.
 */
export async function toToolResult(run: () => Promise<ToolData>, where: string): Promise<CallToolResult> {
  try {
    const data = await run();
    return { content: [{ type: "text", text: JSON.stringify(data) }], structuredContent: data };
  } catch (e) {
    if (e instanceof ValidationFailed) {
      const lines = fieldLines(e.issues);
      return {
        isError: true,
        content: [{ type: "text", text: lines.length ? `${e.message}\nField issues:\n${lines.join("\n")}` : e.message }],
        structuredContent: { error: { kind: e.kind, message: e.message, issues: e.issues } },
      };
    }
    if (isDomainError(e)) {
      return {
        isError: true,
        content: [{ type: "text", text: e.message }],
        // a conflict says which version is current, so a model can re-read and retry deliberately
        structuredContent: { error: { kind: e.kind, message: e.message, ...(e instanceof Conflict ? { details: e.details } : {}) } },
      };
    }
    const message = unexpectedMessage(logUnexpected(e, where));
    return { isError: true, content: [{ type: "text", text: message }], structuredContent: { error: { kind: "unexpected", message } } };
  }
}
