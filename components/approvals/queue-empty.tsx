import { AlertTriangle, CheckCheck, History, Inbox } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { QueueTab } from "@/lib/approvals/types";
import { queueHref } from "./queue-tabs";

/** What an empty tab means, and where to go from it. */
export function QueueEmpty({ tab, canSeeAll }: { tab: QueueTab; canSeeAll: boolean }) {
  switch (tab) {
    case "mine":
      return (
        <EmptyState icon={<Inbox className="size-8" />} title="Nothing waiting for you"
          action={canSeeAll
            ? <ButtonLink href={queueHref("all")} variant="secondary">See all open requests</ButtonLink>
            : <ButtonLink href={queueHref("decided")} variant="secondary">See what you decided</ButtonLink>}>
          When a campaign reaches a stage you approve, it shows up here with its deadline, soonest first.
        </EmptyState>
      );
    case "all":
      return (
        <EmptyState icon={<CheckCheck className="size-8" />} title="No open approval requests"
          action={<ButtonLink href="/campaigns" variant="secondary">Go to campaigns</ButtonLink>}>
          Campaigns submitted for approval show up here at the stage they are waiting on.
        </EmptyState>
      );
    case "overdue":
      return (
        <EmptyState icon={<AlertTriangle className="size-8" />} title="Nothing is overdue"
          action={<ButtonLink href={queueHref("mine")} variant="secondary">Back to your queue</ButtonLink>}>
          Every open request is still within its deadline.
        </EmptyState>
      );
    case "decided":
      return (
        <EmptyState icon={<History className="size-8" />} title="You have not decided anything yet"
          action={<ButtonLink href={queueHref("mine")} variant="secondary">Back to your queue</ButtonLink>}>
          Requests you approve, reject or send back for changes are listed here, newest first, with your comment.
        </EmptyState>
      );
  }
}
