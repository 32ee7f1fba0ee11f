"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Trash2 } from "lucide-react";
import { deleteTaskAction } from "@/app/(app)/tasks/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

/** Delete with a confirmation that says what goes with the task; back to the campaign's tasks after. */
export function DeleteTaskButton({ task, links }: { task: { id: string; title: string; version: number; campaignId: string }; links: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function confirm() {
    start(async () => {
      const result = await deleteTaskAction({ id: task.id, version: task.version });
      if (!result.ok) return setError(result.error);
      setOpen(false);
      router.push(`/campaigns/${task.campaignId}/tasks`);
    });
  }

  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => { setError(null); setOpen(true); }}>
        <Trash2 className="size-4" aria-hidden /> Delete
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={`Delete "${task.title}"?`}
        description={`The task is removed for good${links ? `, with its ${links} ${links === 1 ? "dependency" : "dependencies"}` : ""}. To stop the work but keep it, cancel the task instead.`}>
        {error ? <Alert className="mb-4">{error}</Alert> : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>Keep it</Button>
          <Button variant="danger" onClick={confirm} disabled={pending}>{pending ? "Deleting…" : "Delete task"}</Button>
        </div>
      </Dialog>
    </>
  );
}
