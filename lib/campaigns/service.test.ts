import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaigns, milestones, type UserRow } from "@/db/schema";
import { approveCampaign, auditEventsFor, ctxFor, makeCampaign, makeTask, makeUser, rejectionOf } from "@/db/testing/factories";
import type { Ctx } from "@/lib/core/context";
import { Conflict, Forbidden, ValidationFailed } from "@/lib/core/errors";
import { listCampaigns } from "./list";
import { getCampaign, launchDateHasTimeline, setCampaignArchived, transitionCampaign, updateCampaign } from "./service";

async function rowOf(id: string) {
  const [row] = await (await getDb()).select().from(campaigns).where(eq(campaigns.id, id));
  return row!;
}

let manager: Ctx, otherManager: Ctx, memberUser: UserRow, member: Ctx, viewer: Ctx;

beforeAll(async () => {
  manager = await ctxFor(await makeUser({ role: "manager", name: "Maya Manager" }));
  otherManager = await ctxFor(await makeUser({ role: "manager", name: "Omar Other" }));
  memberUser = await makeUser({ role: "member" });
  member = await ctxFor(memberUser);
  viewer = await ctxFor(await makeUser({ role: "viewer" }));
});

describe("createCampaign", () => {
  it("creates a campaign owned by the creator and writes a campaign.created audit row", async () => {
    const c = await makeCampaign(manager, { name: "Spring launch 2027" });
    expect(c).toMatchObject({ name: "Spring launch 2027", status: "planning", version: 1, archived: false, owner: { id: manager.actor.userId } });
    const events = await auditEventsFor(c.id);
    expect(events.map((e) => e.action)).toEqual(["campaign.created"]);
    expect(events[0]).toMatchObject({ actorId: manager.actor.userId, via: "web", entityType: "campaign" });
    expect(events[0]!.after).toMatchObject({ name: "Spring launch 2027", status: "planning", version: 1 });
  });

  it("rejects a viewer as owner and creates nothing", async () => {
    const e = await rejectionOf(makeCampaign(manager, { name: "Viewer-owned campaign", ownerId: viewer.actor.userId }));
    expect(e).toBeInstanceOf(ValidationFailed);
    expect((e as ValidationFailed).issues.ownerId).toBeDefined();
    expect((await listCampaigns(manager, { q: "Viewer-owned" })).total).toBe(0);
  });

  it("rejects bad input with field issues", async () => {
    const e = await rejectionOf(makeCampaign(manager, { name: "x", budget: { amountCents: -1 } }));
    expect(e).toBeInstanceOf(ValidationFailed);
    expect(Object.keys((e as ValidationFailed).issues).sort()).toEqual(["budget.amountCents", "name"]);
  });
});

describe("updateCampaign", () => {
  it("bumps the version and writes before and after to the audit log", async () => {
    // without a timeline, the launch date is an ordinary field
    const c = await makeCampaign(manager, { generateTimeline: false });
    const updated = await updateCampaign(manager, { id: c.id, version: 1, launchDate: "2027-02-15", priority: "high" });
    expect(updated).toMatchObject({ version: 2, launchDate: "2027-02-15", priority: "high" });
    const [event] = await auditEventsFor(c.id, "campaign.updated");
    expect(event!.summary).toBe("Updated priority, launch date");
    expect(event!.before).toMatchObject({ launchDate: "2027-02-01", priority: "medium", version: 1 });
    expect(event!.after).toMatchObject({ launchDate: "2027-02-15", priority: "high", version: 2 });
  });

  it("refuses to move the launch date of a campaign with a timeline, pointing to Reschedule, and changes nothing", async () => {
    const c = await makeCampaign(manager);
    await (await getDb()).insert(milestones).values({ campaignId: c.id, name: "Send", startDate: "2027-02-01", endDate: "2027-02-01", durationDays: 1, isLaunch: true, position: 0 });
    const e = await rejectionOf(updateCampaign(manager, { id: c.id, version: 1, launchDate: "2027-02-15", priority: "high" }));
    expect(e).toBeInstanceOf(ValidationFailed);
    expect((e as ValidationFailed).issues.launchDate).toEqual([launchDateHasTimeline]);
    expect(e.message).toContain("Reschedule on the Timeline tab (or the reschedule_campaign tool)");
    expect((await rowOf(c.id))).toMatchObject({ version: 1, launchDate: "2027-02-01", priority: "medium" });
    expect((await rejectionOf(updateCampaign(manager, { id: c.id, version: 1, launchDate: null }))).message).toBe(launchDateHasTimeline);
    // the form sends every field back: the same launch date is no change
    expect(await updateCampaign(manager, { id: c.id, version: 1, launchDate: "2027-02-01", priority: "high" })).toMatchObject({ version: 2, priority: "high" });
  });

  it("does nothing when no field changes", async () => {
    const c = await makeCampaign(manager);
    expect((await updateCampaign(manager, { id: c.id, version: 1, name: c.name })).version).toBe(1);
    expect(await auditEventsFor(c.id, "campaign.updated")).toHaveLength(0);
  });

  it("treats goals re-sent in another key order as unchanged", async () => {
    const c = await makeCampaign(manager, { goals: { impressions: 50_000, clicks: 900, leads: 100 } });
    const same = await updateCampaign(manager, { id: c.id, version: 1, goals: { leads: 100, impressions: 50_000, clicks: 900 } });
    expect(same.version).toBe(1);
    const changed = await updateCampaign(manager, { id: c.id, version: 1, goals: { impressions: 50_000, clicks: 900, leads: 120 }, name: c.name });
    expect(changed.version).toBe(2);
    expect((await auditEventsFor(c.id, "campaign.updated")).map((e) => e.summary)).toEqual(["Updated goals"]);
  });

  it("rejects a stale version with a conflict naming who changed what, and keeps the row", async () => {
    const c = await makeCampaign(manager, { generateTimeline: false });
    await updateCampaign(otherManager, { id: c.id, version: 1, launchDate: "2027-02-10" });
    const before = await rowOf(c.id);
    const e = await rejectionOf(updateCampaign(manager, { id: c.id, version: 1, name: "My stale rename" }));
    expect(e).toBeInstanceOf(Conflict);
    expect(e.message).toContain("Omar Other");
    expect(e.message).toContain("changed: launch date");
    expect((e as Conflict).details).toMatchObject({ currentVersion: 2, changedFields: ["launch date"] });
    expect(await rowOf(c.id)).toEqual(before);
  });

  it("lets exactly one of two simultaneous edits of the same version win, and names the winner to the loser", async () => {
    const c = await makeCampaign(manager, { generateTimeline: false });
    const results = await Promise.allSettled([
      updateCampaign(manager, { id: c.id, version: 1, launchDate: "2027-02-20" }),
      updateCampaign(otherManager, { id: c.id, version: 1, priority: "critical" }),
    ]);
    const won = results.findIndex((r) => r.status === "fulfilled");
    const lost = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(won).toBeGreaterThanOrEqual(0);
    expect(lost.reason).toBeInstanceOf(Conflict);
    expect(lost.reason.message).toContain(won === 0 ? "Maya Manager" : "Omar Other");
    expect(lost.reason.message).toContain(won === 0 ? "changed: launch date" : "changed: priority");
    const row = await rowOf(c.id);
    expect(row.version).toBe(2);
    expect([row.launchDate === "2027-02-20", row.priority === "critical"]).toEqual([won === 0, won === 1]);
    expect(await auditEventsFor(c.id, "campaign.updated")).toHaveLength(1);
  });

  it.each([
    ["a name that is too short", { name: "ab" }, "name"],
    ["an end date before the launch date when only the end date is sent", { endDate: "2027-01-15" }, "endDate"],
    ["a start date after the stored launch date", { startDate: "2027-02-02" }, "startDate"],
  ])("rejects %s and changes nothing", async (_what, patch, field) => {
    const c = await makeCampaign(manager);
    const before = await rowOf(c.id);
    const auditCount = (await auditEventsFor(c.id)).length;
    const e = await rejectionOf(updateCampaign(manager, { id: c.id, version: 1, ...patch }));
    expect(e).toBeInstanceOf(ValidationFailed);
    expect((e as ValidationFailed).issues[field]).toBeDefined();
    expect(await rowOf(c.id)).toEqual(before);
    expect(await auditEventsFor(c.id)).toHaveLength(auditCount);
  });

  it("lets a member own a campaign but not hand it to someone else", async () => {
    const c = await makeCampaign(manager, { ownerId: memberUser.id });
    const e = await rejectionOf(updateCampaign(member, { id: c.id, version: 1, ownerId: manager.actor.userId }));
    expect(e).toBeInstanceOf(Forbidden);
    expect(e.message).toContain("change a campaign's owner");
  });
});

describe("permissions by role", () => {
  it("lets a viewer read but not write", async () => {
    const c = await makeCampaign(manager);
    const detail = await getCampaign(viewer, { id: c.id });
    expect(detail.campaign.id).toBe(c.id);
    expect(detail.can).toEqual({ edit: false, archive: false, overrideReadiness: false });
    expect(detail.actions.every((a) => !a.allowed)).toBe(true);
    expect((await listCampaigns(viewer, {})).items.some((x) => x.id === c.id)).toBe(true);

    const attempts = [
      () => makeCampaign(viewer),
      () => updateCampaign(viewer, { id: c.id, version: 1, name: "Viewer rename" }),
      () => transitionCampaign(viewer, { id: c.id, to: "in_review" }),
      () => transitionCampaign(viewer, { id: c.id, to: "cancelled" }),
      () => setCampaignArchived(viewer, { id: c.id, archived: true }),
    ];
    for (const attempt of attempts) {
      const e = await rejectionOf(attempt());
      expect(e).toBeInstanceOf(Forbidden);
      expect(e.message).toContain("Viewers have read-only access");
    }
    expect((await rowOf(c.id)).version).toBe(1);
  });

  it("does not let a member create campaigns", async () => {
    const e = await rejectionOf(makeCampaign(member));
    expect(e).toBeInstanceOf(Forbidden);
    expect(e.message).toContain("Only managers and admins can create campaigns");
  });

  it("lets a member edit and submit a campaign they own", async () => {
    const c = await makeCampaign(manager, { ownerId: memberUser.id });
    await makeTask(manager, c.id, { title: "Write the brief" });
    const edited = await updateCampaign(member, { id: c.id, version: 1, description: "Member notes" });
    expect(edited.description).toBe("Member notes");
    const submitted = await transitionCampaign(member, { id: c.id, to: "in_review" });
    expect(submitted.status).toBe("in_review");
  });

  it("does not let a member edit or submit a campaign they do not own", async () => {
    const c = await makeCampaign(manager);
    for (const attempt of [
      () => updateCampaign(member, { id: c.id, version: 1, name: "Hijacked" }),
      () => transitionCampaign(member, { id: c.id, to: "in_review" }),
    ]) {
      const e = await rejectionOf(attempt());
      expect(e).toBeInstanceOf(Forbidden);
      expect(e.message).toContain("belongs to someone else");
    }
    expect(await rowOf(c.id)).toMatchObject({ status: "planning", version: 1 });
  });

  it("does not let a member approve or cancel their own campaign", async () => {
    const c = await makeCampaign(manager, { ownerId: memberUser.id });
    await makeTask(manager, c.id, { title: "Write the brief" });
    await transitionCampaign(member, { id: c.id, to: "in_review" });
    const approve = await rejectionOf(transitionCampaign(member, { id: c.id, to: "approved" }));
    expect(approve).toBeInstanceOf(Forbidden);
    expect(approve.message).toBe("Only managers and admins can approve a campaign.");
    const cancel = await rejectionOf(transitionCampaign(member, { id: c.id, to: "cancelled" }));
    expect(cancel).toBeInstanceOf(Forbidden);
    expect((await rowOf(c.id)).status).toBe("in_review");
  });

  it("lets a manager edit, approve, cancel and archive a campaign someone else owns", async () => {
    const c = await makeCampaign(otherManager, { ownerId: memberUser.id });
    await makeTask(otherManager, c.id, { title: "Write the brief" });
    await updateCampaign(manager, { id: c.id, version: 1, priority: "critical" });
    await transitionCampaign(manager, { id: c.id, to: "in_review" });
    await approveCampaign(c.id);
    await transitionCampaign(manager, { id: c.id, to: "cancelled", reason: "Budget cut" });
    expect((await setCampaignArchived(manager, { id: c.id })).archived).toBe(true);
  });

  it("refuses every write through a read-only token, saying the token is read-only", async () => {
    const readOnly = await ctxFor(await makeUser({ role: "manager" }), { via: "mcp", scope: "read" });
    const c = await makeCampaign(manager);
    expect((await getCampaign(readOnly, { id: c.id })).can.edit).toBe(false);
    for (const attempt of [
      () => makeCampaign(readOnly),
      () => updateCampaign(readOnly, { id: c.id, version: 1, name: "Token rename" }),
      () => transitionCampaign(readOnly, { id: c.id, to: "in_review" }),
      () => setCampaignArchived(readOnly, { id: c.id, archived: true }),
    ]) {
      const e = await rejectionOf(attempt());
      expect(e).toBeInstanceOf(Forbidden);
      expect(e.message).toContain("API token is read-only");
    }
    expect((await rowOf(c.id)).version).toBe(1);
  });
});

describe("setCampaignArchived", () => {
  it("archives only completed or cancelled campaigns", async () => {
    const c = await makeCampaign(manager);
    const e = await rejectionOf(setCampaignArchived(manager, { id: c.id }));
    expect(e).toBeInstanceOf(Conflict);
    expect(e.message).toContain("is Planning");
    expect((await rowOf(c.id)).archivedAt).toBeNull();
  });

  it("archives a cancelled campaign, blocks edits and moves, and unarchives it", async () => {
    const c = await makeCampaign(manager);
    await transitionCampaign(manager, { id: c.id, to: "cancelled" });
    const archived = await setCampaignArchived(manager, { id: c.id, archived: true });
    expect(archived).toMatchObject({ archived: true, version: 3 });
    expect((await getCampaign(manager, { id: c.id })).actions).toEqual([]);

    const edit = await rejectionOf(updateCampaign(manager, { id: c.id, version: 3, name: "Renamed while archived" }));
    expect(edit).toBeInstanceOf(Conflict);
    expect(edit.message).toContain("is archived");
    const move = await rejectionOf(transitionCampaign(manager, { id: c.id, to: "planning" }));
    expect(move.message).toContain("is archived");

    const restored = await setCampaignArchived(manager, { id: c.id, archived: false });
    expect(restored).toMatchObject({ archived: false, version: 4 });
    const actions = (await auditEventsFor(c.id)).map((e) => e.action);
    expect(actions).toEqual(["campaign.created", "campaign.transitioned", "campaign.archived", "campaign.unarchived"]);
  });

  it("does not let a member archive a campaign they own", async () => {
    const c = await makeCampaign(manager, { ownerId: memberUser.id });
    await transitionCampaign(manager, { id: c.id, to: "cancelled" });
    expect(await rejectionOf(setCampaignArchived(member, { id: c.id }))).toBeInstanceOf(Forbidden);
  });
});
