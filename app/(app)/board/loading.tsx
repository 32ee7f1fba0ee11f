import { BoardSkeleton } from "@/components/tasks/board/board-skeleton";

export default function Loading() {
  return <BoardSkeleton withHeader />;
}
