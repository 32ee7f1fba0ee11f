import { beforeAll, describe, expect, it } from "vitest";
import type { UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";
import type { Ctx } from "@/lib/core/context";
import { ValidationFailed } from "@/lib/core/errors";
import { listCampaigns } from "./list";
import type { ListCampaignsInput } from "./schemas";
import { setCampaignArchived, transitionCampaign } from "./service";

let manager: Ctx, viewer: Ctx, owner: UserRow;

// this file's database holds only these four campaigns
beforeAll(async () => {
  manager = await ctxFor(await makeUser({ role: "manager" }));
  viewer = await ctxFor(await makeUser({ role: "viewer" }));
  owner = await makeUser({ role: "member", name: "Olive Owner" });
  const spring = await makeCampaign(manager, {
    name: "Spring launch alpha", type: "product_launch", priority: "high", ownerId: owner.id,
    startDate: "2027-02-01", launchDate: "2027-03-10", endDate: "2027-04-01", tags: ["spring", "Launch"],
    description: "Introduces the new analytics dashboard",
  });
  await makeCampaign(manager, {
    name: "Summer email blast", type: "email", priority: "low",
    startDate: "2027-05-01", launchDate: "2027-06-01", endDate: "2027-06-30", tags: ["newsletter"],
  });
  const autumn = await makeCampaign(manager, {
    name: "Autumn webinar series", type: "webinar", priority: "critical",
    startDate: "2027-08-01", launchDate: "2027-09-15", endDate: "2027-10-01", tags: ["education"],
    description: "Three webinars about onboarding",
  });
  await makeTask(manager, autumn.id, { title: "Book the speakers" });
  await transitionCampaign(manager, { id: autumn.id, to: "in_review" });
  const winter = await makeCampaign(manager, {
    name: "Winter social push", type: "social", priority: "medium",
    startDate: null, launchDate: null, endDate: null, tags: ["launch"],
  });
  await transitionCampaign(manager, { id: winter.id, to: "cancelled" });
  await setCampaignArchived(manager, { id: winter.id });
  expect(spring.owner?.id).toBe(owner.id);
});

const names = async (input: ListCampaignsInput) => (await listCampaigns(viewer, input)).items.map((c) => c.name);

describe("listCampaigns", () => {
  it("excludes archived campaigns by default", async () => {
    const page = await listCampaigns(viewer, {});
    expect(page.total).toBe(3);
    expect(page.items.map((c) => c.name)).not.toContain("Winter social push");
  });

  it("includes archived campaigns on request, or shows only them", async () => {
    expect((await listCampaigns(viewer, { archived: "include" })).total).toBe(4);
    expect(await names({ archived: "only" })).toEqual(["Winter social push"]);
  });

  it("filters by status, type and priority", async () => {
    expect(await names({ status: ["in_review"] })).toEqual(["Autumn webinar series"]);
    expect((await names({ status: ["planning"], sort: "name" }))).toEqual(["Spring launch alpha", "Summer email blast"]);
    expect(await names({ type: ["email", "webinar"], sort: "name" })).toEqual(["Autumn webinar series", "Summer email blast"]);
    expect(await names({ priority: ["high", "critical"], sort: "name" })).toEqual(["Autumn webinar series", "Spring launch alpha"]);
    expect(await names({ status: ["live"] })).toEqual([]);
  });

  it("filters by owner and shows the owner's name", async () => {
    const page = await listCampaigns(viewer, { ownerId: owner.id });
    expect(page.items.map((c) => [c.name, c.owner?.name])).toEqual([["Spring launch alpha", "Olive Owner"]]);
  });

  it("filters by tag, case-insensitively", async () => {
    expect(await names({ tag: "LAUNCH" })).toEqual(["Spring launch alpha"]);
    expect(await names({ tag: "launch", archived: "include", sort: "name" })).toEqual(["Spring launch alpha", "Winter social push"]);
  });

  it("filters by launch window, inclusive at both ends", async () => {
    expect(await names({ launchFrom: "2027-03-10", launchTo: "2027-06-01", sort: "launch_date" })).toEqual(["Spring launch alpha", "Summer email blast"]);
    expect(await names({ launchFrom: "2027-06-02" })).toEqual(["Autumn webinar series"]);
    expect(await names({ launchTo: "2027-03-09" })).toEqual([]);
  });

  it("finds campaigns by a word prefix while someone is typing", async () => {
    expect(await names({ q: "spri" })).toEqual(["Spring launch alpha"]);
    expect(await names({ q: "spri laun" })).toEqual(["Spring launch alpha"]);
    expect(await names({ q: "WEBIN" })).toEqual(["Autumn webinar series"]);
  });

  it("searches descriptions and tags, with stemming", async () => {
    expect(await names({ q: "dashboards" })).toEqual(["Spring launch alpha"]);
    expect(await names({ q: "onboarding" })).toEqual(["Autumn webinar series"]);
    expect(await names({ q: "newsletter" })).toEqual(["Summer email blast"]);
  });

  it("finds nothing for a word nobody used, and ignores punctuation-only queries", async () => {
    expect((await listCampaigns(viewer, { q: "zebra" })).total).toBe(0);
    expect((await listCampaigns(viewer, { q: "!!!" })).total).toBe(3);
  });

  it("sorts by relevance when searching", async () => {
    const page = await listCampaigns(viewer, { q: "launch" });
    expect(page.sort).toBe("relevance");
    expect(page.items[0]!.name).toBe("Spring launch alpha");
  });

  it.each([
    [{ sort: "name" }, ["Autumn webinar series", "Spring launch alpha", "Summer email blast"]],
    [{ sort: "name", dir: "desc" }, ["Summer email blast", "Spring launch alpha", "Autumn webinar series"]],
    [{ sort: "launch_date" }, ["Spring launch alpha", "Summer email blast", "Autumn webinar series"]],
    [{ sort: "launch_date", dir: "desc" }, ["Autumn webinar series", "Summer email blast", "Spring launch alpha"]],
    [{ sort: "priority" }, ["Autumn webinar series", "Spring launch alpha", "Summer email blast"]],
    [{ sort: "priority", dir: "asc" }, ["Summer email blast", "Spring launch alpha", "Autumn webinar series"]],
    [{ sort: "created", dir: "asc" }, ["Spring launch alpha", "Summer email blast", "Autumn webinar series"]],
    [{ sort: "updated" }, ["Autumn webinar series", "Summer email blast", "Spring launch alpha"]],
  ] as const)("sorts by %j", async (sort, expected) => {
    expect(await names(sort)).toEqual(expected);
  });

  it("puts campaigns without a launch date last in either direction", async () => {
    for (const dir of ["asc", "desc"] as const) {
      expect((await names({ sort: "launch_date", dir, archived: "include" })).at(-1)).toBe("Winter social push");
    }
  });

  it("paginates with totals and stable, disjoint pages", async () => {
    const first = await listCampaigns(viewer, { sort: "name", pageSize: 2 });
    const second = await listCampaigns(viewer, { sort: "name", pageSize: 2, page: 2 });
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2, pageCount: 2 });
    expect(second).toMatchObject({ total: 3, page: 2, pageCount: 2 });
    expect([...first.items, ...second.items].map((c) => c.name)).toEqual(["Autumn webinar series", "Spring launch alpha", "Summer email blast"]);
    const beyond = await listCampaigns(viewer, { pageSize: 2, page: 5 });
    expect(beyond).toMatchObject({ items: [], total: 3 });
  });

  it("reports one page when nothing matches", async () => {
    expect(await listCampaigns(viewer, { q: "zebra" })).toMatchObject({ items: [], total: 0, pageCount: 1 });
  });

  it("rejects a page size above 100 with a field issue", async () => {
    await expect(listCampaigns(viewer, { pageSize: 500 })).rejects.toBeInstanceOf(ValidationFailed);
  });

  it("returns views without internal columns", async () => {
    const [item] = (await listCampaigns(viewer, { ownerId: owner.id })).items;
    expect(item).not.toHaveProperty("search");
    expect(item).not.toHaveProperty("createdById");
    expect(item).toMatchObject({ budget: { amountCents: 100_000, currency: "USD" }, tags: ["spring", "launch"], archived: false });
  });
});
