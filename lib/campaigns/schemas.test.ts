import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { createCampaignInput, listCampaignsInput, transitionCampaignInput, updateCampaignInput } from "./schemas";

const base = { name: "Spring launch", type: "email" } as const;
const id = "0190f2b4-0000-7000-8000-000000000001";

/** Field path → first message, for the failures of one parse. */
function issues(schema: z.ZodType, input: unknown): Record<string, string> {
  const r = schema.safeParse(input);
  if (r.success) throw new Error(`expected invalid input, got ${JSON.stringify(r.data)}`);
  const out: Record<string, string> = {};
  for (const i of r.error.issues) out[i.path.join(".") || "_"] ??= i.message;
  return out;
}

describe("createCampaignInput", () => {
  it("fills defaults for a minimal campaign", () => {
    expect(createCampaignInput.parse(base)).toEqual({
      ...base, description: "", priority: "medium", channels: [], goals: {}, tags: [], generateTimeline: true,
    });
  });

  it("keys a start date after the launch date to startDate", () => {
    expect(issues(createCampaignInput, { ...base, startDate: "2027-02-02", launchDate: "2027-02-01" })).toEqual({
      startDate: "Start date must be on or before the launch date",
    });
  });

  it("keys an end date before the launch date to endDate", () => {
    expect(issues(createCampaignInput, { ...base, launchDate: "2027-02-01", endDate: "2027-01-31" })).toEqual({
      endDate: "End date must be on or after the launch date",
    });
  });

  it("keys an end date before the start date to endDate when there is no launch date", () => {
    expect(issues(createCampaignInput, { ...base, startDate: "2027-02-01", endDate: "2027-01-01" })).toEqual({
      endDate: "End date must be on or after the start date",
    });
  });

  it("accepts a single-day campaign", () => {
    const d = "2027-02-01";
    expect(createCampaignInput.safeParse({ ...base, startDate: d, launchDate: d, endDate: d }).success).toBe(true);
  });

  it.each(["2027-02-30", "2027-13-01", "2026-02-29", "2027-04-31"])("rejects the invalid calendar date %s", (date) => {
    expect(issues(createCampaignInput, { ...base, launchDate: date })).toEqual({ launchDate: "Not a real calendar date" });
  });

  it.each(["2027-2-1", "01/02/2027", "2027-02-01T00:00:00Z"])("rejects the badly formatted date %s", (date) => {
    expect(issues(createCampaignInput, { ...base, launchDate: date }).launchDate).toBe("Use a date in the form YYYY-MM-DD");
  });

  it("accepts a leap day", () => {
    expect(createCampaignInput.safeParse({ ...base, launchDate: "2028-02-29" }).success).toBe(true);
  });

  it("rejects a negative budget", () => {
    expect(issues(createCampaignInput, { ...base, budget: { amountCents: -1 } })).toEqual({ "budget.amountCents": "Budget cannot be negative" });
  });

  it("rejects a fractional budget", () => {
    expect(issues(createCampaignInput, { ...base, budget: { amountCents: 10.5 } })).toEqual({ "budget.amountCents": "Budget is in whole cents" });
  });

  it("upper-cases the currency and defaults it to USD", () => {
    expect(createCampaignInput.parse({ ...base, budget: { amountCents: 100, currency: " eur " } }).budget).toEqual({ amountCents: 100, currency: "EUR" });
    expect(createCampaignInput.parse({ ...base, budget: { amountCents: 100 } }).budget).toEqual({ amountCents: 100, currency: "USD" });
  });

  it("rejects a currency that is not a 3-letter code", () => {
    expect(issues(createCampaignInput, { ...base, budget: { amountCents: 100, currency: "dollars" } })["budget.currency"]).toMatch(/3-letter/);
  });

  it("lower-cases and de-duplicates tags", () => {
    expect(createCampaignInput.parse({ ...base, tags: ["Launch", "launch", " LAUNCH ", "Q1"] }).tags).toEqual(["launch", "q1"]);
  });

  it("rejects empty and symbol-only tags", () => {
    expect(issues(createCampaignInput, { ...base, tags: ["  "] })["tags.0"]).toBe("Tags cannot be empty");
    expect(issues(createCampaignInput, { ...base, tags: ["#hype"] })["tags.0"]).toMatch(/letters, digits/);
  });

  it("de-duplicates channels and rejects unknown ones", () => {
    expect(createCampaignInput.parse({ ...base, channels: ["email", "email", "sms"] }).channels).toEqual(["email", "sms"]);
    expect(issues(createCampaignInput, { ...base, channels: ["fax"] })["channels.0"]).toMatch(/Channels are/);
  });

  it("rejects negative and fractional goals and unknown goal keys", () => {
    expect(issues(createCampaignInput, { ...base, goals: { leads: -5 } })["goals.leads"]).toBe("Cannot be negative");
    expect(issues(createCampaignInput, { ...base, goals: { clicks: 1.5 } })["goals.clicks"]).toBe("Must be a whole number");
    expect(issues(createCampaignInput, { ...base, goals: { likes: 5 } })).toHaveProperty("goals");
  });

  it("rejects unknown keys", () => {
    expect(issues(createCampaignInput, { ...base, status: "live" })).toHaveProperty("_");
  });

  it("rejects a name shorter than 3 characters after trimming", () => {
    expect(issues(createCampaignInput, { ...base, name: "  ab  " })).toEqual({ name: "Name needs at least 3 characters" });
  });

  it("names the allowed types when the type is unknown", () => {
    expect(issues(createCampaignInput, { ...base, type: "billboard" }).type).toContain("product_launch");
  });
});

describe("updateCampaignInput", () => {
  it("needs only the id and version", () => {
    expect(updateCampaignInput.parse({ id, version: 1 })).toEqual({ id, version: 1 });
  });

  it("rejects a missing version and a non-uuid id", () => {
    const found = issues(updateCampaignInput, { id: "nope" });
    expect(found.id).toBe("Campaign id must be a UUID");
    expect(found).toHaveProperty("version");
  });

  it("keys date order errors to the field when both dates are sent", () => {
    expect(issues(updateCampaignInput, { id, version: 1, launchDate: "2027-03-01", endDate: "2027-02-01" })).toEqual({
      endDate: "End date must be on or after the launch date",
    });
  });

  it("allows clearing dates and budget with null", () => {
    expect(updateCampaignInput.parse({ id, version: 2, launchDate: null, budget: null })).toEqual({ id, version: 2, launchDate: null, budget: null });
  });

  it("rejects unknown keys such as status", () => {
    expect(issues(updateCampaignInput, { id, version: 1, status: "live" })).toHaveProperty("_");
  });
});

describe("transitionCampaignInput", () => {
  it("names the allowed statuses for an unknown target", () => {
    expect(issues(transitionCampaignInput, { id, to: "done" }).to).toContain("in_review");
  });
});

describe("listCampaignsInput", () => {
  it("defaults to page 1 of 25 with archived campaigns excluded", () => {
    expect(listCampaignsInput.parse({})).toEqual({ archived: "exclude", page: 1, pageSize: 25 });
  });

  it("rejects a page size above 100", () => {
    expect(issues(listCampaignsInput, { pageSize: 101 })).toHaveProperty("pageSize");
    expect(listCampaignsInput.parse({ pageSize: 100 }).pageSize).toBe(100);
  });

  it("coerces page numbers from query strings and rejects page 0", () => {
    expect(listCampaignsInput.parse({ page: "3", pageSize: "10" })).toMatchObject({ page: 3, pageSize: 10 });
    expect(issues(listCampaignsInput, { page: 0 })).toHaveProperty("page");
  });

  it("lower-cases the tag filter", () => {
    expect(listCampaignsInput.parse({ tag: " Launch " }).tag).toBe("launch");
  });

  it("rejects unknown keys, sorts and statuses", () => {
    expect(issues(listCampaignsInput, { search: "x" })).toHaveProperty("_");
    expect(issues(listCampaignsInput, { sort: "budget" })).toHaveProperty("sort");
    expect(issues(listCampaignsInput, { status: ["done"] })).toHaveProperty("status.0");
  });

  it("rejects an invalid launch window date", () => {
    expect(issues(listCampaignsInput, { launchFrom: "2027-02-30" })).toEqual({ launchFrom: "Not a real calendar date" });
  });
});

describe("channels", () => {
  it("keeps one canonical order, so the same set is never reported as a change", () => {
    const a = createCampaignInput.parse({ name: "Order test", type: "email", channels: ["partners", "content", "partners"] });
    const b = createCampaignInput.parse({ name: "Order test", type: "email", channels: ["content", "partners"] });
    expect(a.channels).toEqual(["content", "partners"]);
    expect(b.channels).toEqual(a.channels);
  });
});

describe("date order alongside other mistakes", () => {
  it("reports the date order even when another field is also wrong", () => {
    const r = createCampaignInput.safeParse({ name: "Launch", type: "nope", launchDate: "2027-03-10", endDate: "2027-03-01" });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["type", "endDate"]));
  });

  it("does not fail on input that is not an object", () => {
    expect(createCampaignInput.safeParse(null).success).toBe(false);
    expect(updateCampaignInput.safeParse("x").success).toBe(false);
  });
});
