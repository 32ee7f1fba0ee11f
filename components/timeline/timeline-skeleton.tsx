import { Skeleton } from "@/components/ui/skeleton";
import { NAME_WIDTH, ROW_HEIGHT } from "./geometry";

// staggered bars, so the placeholder reads as a Gantt chart
const BARS = [[4, 18], [8, 10], [14, 22], [20, 12], [28, 16], [36, 8], [40, 20], [52, 10], [58, 14], [66, 6]] as const;

/** The Timeline tab while its schedule loads. */
export function TimelineSkeleton() {
  return (
    <div role="status" aria-label="Loading the timeline" className="space-y-4">
      <div className="flex items-center justify-between">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-8 w-28" />
      </div>
      <Skeleton className="h-4 w-2/3" />
      <div className="overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <div className="flex h-[70px] border-b border-slate-200">
          <div className="shrink-0 border-r border-slate-200" style={{ width: NAME_WIDTH }} />
          <div className="flex flex-1 items-center gap-6 px-4"><Skeleton className="h-3 w-24" /><Skeleton className="h-3 w-24" /></div>
        </div>
        {BARS.map(([left, width], i) => (
          <div key={i} className="flex border-b border-slate-100" style={{ height: ROW_HEIGHT }}>
            <div className="flex shrink-0 items-center border-r border-slate-200 px-3" style={{ width: NAME_WIDTH }}>
              <Skeleton className={i % 3 === 0 ? "h-3.5 w-40" : "ml-8 h-3 w-32"} />
            </div>
            <div className="relative flex-1">
              <div className="absolute top-1/2 -translate-y-1/2" style={{ left: `${left}%`, width: `${width}%` }}><Skeleton className="h-3 w-full" /></div>
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
