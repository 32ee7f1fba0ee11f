import type { Metadata } from "next";
import { KanbanSquare, SearchX } from "lucide-react";
import { BoardFilters } from "@/components/tasks/board/board-filters";
import { TaskBoard } from "@/components/tasks/board/task-board";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { webContext } from "@/lib/auth/session";
import { listOwnerOptions } from "@/lib/members/service";
import { boardFilterCount, type SearchParams } from "@/lib/tasks/board-params";
import { boardFiltersFrom, filterValues, loadBoard } from "@/app/(app)/board/load";
import { loadCampaign } from "../../load";

export const metadata: Metadata = { title: "Board" };

/** A campaign's tasks by status; the header and tabs come from the layout. */
export default async function CampaignBoardPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const sp = await searchParams;
  const ctx = await webContext();
  const { campaign } = await loadCampaign(id);
  const [{ query, board, notice }, members] = await Promise.all([
    loadBoard(ctx, { ...boardFiltersFrom(sp, false), campaignId: id }, { campaignId: id }),
    listOwnerOptions(ctx),
  ]);
  const base = `/campaigns/${id}/board`;
  const filtered = boardFilterCount(sp) > 0;
  return (
    <>
      <BoardFilters basePath={base} values={filterValues(sp)} members={members} hasFilters={filtered} />
      {notice ? <Alert tone="warning" className="mb-4">{notice}</Alert> : null}
      {campaign.archived ? <Alert tone="info" className="mb-4">This campaign is archived: its board is read-only.</Alert> : null}
      <TaskBoard
        key={JSON.stringify(query)}
        initial={board}
        query={query}
        showCampaign={false}
        empty={filtered ? (
          <EmptyState icon={<SearchX className="size-8" />} title="No tasks match these filters" action={<ButtonLink href={base} variant="secondary">Clear filters</ButtonLink>}>
            Try another assignee, priority or due date.
          </EmptyState>
        ) : (
          <EmptyState icon={<KanbanSquare className="size-8" />} title="This campaign has no tasks yet"
            action={<ButtonLink href={`/campaigns/${id}/tasks`} variant="secondary">Go to Tasks</ButtonLink>}>
            Add tasks to plan the work, or set a launch date to generate them from the timeline template. They appear here by status.
          </EmptyState>
        )}
      />
    </>
  );
}
