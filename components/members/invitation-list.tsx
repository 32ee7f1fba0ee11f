import { Badge } from "@/components/ui/badge";
import { formatDateTime, formatDay } from "@/lib/core/format";
import type { InvitationView } from "@/lib/members/service";
import { roleLabels, stageLabels } from "./labels";
import { RevokeInvitationButton } from "./revoke-invitation-button";

export function InvitationList({ invitations }: { invitations: InvitationView[] }) {
  if (invitations.length === 0) {
    return <p className="py-6 text-center text-sm text-slate-500">No pending invitations. People you invite appear here until they join.</p>;
  }
  return (
    <>
      <ul className="-my-2 divide-y divide-slate-100">
        {invitations.map((inv) => (
          <li key={inv.id} className="flex items-start justify-between gap-4 py-3">
            <div className="min-w-0">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-slate-900">{inv.name}</span>
                <Badge>{roleLabels[inv.role]}</Badge>
                {inv.approverStages.map((s) => <Badge key={s} tone="teal">{stageLabels[s]}</Badge>)}
              </div>
              <div className="mt-0.5 text-sm break-all text-slate-600">{inv.email}</div>
              <div className="mt-0.5 text-xs text-slate-500">
                Invited by {inv.invitedBy} · expires <time dateTime={inv.expiresAt} title={formatDateTime(inv.expiresAt)}>{formatDay(inv.expiresAt)}</time>
              </div>
            </div>
            <RevokeInvitationButton id={inv.id} email={inv.email} />
          </li>
        ))}
      </ul>
      <p className="mt-4 border-t border-slate-100 pt-3 text-xs text-slate-500">
        Links are shown only once. If one was lost, invite the same email again: the new link replaces the old one.
      </p>
    </>
  );
}
