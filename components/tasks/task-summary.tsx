import Link from "next/link";
import { cn } from "@/components/ui/cn";

type Stat = { label: string; value: number; tone?: "red" | "green" | "slate"; href?: string };

/** A strip of counts (open, overdue, done); a count can link to the list it counts. */
export function TaskSummary({ stats, label }: { stats: Stat[]; label: string }) {
  return (
    <ul aria-label={label} className="mb-4 grid grid-cols-3 gap-3 sm:max-w-xl">
      {stats.map((s) => {
        const body = (
          <>
            <span className="block text-xs font-medium text-slate-500">{s.label}</span>
            <span className={cn("mt-0.5 block text-2xl font-semibold tabular-nums", s.tone === "red" && s.value > 0 ? "text-red-700" : s.tone === "green" ? "text-green-700" : "text-slate-900")}>
              {s.value}
            </span>
          </>
        );
        return (
          <li key={s.label} className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
            {s.href ? <Link href={s.href} className="block px-4 py-3 hover:bg-slate-50">{body}</Link> : <div className="px-4 py-3">{body}</div>}
          </li>
        );
      })}
    </ul>
  );
}
