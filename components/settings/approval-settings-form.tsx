"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { updateApprovalSettingsAction } from "@/app/(app)/settings/approvals/actions";
import { approvalConfigSchema, type ApprovalConfig } from "@/lib/approvals/settings-schema";
import { ApprovalAutoRules } from "./approval-settings-auto-rules";
import type { SettingsErrors } from "./approval-settings-fields";
import { ApprovalStageRules } from "./approval-settings-stages";
import { ApprovalBusinessHours, ApprovalDeadlines } from "./approval-settings-timing";

type Status = { kind: "saved" } | { kind: "conflict"; message: string } | { kind: "error"; message: string } | null;

/** zod issues keyed as the server keys them, so client and server errors land in the same place. */
function issuesOf(config: ApprovalConfig): SettingsErrors | null {
  const parsed = approvalConfigSchema.safeParse(config);
  if (parsed.success) return null;
  const errors: SettingsErrors = {};
  for (const issue of parsed.error.issues) {
    const key = ["config", ...issue.path].join(".");
    // a cleared number field is NaN: say so plainly rather than "expected number"
    (errors[key] ??= []).push(issue.code === "invalid_type" ? "Enter a number" : issue.message);
  }
  return errors;
}

/**
 * The whole approval configuration in one controlled form: stage plan, auto-approval rules,
 * deadlines, escalation and business hours. Saving sends the version it was loaded at, so a
 * concurrent change by another admin is refused with their name instead of overwritten.
 */
export function ApprovalSettingsForm({ initial, initialVersion, canEdit, holidays }: {
  initial: ApprovalConfig; initialVersion: number; canEdit: boolean; holidays: React.ReactNode;
}) {
  const router = useRouter();
  const [config, setConfig] = useState<ApprovalConfig>(initial);
  const [saved, setSaved] = useState({ config: initial, version: initialVersion });
  // bumped to start the inputs (and their typed drafts) afresh from `saved`
  const [resetKey, setResetKey] = useState(0);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [pending, start] = useTransition();
  const change = (patch: Partial<ApprovalConfig>) => {
    setConfig((c) => ({ ...c, ...patch }));
    if (status?.kind === "saved") setStatus(null);
  };

  function save() {
    const found = issuesOf(config);
    if (found) {
      setErrors(found);
      setStatus({ kind: "error", message: `Check the highlighted settings: ${Object.keys(found).length === 1 ? "one needs" : `${Object.keys(found).length} need`} attention.` });
      return;
    }
    setErrors({});
    setStatus(null);
    start(async () => {
      const result = await updateApprovalSettingsAction({ version: saved.version, config });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setStatus(result.kind === "conflict" ? { kind: "conflict", message: result.error } : { kind: "error", message: result.error });
        return;
      }
      setSaved({ config: result.data.config, version: result.data.version });
      setConfig(result.data.config);
      setStatus({ kind: "saved" });
      router.refresh();
    });
  }

  return (
    <form onSubmit={(e) => { e.preventDefault(); save(); }} noValidate aria-label="Approval settings">
      <fieldset key={resetKey} disabled={!canEdit || pending} className="space-y-6">
        <Card title="Stage plan">
          <p className="mb-4 text-sm text-slate-600">
            Campaigns go through the included stages in this order. A stage whose condition does not hold is skipped, and the workflow says why.
          </p>
          <ApprovalStageRules rules={config.stageRules} errors={errors} onChange={(stageRules) => change({ stageRules })} />
        </Card>
        <Card title="Auto-approval rules">
          <p className="mb-4 text-sm text-slate-600">A stage is approved at once, recorded as approved by the rule, when a campaign meets every condition of an enabled rule.</p>
          <ApprovalAutoRules rules={config.autoRules} errors={errors} onChange={(autoRules) => change({ autoRules })} />
        </Card>
        <Card title="Deadlines and escalation">
          <ApprovalDeadlines config={config} errors={errors} onChange={change} />
        </Card>
        <Card title="Business hours">
          <ApprovalBusinessHours value={config.businessHours} errors={errors} onChange={(businessHours) => change({ businessHours })} />
        </Card>
        <Card title="Holidays">{holidays}</Card>
      </fieldset>
      {canEdit ? (
        <div className="sticky bottom-0 mt-6 border-t border-slate-200 bg-slate-50 py-4">
          {status?.kind === "conflict" ? (
            <Alert tone="error" title="Not saved: the settings changed meanwhile" className="mb-3">
              <p>{status.message}</p>
              <Button size="sm" variant="secondary" className="mt-2" onClick={() => window.location.reload()}>Reload the settings</Button>
            </Alert>
          ) : null}
          <div className="flex flex-wrap items-center gap-4">
            <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save settings"}</Button>
            <Button variant="ghost" disabled={pending} onClick={() => { setConfig(saved.config); setErrors({}); setStatus(null); setResetKey((k) => k + 1); }}>Discard changes</Button>
            {status?.kind === "saved" ? <p role="status" className="text-sm font-medium text-green-700">Saved</p> : null}
            {status?.kind === "error" ? <p role="alert" className="text-sm text-red-700">{status.message}</p> : null}
          </div>
        </div>
      ) : null}
    </form>
  );
}
