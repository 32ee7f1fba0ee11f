import { HeatmapSkeleton } from "@/components/team/heatmap/heatmap-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div>
      <Skeleton className="mb-2 h-7 w-56" />
      <Skeleton className="mb-6 h-4 w-96" />
      <HeatmapSkeleton />
    </div>
  );
}
