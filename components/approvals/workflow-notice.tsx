"use client";

import { createContext, useContext, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";

type Notice = { tone: "success" | "warning"; message: string; seq: number };
type NoticeContext = { notice: Notice | null; show: (message: string, tone?: Notice["tone"]) => void; clear: () => void };

const Ctx = createContext<NoticeContext | null>(null);

/**
 * Holds the outcome of the last submit or decision for the whole Approvals tab: the button that
 * caused it usually disappears when the page refreshes (the stage is no longer open), the notice stays.
 */
export function WorkflowNoticeProvider({ children }: { children: React.ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const show = (message: string, tone: Notice["tone"] = "success") => setNotice((n) => ({ tone, message, seq: (n?.seq ?? 0) + 1 }));
  return <Ctx.Provider value={{ notice, show, clear: () => setNotice(null) }}>{children}</Ctx.Provider>;
}

export function useWorkflowNotice() {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error("useWorkflowNotice needs a WorkflowNoticeProvider");
  return ctx;
}

/** The last outcome, focused when it appears so a screen reader (and the eye) finds it. */
export function WorkflowNotice() {
  const { notice, clear } = useWorkflowNotice();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  if (!notice) return null;
  return (
    <div ref={ref} tabIndex={-1} className="outline-none">
      <Alert tone={notice.tone}>
        <div className="flex items-start justify-between gap-4">
          <span>{notice.message}</span>
          <button type="button" onClick={clear} className="shrink-0 text-xs font-medium underline">Dismiss</button>
        </div>
      </Alert>
    </div>
  );
}
