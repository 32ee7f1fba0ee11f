"use client";

import { useSyncExternalStore } from "react";
import { cn } from "@/components/ui/cn";

function span(ms: number) {
  const minutes = Math.max(Math.round(Math.abs(ms) / 60_000), 1);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${m} min`;
  return `${m} min`;
}

// one shared 30-second clock for every countdown on the page
function subscribe(onTick: () => void) {
  const t = setInterval(onTick, 30_000);
  return () => clearInterval(t);
}
const currentHalfMinute = () => Math.floor(Date.now() / 30_000) * 30_000;

/**
 * Time left until an approval deadline, ticking every 30 seconds: "due in 3 h 20 min", or
 * "overdue by 2 h" in red. The exact deadline is in the tooltip and the accessible label.
 */
export function SlaCountdown({ deadline, className }: { deadline: string | null; className?: string }) {
  const now = useSyncExternalStore(subscribe, currentHalfMinute, () => null);
  if (!deadline) return <span className={cn("text-slate-400", className)}>No deadline</span>;
  const at = new Date(deadline);
  const exact = at.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });
  // the first render (server and hydration) shows the exact deadline; the countdown follows
  if (now === null) return <time dateTime={deadline} className={cn("text-slate-600", className)}>due {exact}</time>;
  const left = at.getTime() - now;
  const overdue = left < 0;
  const soon = !overdue && left < 4 * 3_600_000;
  return (
    <time
      dateTime={deadline}
      title={`Deadline ${exact}`}
      aria-label={overdue ? `Overdue by ${span(left)}, deadline ${exact}` : `Due in ${span(left)}, deadline ${exact}`}
      className={cn("font-medium tabular-nums", overdue ? "text-red-700" : soon ? "text-amber-700" : "text-slate-700", className)}
    >
      {overdue ? `Overdue by ${span(left)}` : `Due in ${span(left)}`}
    </time>
  );
}
