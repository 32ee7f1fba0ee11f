import { taskStatuses } from "@/db/schema/values";
import { hrefWith, type SearchParams } from "@/lib/campaigns/list-params";
import type { ListTasksInput } from "./schemas";

/** Not done or cancelled, as a URL value: the "Any open status" filter and the "Open" count's link. */
export const openStatuses = taskStatuses.filter((s) => s !== "done" && s !== "cancelled").join(",");

export type { SearchParams };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const list = (v: string | string[] | undefined) => {
  const values = (Array.isArray(v) ? v : v ? [v] : []).flatMap((x) => x.split(",")).map((x) => x.trim()).filter(Boolean);
  return values.length ? values : undefined;
};

/** Keys of a task list's URL that filter (sort, dir, page and scope do not). */
export const taskFilterKeys = ["q", "status", "priority", "assignee", "campaign", "dueFrom", "dueTo", "overdue"] as const;

/**
 * URL → list query. `assignee=me` is the signed-in person; unknown values are passed through so
 * the schema can say what it did not understand.
 */
export function taskListInputFromSearchParams(sp: SearchParams, me: string | null): ListTasksInput {
  const input: Record<string, unknown> = {};
  const status = list(sp.status);
  if (status) input.status = status;
  const priority = list(sp.priority);
  if (priority) input.priority = priority;
  const assignee = first(sp.assignee);
  if (assignee) input.assigneeId = assignee === "me" ? (me ?? undefined) : assignee;
  const campaign = first(sp.campaign);
  if (campaign) input.campaignId = campaign;
  if (first(sp.overdue) === "1") input.overdue = true;
  for (const key of ["q", "dueFrom", "dueTo", "sort", "dir", "page"] as const) {
    const v = first(sp[key]);
    if (v !== undefined) input[key] = v;
  }
  return input as ListTasksInput;
}

export function taskFilterCount(sp: SearchParams) {
  return taskFilterKeys.filter((k) => first(sp[k])).length;
}

/** The same view with some parameters changed; page resets unless it is what changes. */
export function taskListHref(base: string, sp: SearchParams, changes: Record<string, string | undefined>) {
  return hrefWith(sp, changes, base);
}

export function flatSearchParams(sp: SearchParams): Record<string, string> {
  return Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : (v ?? "")]));
}
