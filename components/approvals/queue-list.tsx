"use client";

import { useEffect, useRef, useState } from "react";
import type { DecisionOutcome, QueueItem, QueueTab } from "@/lib/approvals/types";
import { QueueBulkBar } from "./queue-bulk-bar";
import { QueueBulkOutcome, QueueDecisionNotices, type BulkOutcome } from "./queue-outcomes";
import { QueueRow } from "./queue-row";
import { queueTabLabels } from "./queue-tabs";

const th = "px-2 py-2.5 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase";

/**
 * A page of approval requests. Open tabs: decide each in place, or select the ones you may decide and
 * approve them together. Outcomes stay above the table (the decided rows leave it on refresh).
 */
export function QueueList({ items, tab, total }: { items: QueueItem[]; tab: QueueTab; total: number }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulk, setBulk] = useState<BulkOutcome | null>(null);
  const [notices, setNotices] = useState<{ id: string; message: string }[]>([]);
  const decided = tab === "decided";
  const selectable = decided ? [] : items.filter((i) => i.canDecide);
  // rows that left the queue on refresh drop out of the selection by themselves
  const chosen = selectable.filter((i) => selected.has(i.requestId));
  const all = selectable.length > 0 && chosen.length === selectable.length;
  const some = chosen.length > 0 && !all;
  const selectAll = useRef<HTMLInputElement>(null);
  useEffect(() => { if (selectAll.current) selectAll.current.indeterminate = some; }, [some]);
  const columns = decided ? 5 : 7;

  function toggle(id: string, on: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function decidedOne(outcome: DecisionOutcome) {
    setNotices((n) => [{ id: `${outcome.requestId}-${Date.now()}`, message: outcome.message }, ...n].slice(0, 5));
    toggle(outcome.requestId, false);
  }

  return (
    <>
      {bulk ? <QueueBulkOutcome outcome={bulk} onDismiss={() => setBulk(null)} /> : null}
      {notices.length ? <QueueDecisionNotices messages={notices} onDismiss={() => setNotices([])} /> : null}
      {chosen.length ? (
        <QueueBulkBar ids={chosen.map((i) => i.requestId)} onClear={() => setSelected(new Set())}
          onDone={(outcome, failedIds) => { setBulk(outcome); setSelected(new Set(failedIds)); }} />
      ) : null}
      <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Approval requests, {queueTabLabels[tab]}: {total} in total</caption>
          <thead className="bg-slate-50">
            <tr>
              {decided ? null : (
                <th scope="col" className="w-10 py-2.5 pr-1 pl-4">
                  <input ref={selectAll} type="checkbox" checked={all} disabled={selectable.length === 0}
                    onChange={(e) => setSelected(new Set(e.target.checked ? selectable.map((i) => i.requestId) : []))}
                    aria-label={selectable.length ? "Select every request on this page you can decide" : "No request on this page is yours to decide"}
                    className="size-4 rounded border-slate-300 text-brand-600 disabled:opacity-50" />
                </th>
              )}
              <th scope="col" className={decided ? `${th} pl-4` : th}>Campaign</th>
              <th scope="col" className={th}>Priority</th>
              <th scope="col" className={th}>Budget · Launch</th>
              <th scope="col" className={th}>Stage</th>
              {decided ? <th scope="col" className={th}>My decision</th> : (
                <>
                  <th scope="col" className={th}>SLA</th>
                  <th scope="col" className={`${th} pr-4`}>Decision</th>
                </>
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((item) => (
              <QueueRow key={`${item.requestId}-${item.myDecision?.at ?? ""}`} item={item} tab={tab} columns={columns}
                selected={selected.has(item.requestId)} onSelect={(on) => toggle(item.requestId, on)} onDecided={decidedOne} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
