import { beforeAll, describe, expect, it } from "vitest";
import { ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";
import type { Ctx } from "@/lib/core/context";
import { addDays, weekStart } from "@/lib/team/capacity";
import { getCampaign } from "./service";

let manager: Ctx;

beforeAll(async () => {
  manager = await ctxFor(await makeUser({ role: "manager" }));
});

// dates relative to the real today: getCampaign reads the clock
const today = new Date().toISOString().slice(0, 10);
const nextMonday = addDays(weekStart(today), 7);

describe("getCampaign risk: assignees over capacity", () => {
  it("names an assignee whose work before the launch exceeds their capacity", async () => {
    const busy = await makeUser({ name: "Olga Overbooked" });
    const campaign = await makeCampaign(manager, { startDate: today, launchDate: addDays(nextMonday, 14), endDate: addDays(nextMonday, 30) });
    // 60 h due next Friday, all in one week of 40 h (from next Monday)
    await makeTask(manager, campaign.id, { assigneeId: busy.id, estimateHours: 60, startDate: nextMonday, dueDate: addDays(nextMonday, 4) });
    const { risk, readiness } = await getCampaign(manager, { id: campaign.id });
    const capacity = risk.factors.find((f) => f.key === "capacity")!;
    expect(capacity.level).toBe("high");
    // readiness: her task has an assignee, but one with no room for it
    expect(readiness.components.find((c) => c.key === "assignments")).toMatchObject({
      ratio: 0, detail: "1 of 1 open tasks have an assignee; 1 of them are with people over capacity (Olga Overbooked) and do not count",
    });
    expect(capacity.detail).toMatch(/^1 assignee is over capacity before the launch: Olga Overbooked \(150 % in the week of .*: 60 of 40 h\)$/);
    expect(risk.level).toBe("high");
    expect(risk.reasons).toContain(capacity.detail);
  });

  it("is low when the assignees have room", async () => {
    const calm = await makeUser({ name: "Cal Calm" });
    const campaign = await makeCampaign(manager, { startDate: today, launchDate: addDays(nextMonday, 14), endDate: addDays(nextMonday, 30) });
    await makeTask(manager, campaign.id, { assigneeId: calm.id, estimateHours: 10, startDate: nextMonday, dueDate: addDays(nextMonday, 4) });
    const { risk, readiness } = await getCampaign(manager, { id: campaign.id });
    expect(risk.factors.find((f) => f.key === "capacity")).toMatchObject({ level: "low", detail: "No assignee is over capacity before the launch" });
    expect(readiness.components.find((c) => c.key === "assignments")).toMatchObject({ ratio: 1, detail: "1 of 1 open tasks have an assignee" });
  });
});
