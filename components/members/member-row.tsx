"use client";

import { useOptimistic, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Check } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Select } from "@/components/ui/field";
import { ConfirmButton } from "@/components/settings/confirm-button";
import { approverStages, roles, type ApproverStage, type Role } from "@/db/schema/values";
import type { MemberView } from "@/lib/members/service";
import { setMemberActiveAction, updateMemberAction } from "@/app/(app)/settings/members/actions";
import { roleLabels, stageLabels } from "./labels";

type Part = "role" | "stages" | "status";

/** A check next to a control once it saves; always mounted so screen readers hear "Saved". */
function Saved({ id, saved }: { id: string; saved: boolean }) {
  return (
    <span id={id} role="status" className="inline-flex size-4 shrink-0 items-center text-green-600" title={saved ? "Saved" : undefined}>
      {saved ? <><Check className="size-4" aria-hidden /><span className="sr-only">Saved</span></> : null}
    </span>
  );
}

function Problem({ message }: { message?: string }) {
  return message ? <p role="alert" className="mt-1 max-w-60 text-xs text-red-600">{message}</p> : null;
}

/** One member: role and approver stages save as they change; the list re-renders from the server afterwards. */
export function MemberRow({ member, isSelf }: { member: MemberView; isSelf: boolean }) {
  const router = useRouter();
  const [role, setOptimisticRole] = useOptimistic(member.role);
  const [stages, setOptimisticStages] = useOptimistic(member.approverStages);
  const [error, setError] = useState<{ part: Part; message: string } | null>(null);
  const [saved, setSaved] = useState<Part | null>(null);
  const [busy, start] = useTransition();
  const rowId = `member-${member.id}`;

  function save(part: Part, run: () => void, call: () => ReturnType<typeof updateMemberAction>) {
    setError(null);
    setSaved(null);
    start(async () => {
      run();
      const result = await call();
      if (!result.ok) {
        setError({ part, message: result.error });
        return;
      }
      setSaved(part);
      router.refresh();
    });
  }

  const changeRole = (next: Role) =>
    save("role", () => setOptimisticRole(next), () => updateMemberAction({ id: member.id, role: next }));

  const toggleStage = (stage: ApproverStage, on: boolean) => {
    const next = approverStages.filter((s) => (s === stage ? on : stages.includes(s)));
    save("stages", () => setOptimisticStages(next), () => updateMemberAction({ id: member.id, approverStages: next }));
  };

  const reactivate = () => save("status", () => {}, () => setMemberActiveAction({ id: member.id, active: true }));

  const errorFor = (part: Part) => (error?.part === part ? error.message : undefined);

  return (
    <tr id={rowId} className={cn(!member.active && "bg-slate-50/70")}>
      <td className="px-4 py-3 align-top">
        <div className={cn("flex items-center gap-2 font-medium", member.active ? "text-slate-900" : "text-slate-500")}>
          {member.name}
          {isSelf ? <Badge tone="blue">You</Badge> : null}
        </div>
        <div className="mt-0.5 text-xs break-all text-slate-500">{member.email}</div>
      </td>
      <td className="px-4 py-3 align-top text-slate-700">{member.title ?? <span className="text-slate-400">—</span>}</td>
      <td className="px-4 py-3 align-top">
        <div className="flex items-center gap-2">
          <div className="w-32 shrink-0">
            <Select
              aria-label={`Role for ${member.name}`}
              aria-describedby={`${rowId}-role-saved`}
              aria-invalid={Boolean(errorFor("role")) || undefined}
              value={role}
              disabled={busy}
              onChange={(e) => changeRole(e.target.value as Role)}
            >
              {roles.map((r) => <option key={r} value={r}>{roleLabels[r]}</option>)}
            </Select>
          </div>
          <Saved id={`${rowId}-role-saved`} saved={saved === "role"} />
        </div>
        <Problem message={errorFor("role")} />
      </td>
      <td className="px-4 py-3 align-top">
        <fieldset aria-describedby={`${rowId}-stages-saved`} className="flex items-start gap-2">
          <legend className="sr-only">Approver stages for {member.name}</legend>
          <div className="grid shrink-0 grid-cols-2 gap-x-4 gap-y-1">
            {approverStages.map((s) => (
              <label key={s} className="flex items-center gap-2 text-sm whitespace-nowrap text-slate-700">
                <input
                  type="checkbox"
                  checked={stages.includes(s)}
                  disabled={busy}
                  onChange={(e) => toggleStage(s, e.target.checked)}
                  className="size-4 rounded border-slate-300 text-brand-600"
                />
                {stageLabels[s]}
              </label>
            ))}
          </div>
          <Saved id={`${rowId}-stages-saved`} saved={saved === "stages"} />
        </fieldset>
        <Problem message={errorFor("stages")} />
      </td>
      <td className="px-4 py-3 align-top">
        {member.active ? <Badge tone="green">Active</Badge> : <Badge>Deactivated</Badge>}
      </td>
      <td className="px-4 py-3 text-right align-top">
        {isSelf ? null : member.active ? (
          <ConfirmButton
            label="Deactivate"
            ariaLabel={`Deactivate ${member.name}`}
            title={`Deactivate ${member.name}?`}
            description="They are signed out at once and can no longer sign in; their API tokens stop working. Their campaigns and history stay. You can reactivate them later."
            confirmLabel="Deactivate"
            pendingLabel="Deactivating…"
            onConfirm={() => setMemberActiveAction({ id: member.id, active: false })}
          />
        ) : (
          <Button variant="secondary" size="sm" disabled={busy} onClick={reactivate} aria-label={`Reactivate ${member.name}`}>
            {busy ? "Reactivating…" : "Reactivate"}
          </Button>
        )}
        <Problem message={errorFor("status")} />
      </td>
    </tr>
  );
}
