import type { Metadata } from "next";
import { KeyRound } from "lucide-react";
import { McpGuide } from "@/components/settings/mcp-guide";
import { TokenCreateForm } from "@/components/settings/token-create-form";
import { TokenTable } from "@/components/settings/token-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listApiTokens } from "@/lib/api-tokens/service";
import { webContext } from "@/lib/auth/session";
import { requestOrigin } from "../request-origin";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const ctx = await webContext();
  const [tokens, origin] = await Promise.all([listApiTokens(ctx), requestOrigin()]);

  return (
    <>
      <PageHeader
        title="API tokens"
        description="Personal tokens let Claude and other tools use Campaign Manager as you, without your password."
      />
      <TokenCreateForm origin={origin} guide={<McpGuide origin={origin} />} />
      <section aria-labelledby="tokens-heading" className="mt-8">
        <h2 id="tokens-heading" className="mb-3 text-sm font-semibold text-slate-900">Your tokens</h2>
        {tokens.length > 0 ? (
          <TokenTable tokens={tokens} />
        ) : (
          <EmptyState icon={<KeyRound className="size-8" />} title="No tokens yet">
            Create a token above to connect Claude. Each token is shown once, so copy it when you create it.
          </EmptyState>
        )}
      </section>
    </>
  );
}
