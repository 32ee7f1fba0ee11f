import { Skeleton } from "@/components/ui/skeleton";

/** The board's shape while it loads: filter bar, then five columns of placeholder cards. */
export function BoardSkeleton({ withHeader = false }: { withHeader?: boolean }) {
  return (
    <div aria-busy="true" aria-label="Loading the board">
      {withHeader ? (
        <>
          <Skeleton className="mb-2 h-7 w-56" />
          <Skeleton className="mb-6 h-4 w-80" />
        </>
      ) : null}
      <Skeleton className="mb-4 h-16 w-full" />
      <div className="flex gap-3 overflow-hidden">
        {[4, 3, 1, 2, 3].map((n, i) => (
          <div key={i} className="w-72 shrink-0 space-y-2 rounded-lg bg-slate-100 p-3">
            <Skeleton className="mb-3 h-4 w-24" />
            {Array.from({ length: n }, (_, j) => <Skeleton key={j} className="h-20 w-full bg-slate-200/80" />)}
          </div>
        ))}
      </div>
    </div>
  );
}
