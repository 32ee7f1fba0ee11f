import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { campaigns, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";
import type { Ctx } from "@/lib/core/context";

// The UI path: server actions are public endpoints, so they must refuse exactly what the service refuses.
let signedIn: Ctx;
vi.mock("@/lib/auth/session", () => ({ webContext: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { archiveCampaignAction, createCampaignAction, transitionCampaignAction, updateCampaignAction } = await import("./actions");

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) data.append(k, x);
  return data;
}

let manager: UserRow;
let member: UserRow;
beforeEach(async () => {
  manager = await makeUser({ role: "manager" });
  member = await makeUser({ role: "member" });
});

describe("campaign server actions", () => {
  it("refuses a member approving their own campaign and changes nothing", async () => {
    const campaign = await makeCampaign(await ctxFor(manager), { ownerId: member.id });
    await makeTask(await ctxFor(manager), campaign.id);
    signedIn = await ctxFor(member);
    expect(await transitionCampaignAction({ id: campaign.id, to: "in_review" })).toEqual({ ok: true, data: { status: "in_review" } });
    const result = await transitionCampaignAction({ id: campaign.id, to: "approved" });
    expect(result).toMatchObject({ ok: false, kind: "forbidden" });
    expect(!result.ok && result.error).toContain("Only managers and admins can approve");
    const [row] = await (await getDb()).select().from(campaigns).where(eq(campaigns.id, campaign.id));
    expect(row!.status).toBe("in_review");
  });

  it("refuses a member creating a campaign, even with a well-formed form", async () => {
    signedIn = await ctxFor(member);
    const state = await createCampaignAction({ seq: 0 }, form({ name: "Forged campaign", type: "email", priority: "low" }));
    expect(state.message).toContain("Only managers and admins can create campaigns");
    expect(state.values?.name).toBe("Forged campaign");
    const rows = await (await getDb()).select().from(campaigns).where(eq(campaigns.name, "Forged campaign"));
    expect(rows).toHaveLength(0);
  });

  it("refuses a viewer archiving and a member editing someone else's campaign", async () => {
    const campaign = await makeCampaign(await ctxFor(manager));
    signedIn = await ctxFor(await makeUser({ role: "viewer" }));
    expect(await archiveCampaignAction({ id: campaign.id, archived: true })).toMatchObject({ ok: false, kind: "forbidden" });
    signedIn = await ctxFor(member);
    const state = await updateCampaignAction(campaign.id, campaign.version, { seq: 0 }, form({ name: "Hijacked", type: "email", priority: "low" }));
    expect(state.message).toContain("You can only edit campaigns you own");
    expect(await auditEventsFor(campaign.id, "campaign.updated")).toHaveLength(0);
  });

  it("maps bad form input to field errors in place and keeps what was typed", async () => {
    signedIn = await ctxFor(manager);
    const state = await createCampaignAction({ seq: 0 }, form({ name: "x", type: "", budget: "12abc", launchDate: "2027-03-10", endDate: "2027-03-01" }));
    expect(state.errors).toMatchObject({
      name: ["Name needs at least 3 characters"],
      type: ["Choose a campaign type"],
      endDate: ["End date must be on or after the launch date"],
    });
    expect(state.errors?.budget?.[0]).toBeTruthy();
    expect(state.values).toMatchObject({ name: "x", budget: "12abc" });
    expect(state.seq).toBe(1);
  });
});
