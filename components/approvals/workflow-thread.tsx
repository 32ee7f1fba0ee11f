import { MessagesSquare } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { decisionLabels, stageLabels } from "@/lib/approvals/labels";
import type { ThreadItem } from "@/lib/approvals/types";
import { decisionTones } from "./workflow-decisions";
import { WorkflowTime } from "./workflow-time";

const highlight: Record<ThreadItem["kind"], string> = {
  comment: "bg-white ring-slate-200",
  approve: "bg-white ring-slate-200",
  request_changes: "bg-amber-50 ring-amber-200",
  reject: "bg-red-50 ring-red-200",
};

/** The workflow's conversation, oldest first; a decision's comment carries its decision and stage. */
export function WorkflowThread({ items }: { items: ThreadItem[] }) {
  if (items.length === 0) {
    return (
      <div className="flex items-center gap-2 rounded-md border border-dashed border-slate-300 px-4 py-6 text-sm text-slate-500">
        <MessagesSquare className="size-4" aria-hidden /> No comments yet.
      </div>
    );
  }
  return (
    <ol className="space-y-3" aria-label="Comments">
      {items.map((c) => (
        <li key={c.id} className={cn("rounded-md px-4 py-3 text-sm ring-1 ring-inset", highlight[c.kind])}>
          <div className="mb-1 flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-900">{c.author?.name ?? "System"}</span>
            {c.kind !== "comment" ? (
              <Badge tone={decisionTones[c.kind]}>{decisionLabels[c.kind]}{c.stage ? ` · ${stageLabels[c.stage]}` : ""}</Badge>
            ) : c.stage ? <Badge>{stageLabels[c.stage]}</Badge> : null}
            <WorkflowTime at={c.at} className="text-xs text-slate-500" />
          </div>
          <p className="whitespace-pre-line text-slate-700">{c.body}</p>
        </li>
      ))}
    </ol>
  );
}
