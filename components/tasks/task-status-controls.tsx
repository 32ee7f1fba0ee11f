"use client";

import { useState, useTransition } from "react";
import { setTaskStatusAction } from "@/app/(app)/tasks/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { NextStatus } from "@/lib/tasks/detail";

/** The legal next statuses as buttons; a move the rules refuse now is disabled with the reason beside it. */
export function TaskStatusControls({ taskId, version, options }: { taskId: string; version: number; options: NextStatus[] }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const refused = options.filter((o) => !o.allowed);

  function move(status: NextStatus["status"]) {
    setError(null);
    start(async () => {
      const result = await setTaskStatusAction({ id: taskId, status, version });
      if (!result.ok) setError(result.error);
    });
  }

  return (
    <div>
      <div className="flex flex-wrap gap-2" role="group" aria-label="Change status">
        {options.map((o) => (
          <Button key={o.status} size="sm" variant={o.status === "done" ? "primary" : "secondary"} disabled={pending || !o.allowed}
            onClick={() => move(o.status)} aria-describedby={o.allowed ? undefined : `refused-${o.status}`}>
            Move to {o.label}
          </Button>
        ))}
      </div>
      {refused.map((o) => (
        <p key={o.status} id={`refused-${o.status}`} className="mt-2 text-sm text-amber-800">
          <span className="font-medium">{o.label}:</span> {o.reason}
        </p>
      ))}
      {error ? <Alert className="mt-3">{error}</Alert> : null}
    </div>
  );
}
