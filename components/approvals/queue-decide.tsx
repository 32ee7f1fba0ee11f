"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { MessageSquarePlus } from "lucide-react";
import { decideApprovalAction } from "@/app/(app)/approvals/actions";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { controlClass, invalidClass } from "@/components/ui/field";
import type { ApprovalDecisionKind } from "@/db/schema/values";
import { decideApprovalInput } from "@/lib/approvals/schemas";
import type { DecisionOutcome } from "@/lib/approvals/types";

type DecisionError = { message: string; stale: boolean };

const confirmLabels: Record<ApprovalDecisionKind, string> = { approve: "Approve", request_changes: "Request changes", reject: "Reject" };
const commentLabels: Record<ApprovalDecisionKind, string> = {
  approve: "Comment (optional)",
  request_changes: "What needs to change? (required)",
  reject: "Why reject it? (required)",
};

/**
 * One request's decision: which comment box is open, what was typed, and the refusal to show in place.
 * A comment the schema would refuse (empty on reject / request changes) is caught before the round trip.
 */
export function useDecision(requestId: string, onDecided: (outcome: DecisionOutcome) => void) {
  const router = useRouter();
  const [mode, setMode] = useState<ApprovalDecisionKind | null>(null);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<DecisionError | null>(null);
  const [pending, start] = useTransition();
  const trigger = useRef<HTMLElement | null>(null);

  function open(next: ApprovalDecisionKind) {
    if (mode === next) return close();
    trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setMode(next);
    setError(null);
  }

  function close() {
    setMode(null);
    setError(null);
    trigger.current?.focus();
  }

  function submit(decision: ApprovalDecisionKind, text: string) {
    const parsed = decideApprovalInput.safeParse({ requestId, decision, comment: text });
    if (!parsed.success) {
      const issue = parsed.error.issues.find((i) => i.path[0] === "comment") ?? parsed.error.issues[0];
      setError({ message: issue?.message ?? "Check the comment", stale: false });
      return;
    }
    setError(null);
    start(async () => {
      const result = await decideApprovalAction({ requestId, decision, comment: text });
      if (!result.ok) {
        setError({ message: result.fieldErrors?.comment?.[0] ?? result.error, stale: result.kind === "conflict" });
        return;
      }
      setMode(null);
      setComment("");
      onDecided(result.data);
      router.refresh();
    });
  }

  return { mode, open, close, comment, setComment, error, clearError: () => setError(null), pending, submit, refresh: () => router.refresh() };
}

export type Decision = ReturnType<typeof useDecision>;

/** Approve at once, or open a comment box to approve with a comment, request changes or reject. */
export function QueueDecideButtons({ decision, name }: { decision: Decision; name: string }) {
  const { mode, open, pending, submit } = decision;
  const forRow = <span className="sr-only"> {name}</span>;
  return (
    <div className="flex flex-col items-start gap-1.5">
      <div className="inline-flex">
        <Button size="sm" className="rounded-r-none" disabled={pending} onClick={() => submit("approve", "")}>
          {pending && mode === null ? "Approving…" : "Approve"}{forRow}
        </Button>
        <Button size="sm" className="rounded-l-none border-l border-brand-700 px-2" disabled={pending} aria-expanded={mode === "approve"}
          title="Approve with a comment" onClick={() => open("approve")}>
          <MessageSquarePlus className="size-4" aria-hidden /><span className="sr-only">Approve with a comment: {name}</span>
        </Button>
      </div>
      <div className="flex gap-1.5">
        <Button size="sm" variant="secondary" disabled={pending} aria-expanded={mode === "request_changes"} onClick={() => open("request_changes")}>
          Request changes{forRow}
        </Button>
        <Button size="sm" variant="secondary" className="text-red-700" disabled={pending} aria-expanded={mode === "reject"} onClick={() => open("reject")}>
          Reject{forRow}
        </Button>
      </div>
    </div>
  );
}

/** The comment box of the chosen decision, or a refusal of a one-click approval; errors stay here, next to the row. */
export function QueueDecidePanel({ decision, id, name }: { decision: Decision; id: string; name: string }) {
  const { mode, close, comment, setComment, error, clearError, pending, submit, refresh } = decision;
  const box = useRef<HTMLTextAreaElement>(null);
  // opening a box, or a refusal of what was typed, puts the cursor back in the comment
  useEffect(() => { if (mode) box.current?.focus(); }, [mode, error]);
  const errorId = `${id}-error`;
  const errorText = error ? (
    <div id={errorId} role="alert" className="mt-1.5 flex flex-wrap items-center gap-x-3 text-sm text-red-700">
      <span>{error.message}</span>
      {error.stale ? <button type="button" onClick={refresh} className="font-medium underline">Refresh the queue</button> : null}
    </div>
  ) : null;

  if (!mode) {
    return error ? (
      <div className="flex items-start gap-3">
        {errorText}
        <button type="button" onClick={clearError} className="mt-1.5 text-xs font-medium text-slate-600 underline">Dismiss</button>
      </div>
    ) : null;
  }
  return (
    <form className="max-w-2xl" aria-label={`${confirmLabels[mode]}: ${name}`}
      onSubmit={(e) => { e.preventDefault(); submit(mode, comment); }}>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-700">{commentLabels[mode]}</label>
      <textarea ref={box} id={id} rows={2} value={comment} maxLength={5000} readOnly={pending}
        className={cn(controlClass, error && invalidClass)} aria-invalid={Boolean(error) || undefined} aria-describedby={error ? errorId : `${id}-hint`}
        onChange={(e) => setComment(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") { e.preventDefault(); close(); }
          if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) { e.preventDefault(); submit(mode, comment); }
        }} />
      {errorText ?? <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">Ctrl+Enter sends, Escape cancels.</p>}
      <div className="mt-2 flex gap-2">
        <Button type="submit" size="sm" variant={mode === "reject" ? "danger" : "primary"} disabled={pending}>
          {pending ? "Saving…" : confirmLabels[mode]}
        </Button>
        <Button size="sm" variant="ghost" onClick={close} disabled={pending}>Cancel</Button>
      </div>
    </form>
  );
}
