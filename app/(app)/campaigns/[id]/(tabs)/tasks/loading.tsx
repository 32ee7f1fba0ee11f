import { TaskListSkeleton } from "@/components/tasks/task-list-skeleton";

export default function Loading() {
  return <TaskListSkeleton header={false} />;
}
