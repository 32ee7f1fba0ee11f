"use client";

import Link from "next/link";
import { BellRing, Siren } from "lucide-react";
import { PriorityBadge } from "@/components/campaigns/status-badge";
import { Badge, type Tone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { ApprovalDecisionKind, ApprovalRequestStatus } from "@/db/schema/values";
import { requestStatusLabels, stageLabels } from "@/lib/approvals/labels";
import type { DecisionOutcome, QueueItem, QueueTab } from "@/lib/approvals/types";
import { channelLabels, typeLabels } from "@/lib/campaigns/labels";
import { formatDateTime, formatDay, formatMoney } from "@/lib/core/format";
import { SlaCountdown } from "./sla-countdown";
import { QueueDecideButtons, QueueDecidePanel, useDecision } from "./queue-decide";

const decisionBadges: Record<ApprovalDecisionKind, [string, Tone]> = {
  approve: ["Approved", "green"], request_changes: ["Changes requested", "amber"], reject: ["Rejected", "red"],
};
const requestStatusTones: Record<ApprovalRequestStatus, Tone> = {
  waiting: "slate", open: "blue", approved: "green", changes_requested: "amber", rejected: "red", cancelled: "slate",
};
const readinessTone = (score: number): Tone => (score >= 80 ? "green" : score >= 50 ? "amber" : "red");

/** A timestamp written in the viewer's time zone; the server's rendering may differ and is replaced. */
function When({ at, prefix = "" }: { at: string; prefix?: string }) {
  return <time dateTime={at} suppressHydrationWarning>{prefix}{formatDateTime(at)}</time>;
}

function CampaignCell({ item, first }: { item: QueueItem; first: boolean }) {
  const c = item.campaign;
  const shown = c.channels.slice(0, 3).map((ch) => channelLabels[ch]);
  return (
    <td className={cn("min-w-44 px-2 py-3", first && "pl-4")}>
      <Link href={`/campaigns/${c.id}/approvals`} className="font-medium text-slate-900 hover:text-brand-700">{c.name}</Link>
      <p className="mt-0.5 text-xs text-slate-600">{c.ownerName ? <>Owner {c.ownerName}</> : <span className="text-slate-400">No owner</span>}</p>
      <p className="mt-0.5 text-xs text-slate-500" title={c.channels.map((ch) => channelLabels[ch]).join(", ")}>
        {typeLabels[c.type]} · {shown.length ? <>{shown.join(", ")}{c.channels.length > shown.length ? ` +${c.channels.length - shown.length}` : ""}</> : "No channels"}
      </p>
    </td>
  );
}

function StageCell({ item, showStatus }: { item: QueueItem; showStatus: boolean }) {
  return (
    <td className="w-24 px-2 py-3">
      <p className="font-medium text-slate-800">{stageLabels[item.stage]}</p>
      {item.quorum > 1 ? <p className="text-xs text-slate-500">{item.approvals} of {item.quorum} approvals</p> : null}
      {item.round > 1 ? <p className="text-xs text-slate-500">Round {item.round}</p> : null}
      {showStatus ? <div className="mt-1"><Badge tone={requestStatusTones[item.status]}>{requestStatusLabels[item.status]}</Badge></div> : null}
    </td>
  );
}

function SlaCell({ item }: { item: QueueItem }) {
  return (
    <td className="px-2 py-3 whitespace-nowrap">
      <SlaCountdown deadline={item.deadline} />
      {item.remindedAt || item.escalatedAt ? (
        <div className="mt-1 flex flex-wrap gap-1">
          {item.remindedAt ? (
            <span title={`Reminder sent ${formatDateTime(item.remindedAt)}`} suppressHydrationWarning>
              <Badge tone="amber"><BellRing className="mr-1 size-3" aria-hidden />Reminded<span className="sr-only">, <When at={item.remindedAt} /></span></Badge>
            </span>
          ) : null}
          {item.escalatedAt ? (
            <span title={`Escalated ${formatDateTime(item.escalatedAt)}`} suppressHydrationWarning>
              <Badge tone="red"><Siren className="mr-1 size-3" aria-hidden />Escalated<span className="sr-only">, <When at={item.escalatedAt} /></span></Badge>
            </span>
          ) : null}
        </div>
      ) : null}
    </td>
  );
}

function MyDecisionCell({ item }: { item: QueueItem }) {
  const mine = item.myDecision;
  if (!mine) return <td className="px-2 py-3 text-slate-400">—</td>;
  const [label, tone] = decisionBadges[mine.decision];
  return (
    <td className="min-w-56 px-2 py-3">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={tone}>{label}</Badge>
        <span className="text-xs text-slate-500"><When at={mine.at} /></span>
      </div>
      {mine.comment
        ? <p className="mt-1 line-clamp-3 text-sm text-slate-700" title={mine.comment}>“{mine.comment}”</p>
        : <p className="mt-1 text-xs text-slate-400">No comment</p>}
    </td>
  );
}

/**
 * One request in the queue. Open tabs: a checkbox for bulk approval and the three decisions in place;
 * the comment box opens in a row of its own below. A request the viewer may not decide says why.
 */
export function QueueRow({ item, tab, columns, selected, onSelect, onDecided }: {
  item: QueueItem; tab: QueueTab; columns: number; selected: boolean; onSelect: (on: boolean) => void;
  onDecided: (outcome: DecisionOutcome) => void;
}) {
  const decision = useDecision(item.requestId, onDecided);
  const decided = tab === "decided";
  const name = `${item.campaign.name}, ${stageLabels[item.stage]} stage`;
  const reasonId = `queue-${item.requestId}-reason`;
  const panelOpen = Boolean(decision.mode || decision.error);
  const reason = item.cannotDecideReason ?? "You cannot decide this request.";

  return (
    <>
      <tr className={cn("align-top hover:bg-slate-50", (selected || panelOpen) && "bg-brand-50/40", panelOpen && "hover:bg-brand-50/40")}
        aria-busy={decision.pending || undefined}>
        {decided ? null : (
          <td className="w-10 py-3 pr-1 pl-4">
            {item.canDecide ? (
              <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} aria-label={`Select ${name}`}
                className="mt-1 size-4 rounded border-slate-300 text-brand-600" />
            ) : (
              <input type="checkbox" disabled checked={false} aria-label={`Select ${name}`} aria-describedby={reasonId} title={reason}
                className="mt-1 size-4 cursor-not-allowed rounded border-slate-300 opacity-50" />
            )}
          </td>
        )}
        <CampaignCell item={item} first={decided} />
        <td className="px-2 py-3">
          <div className="flex flex-col items-start gap-1">
            <PriorityBadge priority={item.campaign.priority} />
            <span title={`Readiness score ${item.campaign.readiness} of 100`}><Badge tone={readinessTone(item.campaign.readiness)}>Readiness {item.campaign.readiness}</Badge></span>
          </div>
        </td>
        <td className="px-2 py-3 whitespace-nowrap">
          <p className="text-slate-700 tabular-nums">
            {item.campaign.budgetCents === null ? <span className="text-slate-400">No budget</span> : formatMoney(item.campaign.budgetCents, item.campaign.currency)}
          </p>
          <p className="text-xs text-slate-500">Launch {formatDay(item.campaign.launchDate)}</p>
        </td>
        <StageCell item={item} showStatus={decided} />
        {decided ? <MyDecisionCell item={item} /> : (
          <>
            <SlaCell item={item} />
            <td className="w-56 min-w-56 px-2 py-3 pr-4">
              {item.canDecide ? <QueueDecideButtons decision={decision} name={name} /> : (
                <p id={reasonId} className="max-w-64 text-xs text-slate-500"><span className="sr-only">You cannot decide this request: </span>{reason}</p>
              )}
            </td>
          </>
        )}
      </tr>
      {panelOpen ? (
        <tr className="bg-brand-50/40">
          <td colSpan={columns} className="px-4 pt-0 pb-3 pl-14">
            <QueueDecidePanel decision={decision} id={`queue-${item.requestId}-comment`} name={name} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
