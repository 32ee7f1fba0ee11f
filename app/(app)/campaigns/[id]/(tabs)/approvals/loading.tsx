import { WorkflowSkeleton } from "@/components/approvals/workflow-skeleton";

export default function Loading() {
  return <WorkflowSkeleton />;
}
