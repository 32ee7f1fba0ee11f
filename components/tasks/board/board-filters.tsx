"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { buttonClass } from "@/components/ui/button";
import { campaignPriorities } from "@/db/schema/values";
import { priorityLabels } from "@/lib/campaigns/labels";
import { FilterSelect } from "@/components/ui/filter-select";

type Option = { id: string; name: string };

const dueOptions: [string, string][] = [
  ["overdue", "Overdue"], ["today", "Due today"], ["this_week", "Due this week"], ["next_14_days", "Due in the next 14 days"], ["no_date", "No due date"],
];

/** Board filters as a GET form: every choice lives in the URL, so a board view can be bookmarked or shared. */
export function BoardFilters({ basePath, values, members, campaigns, hasFilters }: {
  basePath: string;
  values: Record<string, string>;
  members: Option[];
  /** the cross-campaign board filters by campaign too */
  campaigns?: Option[];
  hasFilters: boolean;
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);

  function apply() {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form.current!).entries()) if (typeof v === "string" && v) params.set(k, v);
    router.replace(params.size ? `${basePath}?${params}` : basePath, { scroll: false });
  }

  const select = (name: string, label: string, options: [string, string][], all: string, width = "w-48") => (
    <FilterSelect id={`bf-${name}`} name={name} label={label} options={options} all={all} value={values[name] ?? ""} onChange={apply} className={width} />
  );

  return (
    <form
      ref={form}
      role="search"
      aria-label="Filter the board"
      action={basePath}
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      {campaigns ? select("campaignIds", "Campaign", campaigns.map((c) => [c.id, c.name]), "All campaigns", "w-64") : null}
      {select("assigneeId", "Assignee", [["me", "Me"], ...members.map((m): [string, string] => [m.id, m.name])], "Anyone")}
      {select("priority", "Priority", campaignPriorities.map((p) => [p, priorityLabels[p]]), "Any priority")}
      {select("due", "Due", dueOptions, "Any due date")}
      <noscript><button type="submit" className={buttonClass("secondary")}>Apply</button></noscript>
      {hasFilters ? <Link href={basePath} className={buttonClass("ghost", "md", "ml-auto")}>Clear filters</Link> : null}
    </form>
  );
}
