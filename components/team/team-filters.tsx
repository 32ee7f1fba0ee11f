import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { skills } from "@/lib/timeline/templates/skills";
import { levelLabels, skillLabel } from "./labels";

/** Search and skill filter as a plain GET form: the filter lives in the URL and works without JavaScript. */
export function TeamFilters({ q, skill, minLevel }: { q: string; skill: string; minLevel: string }) {
  const filtered = Boolean(q || skill || minLevel);
  return (
    <form method="get" action="/team" role="search" aria-label="Filter team" className="mb-4 flex flex-wrap items-end gap-3">
      <div className="min-w-56 flex-1">
        <label htmlFor="team-q" className="mb-1 block text-xs font-medium text-slate-600">Search</label>
        <Input id="team-q" name="q" type="search" defaultValue={q} placeholder="Name, email or title" />
      </div>
      <div>
        <label htmlFor="team-skill" className="mb-1 block text-xs font-medium text-slate-600">Skill</label>
        <Select id="team-skill" name="skill" defaultValue={skill}>
          <option value="">Any skill</option>
          {skills.map((s) => <option key={s} value={s}>{skillLabel(s)}</option>)}
        </Select>
      </div>
      <div>
        <label htmlFor="team-level" className="mb-1 block text-xs font-medium text-slate-600">Minimum level</label>
        <Select id="team-level" name="minLevel" defaultValue={minLevel}>
          <option value="">Any level</option>
          {[2, 3, 4, 5].map((l) => <option key={l} value={l}>{l} — {levelLabels[l]}</option>)}
        </Select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>Filter</button>
      {filtered ? <Link href="/team" className={buttonClass("ghost")}>Clear</Link> : null}
    </form>
  );
}
