import { formatAgo, formatDateTime } from "@/lib/core/format";

type Item = { id: string; at: string; summary: string; via: string; actor: string };

const viaLabels: Record<string, string> = { web: "web", mcp: "Claude (MCP)", api: "API", slack: "Slack", system: "system" };

export function ActivityFeed({ items }: { items: Item[] }) {
  if (items.length === 0) return <p className="text-sm text-slate-500">No activity yet.</p>;
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5" aria-label="Activity">
      {items.map((i) => (
        <li key={i.id} className="relative">
          <span className="absolute top-1.5 -left-[1.56rem] size-2 rounded-full bg-slate-300 ring-4 ring-white" aria-hidden />
          <p className="text-sm text-slate-800"><span className="font-medium">{i.actor}</span> · {i.summary}</p>
          <p className="text-xs text-slate-500">
            <time dateTime={i.at} title={formatDateTime(i.at)}>{formatAgo(i.at)}</time> · via {viaLabels[i.via] ?? i.via}
          </p>
        </li>
      ))}
    </ol>
  );
}
