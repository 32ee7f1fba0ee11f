"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Archive, ArchiveRestore } from "lucide-react";
import { Button } from "@/components/ui/button";
import { archiveCampaignAction } from "@/app/(app)/campaigns/actions";

export function ArchiveButton({ campaignId, archived }: { campaignId: string; archived: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, start] = useTransition();
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        size="sm"
        disabled={busy}
        onClick={() =>
          start(async () => {
            const r = await archiveCampaignAction({ id: campaignId, archived: !archived });
            if (!r.ok) setError(r.error);
            else {
              setError(null);
              router.refresh();
            }
          })
        }
      >
        {archived ? <ArchiveRestore className="size-4" aria-hidden /> : <Archive className="size-4" aria-hidden />}
        {archived ? "Unarchive" : "Archive"}
      </Button>
      {error ? <p role="alert" className="max-w-xs text-right text-xs text-red-600">{error}</p> : null}
    </div>
  );
}
