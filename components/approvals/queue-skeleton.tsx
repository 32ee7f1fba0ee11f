import { Skeleton } from "@/components/ui/skeleton";

/** Header, tabs and rows while the approval queue loads. */
export function QueueSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading approvals">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div><Skeleton className="mb-2 h-7 w-40" /><Skeleton className="h-4 w-80" /></div>
        <Skeleton className="h-10 w-96" />
      </div>
      <div className="overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <Skeleton className="h-10 w-full rounded-none bg-slate-100" />
        <div className="divide-y divide-slate-100">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="flex items-start gap-4 px-4 py-4">
              <Skeleton className="size-4" />
              <div className="flex-1 space-y-2"><Skeleton className="h-4 w-56" /><Skeleton className="h-3 w-40" /><Skeleton className="h-4 w-32" /></div>
              <Skeleton className="h-5 w-16" />
              <div className="w-24 space-y-2"><Skeleton className="h-4 w-20" /><Skeleton className="h-3 w-24" /></div>
              <div className="w-24 space-y-2"><Skeleton className="h-4 w-20" /><Skeleton className="h-3 w-24" /></div>
              <Skeleton className="h-4 w-28" />
              <Skeleton className="h-8 w-56" />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
