import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { ApiTokenView } from "@/lib/api-tokens/service";
import { formatAgo, formatDateTime, formatDay } from "@/lib/core/format";
import { RevokeTokenButton } from "./revoke-token-button";
import { ScopeBadge } from "./token-scope";

type Status = "active" | "expired" | "revoked";

// rendered on the server once per request, so "now" is the time of the request
function statusOf(t: ApiTokenView): Status {
  if (t.revokedAt) return "revoked";
  if (t.expiresAt && Date.parse(t.expiresAt) <= Date.now()) return "expired";
  return "active";
}

function lastUsed(iso: string) {
  return Date.now() - Date.parse(iso) < 60_000 ? "Just now" : formatAgo(iso);
}

const statusBadge: Record<Status, React.ReactNode> = {
  active: <Badge tone="green">Active</Badge>,
  expired: <Badge tone="amber">Expired</Badge>,
  revoked: <Badge tone="red">Revoked</Badge>,
};

export function TokenTable({ tokens }: { tokens: ApiTokenView[] }) {
  const th = "px-4 py-2.5 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase";
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Your API tokens</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>Name</th>
            <th scope="col" className={th}>Token</th>
            <th scope="col" className={th}>Scope</th>
            <th scope="col" className={th}>Created</th>
            <th scope="col" className={th}>Last used</th>
            <th scope="col" className={th}>Expires</th>
            <th scope="col" className={th}>Status</th>
            <th scope="col" className={th}><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((t) => {
            const status = statusOf(t);
            return (
              <tr key={t.id} className={cn(status !== "active" && "text-slate-500")}>
                <td className={cn("max-w-xs px-4 py-3 font-medium break-words", status === "active" ? "text-slate-900" : "text-slate-500")}>{t.name}</td>
                <td className="px-4 py-3 font-mono text-xs whitespace-nowrap">{t.prefix}…</td>
                <td className="px-4 py-3"><ScopeBadge scope={t.scope} /></td>
                <td className="px-4 py-3 whitespace-nowrap">{formatDay(t.createdAt)}</td>
                <td className="px-4 py-3 whitespace-nowrap">
                  {t.lastUsedAt ? <time dateTime={t.lastUsedAt} title={formatDateTime(t.lastUsedAt)}>{lastUsed(t.lastUsedAt)}</time> : <span className="text-slate-400">Never used</span>}
                </td>
                <td className="px-4 py-3 whitespace-nowrap">{t.expiresAt ? formatDay(t.expiresAt) : "Never"}</td>
                <td className="px-4 py-3">{statusBadge[status]}</td>
                <td className="px-4 py-3 text-right">{status === "revoked" ? null : <RevokeTokenButton id={t.id} name={t.name} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
