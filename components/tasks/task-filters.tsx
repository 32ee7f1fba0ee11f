"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { Search } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { campaignPriorities, taskStatuses } from "@/db/schema/values";
import { priorityLabels } from "@/lib/campaigns/labels";
import { openStatuses } from "@/lib/tasks/list-params";
import { taskStatusLabels } from "@/lib/tasks/rules";
import { FilterSelect } from "@/components/ui/filter-select";

type Option = { id: string; name: string };

/** Filters of a task list, all in the URL (sort, direction and scope ride along as hidden fields). */
export function TaskFilters({ basePath, values, members, campaigns, hasFilters, keep = [] }: {
  basePath: string;
  values: Record<string, string>;
  /** assignee choices; omit to hide the assignee filter (My tasks) */
  members?: Option[];
  /** campaign choices; omit on a campaign's own page */
  campaigns?: Option[];
  hasFilters: boolean;
  /** URL parameters that are not filters but belong to the view */
  keep?: string[];
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);

  function apply() {
    const data = new FormData(form.current!);
    const params = new URLSearchParams();
    for (const [k, v] of data.entries()) if (typeof v === "string" && v.trim()) params.set(k, v.trim());
    router.replace(params.size ? `${basePath}?${params}` : basePath);
  }

  const select = (name: string, label: string, options: [string, string][], all: string) => (
    <FilterSelect id={`tf-${name}`} name={name} label={label} options={options} all={all} value={values[name] ?? ""} onChange={apply} />
  );
  const clearHref = keep.some((k) => values[k])
    ? `${basePath}?${new URLSearchParams(Object.fromEntries(keep.filter((k) => values[k]).map((k) => [k, values[k]!])))}`
    : basePath;

  return (
    <form
      ref={form}
      role="search"
      aria-label="Filter tasks"
      className="mb-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <div className="flex gap-2">
        <div className="relative flex-1">
          <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" aria-hidden />
          <label htmlFor="tf-q" className="sr-only">Search tasks</label>
          <Input id="tf-q" name="q" type="search" defaultValue={values.q ?? ""} placeholder="Search task titles…" className="pl-9" />
        </div>
        <button type="submit" className={buttonClass("secondary")}>Search</button>
        {hasFilters ? <Link href={clearHref} className={buttonClass("ghost")}>Clear filters</Link> : null}
      </div>
      <div className="mt-3 grid grid-cols-[repeat(auto-fill,minmax(10rem,1fr))] gap-3">
        {select("status", "Status", [[openStatuses, "Any open status"], ...taskStatuses.map((s): [string, string] => [s, taskStatusLabels[s]])], "Any status")}
        {select("priority", "Priority", campaignPriorities.map((p) => [p, priorityLabels[p]]), "Any priority")}
        {members ? select("assignee", "Assignee", [["me", "Me"], ...members.map((m): [string, string] => [m.id, m.name])], "Anyone") : null}
        {campaigns ? select("campaign", "Campaign", campaigns.map((c) => [c.id, c.name]), "All campaigns") : null}
        <div>
          <label htmlFor="tf-dueFrom" className="mb-1 block text-xs font-medium text-slate-600">Due from</label>
          <Input id="tf-dueFrom" name="dueFrom" type="date" defaultValue={values.dueFrom ?? ""} onChange={apply} />
        </div>
        <div>
          <label htmlFor="tf-dueTo" className="mb-1 block text-xs font-medium text-slate-600">Due to</label>
          <Input id="tf-dueTo" name="dueTo" type="date" defaultValue={values.dueTo ?? ""} onChange={apply} />
        </div>
        <div className="flex items-end pb-1.5">
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" name="overdue" value="1" defaultChecked={values.overdue === "1"} onChange={apply} className="size-4 rounded border-slate-300 text-brand-600" />
            Overdue only
          </label>
        </div>
      </div>
      {["sort", "dir", ...keep].map((k) => (values[k] ? <input key={k} type="hidden" name={k} value={values[k]} /> : null))}
    </form>
  );
}
