import type { Metadata } from "next";
import { ApprovalSettingsForm } from "@/components/settings/approval-settings-form";
import { ApprovalHolidays } from "@/components/settings/approval-settings-holidays";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getApprovalSettings } from "@/lib/approvals/settings";
import { stamp } from "@/lib/approvals/labels";
import { webContext } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Approval settings" };

/** The organisation's approval workflow: admins edit it; everyone else reads it. */
export default async function ApprovalSettingsPage() {
  const settings = await getApprovalSettings(await webContext());
  const changed = settings.updatedBy ? `Last changed by ${settings.updatedBy}, ${stamp(new Date(settings.updatedAt))}.` : "Using the default settings.";
  return (
    <>
      <PageHeader
        title="Approval settings"
        description={<>Which review stages a campaign goes through, what is approved automatically, and how fast approvers must answer. {changed}</>}
      />
      {settings.canEdit ? null : (
        <Alert tone="info" className="mb-6">Only admins can change the approval settings. You can see them here; ask an admin for a change.</Alert>
      )}
      <ApprovalSettingsForm
        initial={settings.config} initialVersion={settings.version} canEdit={settings.canEdit}
        holidays={<ApprovalHolidays holidays={settings.holidays} />}
      />
    </>
  );
}
