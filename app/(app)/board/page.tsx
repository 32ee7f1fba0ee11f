import type { Metadata } from "next";
import { KanbanSquare, SearchX } from "lucide-react";
import { BoardFilters } from "@/components/tasks/board/board-filters";
import { TaskBoard } from "@/components/tasks/board/task-board";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { webContext } from "@/lib/auth/session";
import { listOwnerOptions } from "@/lib/members/service";
import { listBoardCampaigns } from "@/lib/tasks/board";
import { boardFilterCount, type SearchParams } from "@/lib/tasks/board-params";
import { boardFiltersFrom, filterValues, loadBoard } from "./load";

export const metadata: Metadata = { title: "Board" };

/** Every task of the campaigns in flight, by status, across campaigns. */
export default async function BoardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await webContext();
  const sp = await searchParams;
  const [{ query, board, notice }, members, campaigns] = await Promise.all([
    loadBoard(ctx, boardFiltersFrom(sp, true), {}),
    listOwnerOptions(ctx),
    listBoardCampaigns(ctx),
  ]);
  const filtered = boardFilterCount(sp) > 0;
  return (
    <>
      <PageHeader title="Board" description="Tasks of every campaign in flight, by status. Drag a card, or use Space and the arrow keys, to move it." />
      <BoardFilters basePath="/board" values={filterValues(sp)} members={members} campaigns={campaigns} hasFilters={filtered} />
      {notice ? <Alert tone="warning" className="mb-4">{notice}</Alert> : null}
      <TaskBoard
        key={JSON.stringify(query)}
        initial={board}
        query={query}
        showCampaign
        empty={filtered ? (
          <EmptyState icon={<SearchX className="size-8" />} title="No tasks match these filters" action={<ButtonLink href="/board" variant="secondary">Clear filters</ButtonLink>}>
            Try another assignee, priority or due date, or all campaigns.
          </EmptyState>
        ) : (
          <EmptyState icon={<KanbanSquare className="size-8" />} title="No tasks on the board yet" action={<ButtonLink href="/campaigns" variant="secondary">Go to campaigns</ButtonLink>}>
            Tasks appear here once a campaign has them: create a campaign with a launch date to generate its timeline and tasks.
          </EmptyState>
        )}
      />
    </>
  );
}
