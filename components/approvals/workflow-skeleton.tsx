import { Skeleton } from "@/components/ui/skeleton";

/** The stage pipeline and the comments while a campaign's approval workflow loads. */
export function WorkflowSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading the approval workflow" className="grid items-start gap-6 lg:grid-cols-5">
      <div className="space-y-3 lg:col-span-3">
        <Skeleton className="h-5 w-64" />
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="space-y-2 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <div className="flex justify-between"><Skeleton className="h-5 w-40" /><Skeleton className="h-4 w-24" /></div>
            <Skeleton className="h-3 w-72" />
            <Skeleton className="h-4 w-56" />
          </div>
        ))}
      </div>
      <div className="space-y-3 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 lg:col-span-2">
        <Skeleton className="h-4 w-24" />
        {Array.from({ length: 3 }, (_, i) => <Skeleton key={i} className="h-16 w-full" />)}
      </div>
    </div>
  );
}
