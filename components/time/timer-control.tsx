"use client";

import { useEffect, useState, useTransition } from "react";
import { Play, Square } from "lucide-react";
import { startTimerAction, stopTimerAction } from "@/app/(app)/tasks/[id]/time-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatElapsed } from "@/lib/time/rules";

function useElapsed(startedAt: string | null) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!startedAt) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [startedAt]);
  return startedAt ? (now - Date.parse(startedAt)) / 1000 : 0;
}

/** Start/stop of the reader's timer on this task, with the elapsed time ticking while it runs. */
export function TimerControl({ taskId, running, otherRunning }: {
  taskId: string; running: { entryId: string; startedAt: string } | null; otherRunning: boolean;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const elapsed = useElapsed(running?.startedAt ?? null);

  function act() {
    setError(null);
    start(async () => {
      const result = running ? await stopTimerAction({ entryId: running.entryId }) : await startTimerAction({ taskId });
      if (!result.ok) setError(result.error);
    });
  }

  return (
    <div>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant={running ? "danger" : "secondary"} size="sm" onClick={act} disabled={pending}>
          {running ? <Square className="size-3.5" aria-hidden /> : <Play className="size-3.5" aria-hidden />}
          {running ? "Stop timer" : "Start timer"}
        </Button>
        {running ? (
          <span className="font-mono text-lg font-semibold text-slate-900 tabular-nums" role="timer" aria-label="Time on the running timer">
            {formatElapsed(elapsed)}
          </span>
        ) : otherRunning ? (
          <span className="text-xs text-amber-800">Your timer runs on another task: starting here stops it.</span>
        ) : null}
      </div>
      {error ? <Alert className="mt-3">{error}</Alert> : null}
    </div>
  );
}
