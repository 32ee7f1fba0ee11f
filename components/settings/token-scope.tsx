import { Badge } from "@/components/ui/badge";
import type { TokenScope } from "@/db/schema/values";

export const scopeLabels: Record<TokenScope, string> = { read: "Read-only", read_write: "Read-write" };

export const scopeDescriptions: Record<TokenScope, string> = {
  read: "Can look up campaigns and their details, never change anything.",
  read_write: "Can also make the changes you can make in the browser, as you.",
};

export function ScopeBadge({ scope }: { scope: TokenScope }) {
  return <Badge tone={scope === "read" ? "blue" : "violet"}>{scopeLabels[scope]}</Badge>;
}
