import type { ListCampaignsInput } from "./schemas";

export type SearchParams = Record<string, string | string[] | undefined>;

const listKeys = ["status", "type", "priority"] as const;
const scalarKeys = ["q", "ownerId", "tag", "launchFrom", "launchTo", "archived", "sort", "dir", "page"] as const;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/** URL → list query. Lists may be comma-separated (status=live,paused) so a view can be shared as a link. */
export function listInputFromSearchParams(sp: SearchParams): ListCampaignsInput {
  const input: Record<string, unknown> = {};
  for (const key of listKeys) {
    const raw = sp[key];
    const values = (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
    if (values.length) input[key] = values;
  }
  for (const key of scalarKeys) {
    const v = first(sp[key]);
    if (v !== undefined) input[key] = v;
  }
  return input as ListCampaignsInput;
}

/** The same view with some parameters changed; page resets unless it is what changes. */
export function hrefWith(sp: SearchParams, changes: Record<string, string | undefined>, base = "/campaigns") {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) {
    const value = Array.isArray(v) ? v.join(",") : v;
    if (value) params.set(k, value);
  }
  if (!("page" in changes)) params.delete("page");
  for (const [k, v] of Object.entries(changes)) {
    if (v) params.set(k, v);
    else params.delete(k);
  }
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}

export function activeFilterCount(sp: SearchParams) {
  return ["q", "status", "type", "priority", "ownerId", "tag", "launchFrom", "launchTo"].filter((k) => first(sp[k])).length +
    (first(sp.archived) && first(sp.archived) !== "exclude" ? 1 : 0);
}
