import type { Metadata } from "next";
import { ShieldAlert, Users } from "lucide-react";
import { InvitationList } from "@/components/members/invitation-list";
import { InviteMemberForm } from "@/components/members/invite-member-form";
import { MemberTable } from "@/components/members/member-table";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { webContext } from "@/lib/auth/session";
import { hasRole } from "@/lib/core/context";
import { listMembers, listPendingInvitations } from "@/lib/members/service";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const ctx = await webContext();
  if (!hasRole(ctx.actor, "admin")) {
    return (
      <>
        <PageHeader title="Members" />
        <EmptyState icon={<ShieldAlert className="size-8" />} title="Only admins can manage members"
          action={<ButtonLink href="/campaigns" variant="secondary">Back to campaigns</ButtonLink>}>
          Ask an admin if you need someone invited, or a role or approver stage changed.
        </EmptyState>
      </>
    );
  }
  const [members, invitations] = await Promise.all([listMembers(ctx, { includeInactive: true }), listPendingInvitations(ctx)]);

  return (
    <>
      <PageHeader
        title="Members"
        description="Who can sign in, what their role lets them do, and which review stages they approve."
        actions={<ButtonLink href="#invite">Invite member</ButtonLink>}
      />
      {members.length > 0 ? (
        <MemberTable members={members} selfId={ctx.actor.userId} />
      ) : (
        <EmptyState icon={<Users className="size-8" />} title="No members yet">Invite the first person below.</EmptyState>
      )}
      <div className="mt-8 grid items-start gap-6 lg:grid-cols-5">
        <Card title="Invite member" className="lg:col-span-2">
          <div id="invite" className="scroll-mt-8">
            <InviteMemberForm />
          </div>
        </Card>
        <Card title={`Pending invitations${invitations.length ? ` (${invitations.length})` : ""}`} className="lg:col-span-3">
          <InvitationList invitations={invitations} />
        </Card>
      </div>
    </>
  );
}
