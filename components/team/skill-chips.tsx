import type { SkillLevel } from "@/lib/team/service";
import { skillLabel } from "./labels";

/** Skills as chips, strongest first; the level is shown as "n/5" and spoken as "level n of 5". */
export function SkillChips({ skills, max = 4 }: { skills: SkillLevel[]; max?: number }) {
  if (!skills.length) return <span className="text-slate-400">No skills yet</span>;
  const shown = skills.slice(0, max);
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Skills">
      {shown.map((s) => (
        <li key={s.skill} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-2 text-xs text-slate-700 ring-1 ring-slate-200 ring-inset">
          {skillLabel(s.skill)}
          <span className="rounded-full bg-white px-1.5 text-[11px] font-semibold text-brand-700 ring-1 ring-slate-200" aria-label={`level ${s.level} of 5`}>{s.level}</span>
        </li>
      ))}
      {skills.length > max ? <li className="self-center text-xs text-slate-500">+{skills.length - max} more</li> : null}
    </ul>
  );
}
