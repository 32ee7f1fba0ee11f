"use client";

import { X } from "lucide-react";
import { useState, useTransition } from "react";
import { setSkillsAction } from "@/app/(app)/team/[id]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import type { SkillLevel } from "@/lib/team/service";
import { skills as allSkills } from "@/lib/timeline/templates/skills";
import { levelLabels, skillLabel } from "./labels";
import { SkillChips } from "./skill-chips";

/** The member's skills with levels: add, change the level, remove, then save the whole list. */
export function SkillsEditor({ userId, skills, canEdit }: { userId: string; skills: SkillLevel[]; canEdit: boolean }) {
  const [rows, setRows] = useState(skills);
  const [adding, setAdding] = useState("");
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, start] = useTransition();
  const free = allSkills.filter((s) => !rows.some((r) => r.skill === s));

  if (!canEdit) return <Card title="Skills"><SkillChips skills={skills} max={20} /></Card>;

  const change = (next: SkillLevel[]) => { setRows(next); setStatus(null); };
  const save = () => start(async () => {
    const r = await setSkillsAction({ userId, skills: rows as never });
    setStatus(r.ok ? { ok: true, message: "Skills saved." } : { ok: false, message: r.error });
  });

  return (
    <Card title="Skills">
      {rows.length ? (
        <ul aria-label="Skills" className="space-y-2">
          {rows.map((r, i) => (
            <li key={r.skill} className="flex items-center gap-2">
              <span className="min-w-0 flex-1 text-sm font-medium break-words text-slate-900">{skillLabel(r.skill)}</span>
              <label htmlFor={`level-${r.skill}`} className="sr-only">{skillLabel(r.skill)} level</label>
              <Select id={`level-${r.skill}`} value={r.level} className="w-32 shrink-0" onChange={(e) => change(rows.map((x, j) => (j === i ? { ...x, level: Number(e.target.value) } : x)))}>
                {[1, 2, 3, 4, 5].map((l) => <option key={l} value={l}>{l} — {levelLabels[l]}</option>)}
              </Select>
              <Button size="sm" variant="ghost" aria-label={`Remove ${skillLabel(r.skill)}`} onClick={() => change(rows.filter((_, j) => j !== i))}><X className="size-4" /></Button>
            </li>
          ))}
        </ul>
      ) : <p className="text-sm text-slate-500">No skills yet. Add what this person can do, so work finds them.</p>}
      <div className="mt-3 flex items-end gap-2 border-t border-slate-100 pt-3">
        <div className="flex-1">
          <label htmlFor="add-skill" className="mb-1 block text-xs font-medium text-slate-600">Add a skill</label>
          <Select id="add-skill" value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">Choose a skill…</option>
            {free.map((s) => <option key={s} value={s}>{skillLabel(s)}</option>)}
          </Select>
        </div>
        <Button variant="secondary" disabled={!adding} onClick={() => { change([...rows, { skill: adding, level: 3 }]); setAdding(""); }}>Add</Button>
      </div>
      {status ? <Alert tone={status.ok ? "success" : "error"} className="mt-3">{status.message}</Alert> : null}
      <div className="mt-3 flex justify-end"><Button onClick={save} disabled={pending}>{pending ? "Saving…" : "Save skills"}</Button></div>
    </Card>
  );
}
