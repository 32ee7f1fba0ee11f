import { QueueSkeleton } from "@/components/approvals/queue-skeleton";

export default function Loading() {
  return <QueueSkeleton />;
}
