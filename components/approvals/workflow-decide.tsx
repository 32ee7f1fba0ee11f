"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { controlClass, invalidClass } from "@/components/ui/field";
import type { ApprovalDecisionKind, ApproverStage } from "@/db/schema/values";
import { stageLabels } from "@/lib/approvals/labels";
import { useDecision } from "./queue-decide";
import { useWorkflowNotice } from "./workflow-notice";

const pendingLabels: Record<ApprovalDecisionKind, string> = { approve: "Approving…", request_changes: "Sending back…", reject: "Rejecting…" };

/**
 * The open stage's decision for someone who may decide it: one comment box and three buttons.
 * Approving needs no comment; requesting changes and rejecting do, and say so in place.
 */
export function WorkflowDecidePanel({ requestId, stage }: { requestId: string; stage: ApproverStage }) {
  const { show } = useWorkflowNotice();
  const decision = useDecision(requestId, (outcome) => show(outcome.message));
  const { comment, setComment, error, pending, submit, refresh } = decision;
  const [chosen, setChosen] = useState<ApprovalDecisionKind | null>(null);
  const id = `decide-${requestId}`;

  function decide(kind: ApprovalDecisionKind) {
    setChosen(kind);
    submit(kind, comment);
  }

  return (
    <form
      className="rounded-md bg-slate-50 p-4 ring-1 ring-slate-200 ring-inset"
      aria-label={`Decide the ${stageLabels[stage]} stage`}
      onSubmit={(e) => { e.preventDefault(); decide("approve"); }}
    >
      <h4 className="mb-2 text-sm font-semibold text-slate-900">Your decision</h4>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-700">
        Comment <span className="font-normal text-slate-500">(optional to approve; required to request changes or reject)</span>
      </label>
      <textarea
        id={id} rows={3} value={comment} maxLength={5000} readOnly={pending}
        className={cn(controlClass, error && invalidClass)}
        aria-invalid={Boolean(error) || undefined} aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setComment(e.target.value)}
      />
      {error ? (
        <div id={`${id}-error`} role="alert" className="mt-1.5 flex flex-wrap items-center gap-x-3 text-sm text-red-700">
          <span>{error.message}</span>
          {error.stale ? <button type="button" onClick={refresh} className="font-medium underline">Refresh the workflow</button> : null}
        </div>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={pending}>{pending && chosen === "approve" ? pendingLabels.approve : "Approve"}</Button>
        <Button size="sm" variant="secondary" disabled={pending} onClick={() => decide("request_changes")}>
          {pending && chosen === "request_changes" ? pendingLabels.request_changes : "Request changes"}
        </Button>
        <Button size="sm" variant="secondary" className="text-red-700" disabled={pending} onClick={() => decide("reject")}>
          {pending && chosen === "reject" ? pendingLabels.reject : "Reject"}
        </Button>
      </div>
    </form>
  );
}
