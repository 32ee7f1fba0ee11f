"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { Search } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { campaignPriorities, campaignStatuses, campaignTypes } from "@/db/schema/values";
import { priorityLabels, statusLabels, typeLabels } from "@/lib/campaigns/labels";
import Link from "next/link";
import { FilterSelect } from "@/components/ui/filter-select";

type Values = Record<string, string>;

/** A GET form: every filter lives in the URL, so any view can be bookmarked or shared. */
export function CampaignFilters({ values, owners, tags, hasFilters }: { values: Values; owners: { id: string; name: string }[]; tags: string[]; hasFilters: boolean }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);

  function apply() {
    const data = new FormData(form.current!);
    const params = new URLSearchParams();
    for (const [k, v] of data.entries()) if (typeof v === "string" && v.trim()) params.set(k, v.trim());
    router.replace(params.size ? `/campaigns?${params}` : "/campaigns");
  }

  const select = (name: string, label: string, options: [string, string][], all: string) => (
    <FilterSelect id={`f-${name}`} name={name} label={label} options={options} all={all} value={values[name] ?? ""} onChange={apply} />
  );

  return (
    <form
      ref={form}
      role="search"
      aria-label="Filter campaigns"
      className="mb-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <div className="flex gap-2">
        <div className="relative flex-1">
          <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" aria-hidden />
          <label htmlFor="f-q" className="sr-only">Search campaigns</label>
          <Input id="f-q" name="q" type="search" defaultValue={values.q ?? ""} placeholder="Search name, description or tags…" className="pl-9" />
        </div>
        <button type="submit" className={buttonClass("secondary")}>Search</button>
        {hasFilters ? <Link href="/campaigns" className={buttonClass("ghost")}>Clear filters</Link> : null}
      </div>
      <div className="mt-3 grid grid-cols-2 gap-3 md:grid-cols-4">
        {select("status", "Status", campaignStatuses.map((s) => [s, statusLabels[s]]), "Any status")}
        {select("type", "Type", campaignTypes.map((t) => [t, typeLabels[t]]), "Any type")}
        {select("priority", "Priority", campaignPriorities.map((p) => [p, priorityLabels[p]]), "Any priority")}
        {select("ownerId", "Owner", owners.map((o) => [o.id, o.name]), "Anyone")}
        {select("tag", "Tag", tags.map((t) => [t, t]), "Any tag")}
        <div>
          <label htmlFor="f-launchFrom" className="mb-1 block text-xs font-medium text-slate-600">Launch from</label>
          <Input id="f-launchFrom" name="launchFrom" type="date" defaultValue={values.launchFrom ?? ""} onChange={apply} />
        </div>
        <div>
          <label htmlFor="f-launchTo" className="mb-1 block text-xs font-medium text-slate-600">Launch to</label>
          <Input id="f-launchTo" name="launchTo" type="date" defaultValue={values.launchTo ?? ""} onChange={apply} />
        </div>
        {select("archived", "Archived", [["include", "Include archived"], ["only", "Only archived"]], "Hide archived")}
      </div>
      {values.sort ? <input type="hidden" name="sort" value={values.sort} /> : null}
      {values.dir ? <input type="hidden" name="dir" value={values.dir} /> : null}
    </form>
  );
}
