import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import type { WeeklyHours } from "@/db/schema/team";
import { auditEvents, memberAvailability, memberSkills, organizationHolidays, timeOff, users, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeUser, rejectionOf } from "@/db/testing/factories";
import { Conflict, Forbidden, ValidationFailed } from "@/lib/core/errors";
import { addOrganizationHoliday, bulkTimeOff, bulkWeeklyHours } from "./bulk";
import { addTimeOff, removeTimeOff, setAvailability, setProfile, setSkills } from "./schedule";

let manager: UserRow, admin: UserRow, alice: UserRow, bob: UserRow, viewer: UserRow;
const week: WeeklyHours = [8, 8, 8, 8, 6, 0, 0];

beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
  admin = await makeUser({ role: "admin" });
  alice = await makeUser({ name: "Alice Able" });
  bob = await makeUser({ name: "Bob Baker" });
  viewer = await makeUser({ role: "viewer" });
});

describe("setAvailability", () => {
  it("lets members set their own hours, versioned and audited", async () => {
    const first = await setAvailability(await ctxFor(alice), { userId: alice.id, weeklyHours: week, version: 0 });
    expect(first.version).toBe(1);
    const second = await setAvailability(await ctxFor(alice), { userId: alice.id, weeklyHours: [4, 4, 4, 4, 4, 0, 0], version: 1 });
    expect(second.version).toBe(2);
    const entries = await auditEventsFor(alice.id, "member.availability_changed");
    expect(entries).toHaveLength(2);
    expect(entries[1]!.summary).toContain("4/4/4/4/4/0/0 (20 h a week)");
  });

  it("rejects a stale version with a conflict and keeps the newer hours", async () => {
    const e = await rejectionOf(setAvailability(await ctxFor(manager), { userId: alice.id, weeklyHours: week, version: 1 }));
    expect(e).toBeInstanceOf(Conflict);
    expect(e.message).toContain("changed by someone else");
    const [row] = await (await getDb()).select().from(memberAvailability).where(eq(memberAvailability.userId, alice.id));
    expect(row!.weeklyHours).toEqual([4, 4, 4, 4, 4, 0, 0]);
  });

  it("refuses members changing someone else, viewers and read-only tokens; lets managers and admins", async () => {
    expect(await rejectionOf(setAvailability(await ctxFor(bob), { userId: alice.id, weeklyHours: week, version: 2 }))).toBeInstanceOf(Forbidden);
    expect(await rejectionOf(setAvailability(await ctxFor(viewer), { userId: viewer.id, weeklyHours: week, version: 0 }))).toBeInstanceOf(Forbidden);
    expect((await rejectionOf(setAvailability(await ctxFor(alice, { scope: "read" }), { userId: alice.id, weeklyHours: week, version: 2 }))).message).toContain("read-only");
    expect((await setAvailability(await ctxFor(manager), { userId: alice.id, weeklyHours: week, version: 2 })).version).toBe(3);
    expect((await setAvailability(await ctxFor(admin), { userId: alice.id, weeklyHours: week, version: 3 })).version).toBe(4);
  });

  it("rejects hours outside 0–24 and lists that are not 7 days", async () => {
    const e = await rejectionOf(setAvailability(await ctxFor(alice), { userId: alice.id, weeklyHours: [8, 8, 8, 8, 25, 0, 0], version: 4 }));
    expect(e).toBeInstanceOf(ValidationFailed);
    expect((e as ValidationFailed).issues["weeklyHours.4"]).toEqual(["A day has at most 24 hours"]);
    expect(await rejectionOf(setAvailability(await ctxFor(alice), { userId: alice.id, weeklyHours: [8, 8] as never, version: 4 }))).toBeInstanceOf(ValidationFailed);
  });
});

describe("time off", () => {
  it("adds and removes a member's own range, audited", async () => {
    const ctx = await ctxFor(bob);
    const r = await addTimeOff(ctx, { userId: bob.id, startDate: "2027-02-01", endDate: "2027-02-05", reason: "Vacation" });
    expect(r).toMatchObject({ startDate: "2027-02-01", endDate: "2027-02-05", reason: "Vacation" });
    await removeTimeOff(ctx, { id: r.id });
    expect(await (await getDb()).select().from(timeOff).where(eq(timeOff.id, r.id))).toEqual([]);
    expect((await auditEventsFor(bob.id)).map((e) => e.action)).toEqual(["member.time_off_added", "member.time_off_removed"]);
  });

  it("rejects an overlapping range, naming the existing one", async () => {
    const ctx = await ctxFor(bob);
    await addTimeOff(ctx, { userId: bob.id, startDate: "2027-03-01", endDate: "2027-03-05", reason: "Conference" });
    const e = await rejectionOf(addTimeOff(ctx, { userId: bob.id, startDate: "2027-03-05", endDate: "2027-03-08" }));
    expect(e).toBeInstanceOf(ValidationFailed);
    expect(e.message).toBe("Bob Baker already has time off 2027-03-01 – 2027-03-05 (Conference), which overlaps 2027-03-05 – 2027-03-08.");
    // touching but not overlapping is fine
    await addTimeOff(ctx, { userId: bob.id, startDate: "2027-03-06", endDate: "2027-03-06" });
  });

  it("rejects a range that ends before it starts", async () => {
    const e = await rejectionOf(addTimeOff(await ctxFor(bob), { userId: bob.id, startDate: "2027-04-05", endDate: "2027-04-01" }));
    expect((e as ValidationFailed).issues.endDate).toEqual(["The last day off must be on or after the first"]);
  });

  it("stops members adding or removing someone else's time off; managers may", async () => {
    expect(await rejectionOf(addTimeOff(await ctxFor(alice), { userId: bob.id, startDate: "2027-05-01", endDate: "2027-05-01" }))).toBeInstanceOf(Forbidden);
    const r = await addTimeOff(await ctxFor(manager), { userId: bob.id, startDate: "2027-05-01", endDate: "2027-05-01", reason: "Moving" });
    expect(await rejectionOf(removeTimeOff(await ctxFor(alice), { id: r.id }))).toBeInstanceOf(Forbidden);
    await removeTimeOff(await ctxFor(manager), { id: r.id });
  });
});

describe("skills and profile", () => {
  it("replaces a member's skills and refuses someone else's", async () => {
    await setSkills(await ctxFor(alice), { userId: alice.id, skills: [{ skill: "seo", level: 3 }, { skill: "web", level: 5 }] });
    await setSkills(await ctxFor(alice), { userId: alice.id, skills: [{ skill: "web", level: 4 }] });
    expect(await (await getDb()).select({ skill: memberSkills.skill, level: memberSkills.level }).from(memberSkills).where(eq(memberSkills.userId, alice.id))).toEqual([{ skill: "web", level: 4 }]);
    expect(await rejectionOf(setSkills(await ctxFor(bob), { userId: alice.id, skills: [] }))).toBeInstanceOf(Forbidden);
    const bad = await rejectionOf(setSkills(await ctxFor(alice), { userId: alice.id, skills: [{ skill: "web", level: 6 }] }));
    expect((bad as ValidationFailed).issues["skills.0.level"]).toEqual(["Level is 1 to 5"]);
    expect(await rejectionOf(setSkills(await ctxFor(alice), { userId: alice.id, skills: [{ skill: "web", level: 2 }, { skill: "web", level: 3 }] }))).toBeInstanceOf(ValidationFailed);
  });

  it("sets title and a valid timezone", async () => {
    await setProfile(await ctxFor(alice), { userId: alice.id, title: "Web lead", timezone: "Europe/Berlin" });
    const [row] = await (await getDb()).select().from(users).where(eq(users.id, alice.id));
    expect(row).toMatchObject({ title: "Web lead", timezone: "Europe/Berlin" });
    const e = await rejectionOf(setProfile(await ctxFor(alice), { userId: alice.id, timezone: "Mars/Olympus" }));
    expect((e as ValidationFailed).issues.timezone).toEqual(["Choose a valid IANA timezone, e.g. Europe/Berlin"]);
  });
});

describe("bulk schedule changes", () => {
  it("adds time off for several members in one go, one audit entry each", async () => {
    const carol = await makeUser({ name: "Carol Cole" });
    const dave = await makeUser({ name: "Dave Dunn" });
    const r = await bulkTimeOff(await ctxFor(manager), { userIds: [carol.id, dave.id], startDate: "2027-06-01", endDate: "2027-06-02", reason: "Offsite" });
    expect(r.count).toBe(2);
    expect(await auditEventsFor(carol.id, "member.time_off_added")).toHaveLength(1);
    expect(await auditEventsFor(dave.id, "member.time_off_added")).toHaveLength(1);
  });

  it("writes nothing when one member cannot take the time off, and names them", async () => {
    const erin = await makeUser({ name: "Erin Eve" });
    const gone = await makeUser({ name: "Gus Gone", deactivated: true });
    await addTimeOff(await ctxFor(manager), { userId: bob.id, startDate: "2027-07-01", endDate: "2027-07-10" });
    const e = await rejectionOf(bulkTimeOff(await ctxFor(manager), { userIds: [erin.id, bob.id, gone.id], startDate: "2027-07-05", endDate: "2027-07-06", reason: "" }));
    expect(e).toBeInstanceOf(ValidationFailed);
    expect(e.message).toContain("Gus Gone is deactivated");
    const clash = await rejectionOf(bulkTimeOff(await ctxFor(manager), { userIds: [erin.id, bob.id], startDate: "2027-07-05", endDate: "2027-07-06", reason: "" }));
    expect(clash.message).toBe("Nothing was changed: Bob Baker already has time off 2027-07-01 – 2027-07-10.");
    expect(await (await getDb()).select().from(timeOff).where(eq(timeOff.userId, erin.id))).toEqual([]);
    expect(await auditEventsFor(erin.id)).toEqual([]);
  });

  it("is for managers and admins only", async () => {
    expect(await rejectionOf(bulkTimeOff(await ctxFor(alice), { userIds: [alice.id], startDate: "2027-08-01", endDate: "2027-08-01", reason: "" }))).toBeInstanceOf(Forbidden);
    expect(await rejectionOf(bulkWeeklyHours(await ctxFor(alice), { userIds: [alice.id], weeklyHours: week }))).toBeInstanceOf(Forbidden);
    expect(await rejectionOf(addOrganizationHoliday(await ctxFor(alice), { date: "2027-12-24", name: "Christmas Eve" }))).toBeInstanceOf(Forbidden);
    expect(await rejectionOf(addOrganizationHoliday(await ctxFor(manager, { scope: "read" }), { date: "2027-12-24", name: "Christmas Eve" }))).toBeInstanceOf(Forbidden);
  });

  it("adds an organisation holiday with one audit entry per active member, once", async () => {
    const r = await addOrganizationHoliday(await ctxFor(admin), { date: "2027-12-24", name: "Christmas Eve" });
    const db = await getDb();
    expect(await db.select().from(organizationHolidays).where(eq(organizationHolidays.date, "2027-12-24"))).toHaveLength(1);
    const entries = await db.select().from(auditEvents).where(eq(auditEvents.action, "member.holiday_added"));
    expect(entries).toHaveLength(r.members);
    expect(entries.some((e) => e.entityId === alice.id)).toBe(true);
    const again = await rejectionOf(addOrganizationHoliday(await ctxFor(admin), { date: "2027-12-24", name: "Again" }));
    expect(again.message).toBe("2027-12-24 is already a holiday (Christmas Eve).");
  });

  it("sets weekly hours for several members, whatever their versions", async () => {
    const r = await bulkWeeklyHours(await ctxFor(manager), { userIds: [alice.id, bob.id], weeklyHours: [6, 6, 6, 6, 6, 0, 0] });
    expect(r.count).toBe(2);
    const rows = await (await getDb()).select().from(memberAvailability).where(eq(memberAvailability.userId, bob.id));
    expect(rows[0]).toMatchObject({ weeklyHours: [6, 6, 6, 6, 6, 0, 0], version: 1 });
    const unknown = await rejectionOf(bulkWeeklyHours(await ctxFor(manager), { userIds: [alice.id, "00000000-0000-4000-8000-000000000000"], weeklyHours: week }));
    expect(unknown.message).toContain("no member has the id 00000000-0000-4000-8000-000000000000");
    const [a] = await (await getDb()).select().from(memberAvailability).where(eq(memberAvailability.userId, alice.id));
    expect(a!.weeklyHours).toEqual([6, 6, 6, 6, 6, 0, 0]);
  });
});
