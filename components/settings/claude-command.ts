/** The Claude Code command that registers this app's MCP server with a token. */
export function claudeCommand(origin: string, token = "<token>") {
  return `claude mcp add --transport http campaign-manager ${origin}/api/mcp --header "Authorization: Bearer ${token}"`;
}
