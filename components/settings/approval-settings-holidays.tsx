import Link from "next/link";

const when = (date: string) => new Date(`${date}T00:00:00Z`).toLocaleDateString("en-US", { weekday: "short", year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

/** The organisation's holidays, which deadlines skip; they are added on the Team page. */
export function ApprovalHolidays({ holidays }: { holidays: { date: string; name: string }[] }) {
  return (
    <div className="space-y-3">
      {holidays.length ? (
        <ul className="divide-y divide-slate-100 text-sm">
          {holidays.map((h) => (
            <li key={h.date} className="flex justify-between gap-4 py-1.5">
              <span className="text-slate-900">{h.name}</span>
              <time dateTime={h.date} className="text-slate-600 tabular-nums">{when(h.date)}</time>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">No organisation holidays yet.</p>
      )}
      <p className="text-xs text-slate-500">
        Deadlines do not count these days. Managers add organisation holidays on the <Link href="/team" className="font-medium text-brand-700 underline">Team page</Link>.
      </p>
    </div>
  );
}
