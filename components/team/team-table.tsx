"use client";

import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge, type Tone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { TeamMember } from "@/lib/team/service";
import { BulkTimeOffDialog, BulkWeeklyHoursDialog } from "./bulk-dialogs";
import { formatRangeDays } from "./labels";
import { SkillChips } from "./skill-chips";
import { UtilisationBar } from "./utilisation-bar";

const roleTone: Record<TeamMember["role"], Tone> = { admin: "violet", manager: "blue", member: "slate", viewer: "amber" };

/** The team as a table; managers can select members and change their schedules in one go. */
export function TeamTable({ members, canManage }: { members: TeamMember[]; canManage: boolean }) {
  const [selected, setSelected] = useState<string[]>([]);
  const [dialog, setDialog] = useState<"timeOff" | "hours" | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const th = "px-4 py-2.5 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase";
  const allSelected = selected.length > 0 && selected.length === members.length;
  const chosen = members.filter((m) => selected.includes(m.id));
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const finished = (message: string) => {
    setDialog(null);
    setSelected([]);
    setNotice(message);
  };

  return (
    <>
      {notice ? (
        <Alert tone="success" className="mb-3">
          <div className="flex items-center justify-between gap-4">
            <span>{notice}</span>
            <button type="button" className="text-sm font-medium underline" onClick={() => setNotice(null)}>Dismiss</button>
          </div>
        </Alert>
      ) : null}
      {canManage ? (
        <div role="region" aria-label="Bulk schedule changes" className="mb-3 flex flex-wrap items-center gap-3 rounded-lg bg-slate-50 px-4 py-2.5 ring-1 ring-slate-200">
          <p className="text-sm text-slate-700">{selected.length ? <span className="font-medium text-slate-900">{selected.length} selected</span> : "Select members to change their schedules together."}</p>
          <div className="ml-auto flex gap-2">
            <Button size="sm" variant="secondary" disabled={!selected.length} onClick={() => setDialog("timeOff")}>Add time off</Button>
            <Button size="sm" variant="secondary" disabled={!selected.length} onClick={() => setDialog("hours")}>Set weekly hours</Button>
            {selected.length ? <Button size="sm" variant="ghost" onClick={() => setSelected([])}>Clear</Button> : null}
          </div>
        </div>
      ) : null}
      <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Team members with skills, utilisation over the next 4 weeks, open tasks and next time off</caption>
          <thead className="bg-slate-50">
            <tr>
              {canManage ? (
                <th scope="col" className="w-10 px-4 py-2.5">
                  <input type="checkbox" aria-label="Select all members" checked={allSelected}
                    onChange={() => setSelected(allSelected ? [] : members.map((m) => m.id))} className="size-4 rounded border-slate-300" />
                </th>
              ) : null}
              <th scope="col" className={th}>Member</th>
              <th scope="col" className={th}>Role</th>
              <th scope="col" className={th}>Skills</th>
              <th scope="col" className={th}>Utilisation <span className="font-normal normal-case">(4 weeks)</span></th>
              <th scope="col" className={`${th} text-right`}>Open tasks</th>
              <th scope="col" className={th}>Next time off</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {members.map((m) => (
              <tr key={m.id} className={selected.includes(m.id) ? "bg-brand-50/60" : "hover:bg-slate-50"}>
                {canManage ? (
                  <td className="px-4 py-3">
                    <input type="checkbox" aria-label={`Select ${m.name}`} checked={selected.includes(m.id)} onChange={() => toggle(m.id)} className="size-4 rounded border-slate-300" />
                  </td>
                ) : null}
                <td className="px-4 py-3">
                  <Link href={`/team/${m.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">{m.name}</Link>
                  <p className="text-xs text-slate-500">{m.title ?? "No title"}{m.timezone !== "UTC" ? ` · ${m.timezone}` : ""}</p>
                </td>
                <td className="px-4 py-3"><Badge tone={roleTone[m.role]}>{m.role}</Badge></td>
                <td className="px-4 py-3"><SkillChips skills={m.skills} /></td>
                <td className="px-4 py-3"><UtilisationBar load={m.load} /></td>
                <td className="px-4 py-3 text-right tabular-nums">{m.load.openTasks}</td>
                <td className="px-4 py-3 text-slate-700">
                  {m.nextTimeOff ? (
                    <>
                      <span className="whitespace-nowrap">{formatRangeDays(m.nextTimeOff)}</span>
                      {m.nextTimeOff.reason ? <p className="text-xs text-slate-500">{m.nextTimeOff.reason}</p> : null}
                    </>
                  ) : <span className="text-slate-400">None planned</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <BulkTimeOffDialog open={dialog === "timeOff"} members={chosen} onClose={() => setDialog(null)} onDone={finished} />
      <BulkWeeklyHoursDialog open={dialog === "hours"} members={chosen} onClose={() => setDialog(null)} onDone={finished} />
    </>
  );
}
