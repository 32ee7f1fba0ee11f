import { stamp } from "@/lib/approvals/labels";

/** A workflow moment, the same on the server and in the browser: "2026-11-25 14:05 UTC". */
export function WorkflowTime({ at, className }: { at: string; className?: string }) {
  return <time dateTime={at} className={className}>{stamp(new Date(at))}</time>;
}
