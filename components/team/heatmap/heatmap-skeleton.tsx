import { Skeleton } from "@/components/ui/skeleton";

export function HeatmapSkeleton({ rows = 8, weeks = 16 }: { rows?: number; weeks?: number }) {
  return (
    <div aria-busy="true" aria-label="Loading utilisation" className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200">
      <div className="mb-3 flex gap-1 pl-44">
        {Array.from({ length: weeks }, (_, i) => <Skeleton key={i} className="h-4 min-w-11 flex-1" />)}
      </div>
      {Array.from({ length: rows }, (_, r) => (
        <div key={r} className="mb-1 flex items-center gap-1">
          <div className="w-44 shrink-0 space-y-1 pr-4">
            <Skeleton className="h-3.5 w-32" />
            <Skeleton className="h-3 w-20" />
          </div>
          {Array.from({ length: weeks }, (_, i) => <Skeleton key={i} className="h-9 min-w-11 flex-1" />)}
        </div>
      ))}
    </div>
  );
}
