import { Skeleton } from "@/components/ui/skeleton";

/** Summary strip, filters and rows while a task list loads. */
export function TaskListSkeleton({ header = true }: { header?: boolean }) {
  return (
    <div aria-busy="true" aria-label="Loading tasks">
      {header ? <><Skeleton className="mb-2 h-7 w-48" /><Skeleton className="mb-6 h-4 w-80" /></> : null}
      <div className="mb-4 grid max-w-xl grid-cols-3 gap-3">
        {Array.from({ length: 3 }, (_, i) => <Skeleton key={i} className="h-16" />)}
      </div>
      <Skeleton className="mb-4 h-28 w-full" />
      <div className="space-y-2 rounded-lg bg-white p-4 ring-1 ring-slate-200">
        {Array.from({ length: 8 }, (_, i) => <Skeleton key={i} className="h-10 w-full" />)}
      </div>
    </div>
  );
}
