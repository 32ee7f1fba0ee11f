import type { CampaignView } from "./view";

/** What the campaign form's fields hold, as strings: kept as typed so nothing is lost on an error. */
export type CampaignFormValues = {
  name: string; description: string; type: string; priority: string; ownerId: string;
  channels: string[]; budget: string; currency: string;
  goalImpressions: string; goalClicks: string; goalLeads: string; goalConversions: string; goalRevenue: string;
  startDate: string; launchDate: string; endDate: string; tags: string;
  /** create form only */
  generateTimeline?: boolean;
};

export const emptyCampaignForm: CampaignFormValues = {
  name: "", description: "", type: "", priority: "medium", ownerId: "", channels: [], budget: "", currency: "USD",
  goalImpressions: "", goalClicks: "", goalLeads: "", goalConversions: "", goalRevenue: "",
  startDate: "", launchDate: "", endDate: "", tags: "",
};

export function formValuesFromData(data: FormData): CampaignFormValues {
  const s = (k: string) => String(data.get(k) ?? "");
  return {
    name: s("name"), description: s("description"), type: s("type"), priority: s("priority"), ownerId: s("ownerId"),
    channels: data.getAll("channels").map(String), budget: s("budget"), currency: s("currency") || "USD",
    goalImpressions: s("goalImpressions"), goalClicks: s("goalClicks"), goalLeads: s("goalLeads"),
    goalConversions: s("goalConversions"), goalRevenue: s("goalRevenue"),
    startDate: s("startDate"), launchDate: s("launchDate"), endDate: s("endDate"), tags: s("tags"),
    generateTimeline: data.get("generateTimeline") === "on",
  };
}

const centsFormat = (cents: number) => (cents / 100).toFixed(2).replace(/\.00$/, "");

export function formValuesFromCampaign(c: CampaignView): CampaignFormValues {
  const n = (v: number | undefined) => (v === undefined ? "" : String(v));
  return {
    name: c.name, description: c.description, type: c.type, priority: c.priority, ownerId: c.owner?.id ?? "",
    channels: c.channels, budget: c.budget ? centsFormat(c.budget.amountCents) : "", currency: c.budget?.currency ?? "USD",
    goalImpressions: n(c.goals.impressions), goalClicks: n(c.goals.clicks), goalLeads: n(c.goals.leads),
    goalConversions: n(c.goals.conversions), goalRevenue: c.goals.revenueCents === undefined ? "" : centsFormat(c.goals.revenueCents),
    startDate: c.startDate ?? "", launchDate: c.launchDate ?? "", endDate: c.endDate ?? "", tags: c.tags.join(", "),
  };
}

/** "25,000.50" → 2500050 cents; text that is not a number is passed through for the schema to reject. */
function money(text: string): number | string | undefined {
  const t = text.replace(/[\s,]/g, "");
  if (!t) return undefined;
  if (!/^-?\d+(\.\d{1,2})?$/.test(t)) return text;
  return Math.round(Number(t) * 100);
}

function whole(text: string): number | string | undefined {
  const t = text.replace(/[\s,]/g, "");
  if (!t) return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : text;
}

/**
 * Turns form strings into the input the shared zod schema validates, so the browser and the
 * server check exactly the same rules.
 */
export function campaignInputFromForm(v: CampaignFormValues) {
  const amount = money(v.budget);
  const goals = Object.fromEntries(
    Object.entries({
      impressions: whole(v.goalImpressions), clicks: whole(v.goalClicks), leads: whole(v.goalLeads),
      conversions: whole(v.goalConversions), revenueCents: money(v.goalRevenue),
    }).filter(([, x]) => x !== undefined),
  );
  return {
    name: v.name,
    description: v.description,
    type: v.type,
    priority: v.priority,
    ownerId: v.ownerId || null,
    channels: v.channels,
    budget: amount === undefined ? null : { amountCents: amount, currency: v.currency },
    goals,
    startDate: v.startDate || null,
    launchDate: v.launchDate || null,
    endDate: v.endDate || null,
    tags: v.tags.split(",").map((t) => t.trim()).filter(Boolean),
  };
}

/** Maps schema issue paths (budget.amountCents, goals.leads) onto the form's field names. */
export function formFieldFor(path: string): keyof CampaignFormValues | "_" {
  const map: Record<string, keyof CampaignFormValues> = {
    "budget.amountCents": "budget", "budget.currency": "currency", budget: "budget",
    "goals.impressions": "goalImpressions", "goals.clicks": "goalClicks", "goals.leads": "goalLeads",
    "goals.conversions": "goalConversions", "goals.revenueCents": "goalRevenue",
  };
  if (map[path]) return map[path];
  const head = path.split(".")[0]!;
  return head in emptyCampaignForm ? (head as keyof CampaignFormValues) : "_";
}

export function toFormErrors(issues: Record<string, string[]>): Partial<Record<keyof CampaignFormValues | "_", string[]>> {
  const out: Partial<Record<keyof CampaignFormValues | "_", string[]>> = {};
  for (const [path, messages] of Object.entries(issues)) {
    const field = formFieldFor(path);
    // "Expected number, received string" means the person typed something that is not a number
    const friendly = messages.map((m) =>
      field === "type" ? "Choose a campaign type"
        : field === "priority" ? "Choose a priority"
          : /expected number/i.test(m) ? "Enter a number" : m);
    (out[field] ??= []).push(...friendly);
  }
  return out;
}
