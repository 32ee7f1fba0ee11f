import { beforeAll, describe, expect, it } from "vitest";
import type { UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeTask, makeUser, rejectionOf } from "@/db/testing/factories";
import { ValidationFailed } from "@/lib/core/errors";
import { countCampaignTasks, listTasks } from "./list";
import { setTaskStatus } from "./service";

let manager: UserRow;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
});

async function fixture() {
  const ctx = await ctxFor(manager);
  const campaign = await makeCampaign(ctx);
  const zed = await makeUser({ name: "Zed Zimmer" });
  const amy = await makeUser({ name: "Amy Adams" });
  const t = {
    write: await makeTask(ctx, campaign.id, { title: "write copy", priority: "low", dueDate: "2099-03-01", estimateHours: 4, assigneeId: zed.id }),
    design: await makeTask(ctx, campaign.id, { title: "Design banner", priority: "critical", dueDate: "2099-01-01", assigneeId: amy.id }),
    ship: await makeTask(ctx, campaign.id, { title: "Ship 50% promo", priority: "high", estimateHours: 1 }),
    old: await makeTask(ctx, campaign.id, { title: "Old brief", priority: "medium", dueDate: "2098-01-01", estimateHours: 9 }),
  };
  await setTaskStatus(ctx, { id: t.old.id, status: "cancelled" });
  return { ctx, campaign, t };
}

describe("listTasks sorting and search", () => {
  it("sorts by each column both ways, open tasks first by due date by default", async () => {
    const { ctx, campaign } = await fixture();
    const titles = async (sort?: "due" | "title" | "priority" | "status" | "assignee" | "estimate" | "updated", dir?: "asc" | "desc") =>
      (await listTasks(ctx, { campaignId: campaign.id, sort, dir })).items.map((i) => i.title);
    expect(await titles()).toEqual(["Design banner", "write copy", "Ship 50% promo", "Old brief"]);
    expect(await titles("title")).toEqual(["Design banner", "Old brief", "Ship 50% promo", "write copy"]);
    expect(await titles("title", "desc")).toEqual(["write copy", "Ship 50% promo", "Old brief", "Design banner"]);
    expect(await titles("priority", "desc")).toEqual(["Design banner", "Ship 50% promo", "Old brief", "write copy"]);
    expect((await titles("status", "desc"))[0]).toBe("Old brief");
    expect(await titles("assignee")).toEqual(["Design banner", "write copy", "Old brief", "Ship 50% promo"]);
    expect(await titles("estimate", "desc")).toEqual(["Old brief", "write copy", "Ship 50% promo", "Design banner"]);
    expect((await titles("updated", "desc"))[0]).toBe("Old brief");
  });

  it("finds tasks by title text, case-insensitively and literally", async () => {
    const { ctx, campaign, t } = await fixture();
    expect((await listTasks(ctx, { campaignId: campaign.id, q: "DESIGN" })).items.map((i) => i.id)).toEqual([t.design.id]);
    expect((await listTasks(ctx, { campaignId: campaign.id, q: "50%" })).items.map((i) => i.id)).toEqual([t.ship.id]);
    expect((await listTasks(ctx, { campaignId: campaign.id, q: "%" })).total).toBe(1);
    expect(await rejectionOf(listTasks(ctx, { sort: "size" as "due" }))).toBeInstanceOf(ValidationFailed);
  });

  it("says per task whether the reader may change it, and counts a campaign's tasks", async () => {
    const { campaign } = await fixture();
    const outsider = await ctxFor(await makeUser());
    expect((await listTasks(outsider, { campaignId: campaign.id })).items.every((i) => !i.canEdit)).toBe(true);
    expect((await listTasks(await ctxFor(manager), { campaignId: campaign.id })).items.every((i) => i.canEdit)).toBe(true);
    expect(await countCampaignTasks(await ctxFor(manager), campaign.id)).toEqual({ total: 4, open: 3, overdue: 0, done: 0 });
  });
});
