import { Card } from "@/components/ui/card";
import { claudeCommand } from "./claude-command";
import { CodeSnippet } from "./code-snippet";

const code = "rounded bg-slate-100 px-1 py-0.5 font-mono text-xs text-slate-800";

/** How to connect Claude (or any MCP client) with a personal token. */
export function McpGuide({ origin }: { origin: string }) {
  return (
    <Card title="Connect Claude">
      <div className="space-y-4 text-sm text-slate-700">
        <p>
          Campaign Manager has an MCP server, so Claude can look up and work on campaigns for you. Point your MCP client at{" "}
          <code className={code}>{origin}/api/mcp</code> and send a token as{" "}
          <code className={code}>Authorization: Bearer &lt;token&gt;</code>.
        </p>
        <p>
          A token acts as you, with your role: it can never do more than you can. Use a read-only token unless Claude should make
          changes, give each tool its own token, and revoke a token as soon as you stop using it.
        </p>
        <CodeSnippet label="Claude Code" code={claudeCommand(origin)} what="Claude Code command" />
        <p className="text-xs text-slate-500">Replace <code className={code}>&lt;token&gt;</code> with your token, or copy the ready-made command shown when you create one.</p>
      </div>
    </Card>
  );
}
