import { and, eq, isNull, ne } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { invitations, users, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeUser, rejectionOf } from "@/db/testing/factories";
import { hashToken } from "@/lib/api-tokens/service";
import { verifyCredentials, WRONG_CREDENTIALS } from "@/lib/auth/credentials";
import { systemActor, type Ctx } from "@/lib/core/context";
import { Conflict, Forbidden, NotFound, Unauthorized, ValidationFailed } from "@/lib/core/errors";
import { acceptInvitation, getInvitation, inviteMember, listMembers, listPendingInvitations, setMemberActive, updateMember } from "./service";

const BASE = "https://campaigns.example.com/";
const PASSWORD = "correct horse battery";

const tokenOf = (link: string) => link.split("/invite/")[1]!;
let seq = 0;
const uniqueEmail = (who: string) => `${who}-${Date.now().toString(36)}-${seq++}@test.example`;
// a fresh IP per sign-in keeps the per-IP rate limit out of these tests
const ip = () => `10.0.${seq++}.1`;

let adminUser: UserRow, admin: Ctx, manager: Ctx;

beforeAll(async () => {
  adminUser = await makeUser({ role: "admin", name: "Ada Admin" });
  admin = await ctxFor(adminUser);
  manager = await ctxFor(await makeUser({ role: "manager" }));
});

describe("inviteMember", () => {
  it("lets an admin invite, returning a one-time link", async () => {
    const email = uniqueEmail("Invitee");
    const inv = await inviteMember(admin, { email: `  ${email.toUpperCase()} `, name: "Ivy Invitee", role: "manager", approverStages: ["content"] }, BASE);
    expect(inv.email).toBe(email.toLowerCase());
    expect(inv.link).toMatch(/^https:\/\/campaigns\.example\.com\/invite\/[\w-]{20,}$/);
    const [row] = await (await getDb()).select().from(invitations).where(eq(invitations.id, inv.id));
    expect(row!.tokenHash).toBe(hashToken(tokenOf(inv.link)));
    expect(await getInvitation(await getDb(), tokenOf(inv.link))).toEqual({ email: email.toLowerCase(), name: "Ivy Invitee", role: "manager" });
    expect((await listPendingInvitations(admin)).map((i) => i.id)).toContain(inv.id);
    expect((await auditEventsFor(inv.id)).map((e) => e.action)).toEqual(["member.invited"]);
  });

  it("refuses non-admins", async () => {
    const e = await rejectionOf(inviteMember(manager, { email: uniqueEmail("x"), name: "X", role: "member" }, BASE));
    expect(e).toBeInstanceOf(Forbidden);
    expect(e.message).toBe("Only admins can invite members.");
    expect(await rejectionOf(listPendingInvitations(manager))).toBeInstanceOf(Forbidden);
  });

  it("rejects the email of an existing member", async () => {
    const existing = await makeUser({ role: "member" });
    const e = await rejectionOf(inviteMember(admin, { email: existing.email.toUpperCase(), name: "Again", role: "member" }, BASE));
    expect(e).toBeInstanceOf(ValidationFailed);
    expect((e as ValidationFailed).issues.email).toEqual(["This person is already a member"]);
  });

  it("replaces a pending invitation for the same email, so the old link stops working", async () => {
    const email = uniqueEmail("twice");
    const first = await inviteMember(admin, { email, name: "Twice", role: "member" }, BASE);
    await inviteMember(admin, { email, name: "Twice", role: "viewer" }, BASE);
    expect(await rejectionOf(getInvitation(await getDb(), tokenOf(first.link)))).toBeInstanceOf(NotFound);
  });
});

describe("acceptInvitation", () => {
  it("creates the member with the invited role and stages, and the link cannot be reused", async () => {
    const email = uniqueEmail("joiner");
    const inv = await inviteMember(admin, { email, name: "Jo", role: "manager", approverStages: ["compliance", "final"] }, BASE);
    const db = await getDb();
    const member = await acceptInvitation(db, { token: tokenOf(inv.link), name: "Jo Joiner", password: PASSWORD });
    expect(member).toMatchObject({ email, name: "Jo Joiner", role: "manager", approverStages: ["compliance", "final"], active: true });
    expect(await verifyCredentials(db, { email, password: PASSWORD }, ip())).toMatchObject({ id: member.id, role: "manager" });
    expect((await auditEventsFor(member.id)).map((e) => e.action)).toEqual(["member.joined"]);

    const again = await rejectionOf(acceptInvitation(db, { token: tokenOf(inv.link), name: "Mallory", password: "another password" }));
    expect(again).toBeInstanceOf(Conflict);
    expect(again.message).toContain("already been used");
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
  });

  it("rejects an expired link and creates nobody", async () => {
    const email = uniqueEmail("late");
    const inv = await inviteMember(admin, { email, name: "Late", role: "member" }, BASE);
    const db = await getDb();
    await db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, inv.id));
    const e = await rejectionOf(acceptInvitation(db, { token: tokenOf(inv.link), name: "Late", password: PASSWORD }));
    expect(e).toBeInstanceOf(Conflict);
    expect(e.message).toContain("expired");
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
    const [row] = await db.select().from(invitations).where(eq(invitations.id, inv.id));
    expect(row!.acceptedAt).toBeNull();
  });

  it("rejects an unknown token", async () => {
    const e = await rejectionOf(acceptInvitation(await getDb(), { token: "x".repeat(32), name: "Nobody", password: PASSWORD }));
    expect(e).toBeInstanceOf(NotFound);
  });

  it("rejects a short password before touching the invitation", async () => {
    const inv = await inviteMember(admin, { email: uniqueEmail("weak"), name: "Weak", role: "member" }, BASE);
    const e = await rejectionOf(acceptInvitation(await getDb(), { token: tokenOf(inv.link), name: "Weak", password: "short" }));
    expect(e).toBeInstanceOf(ValidationFailed);
    expect(await getInvitation(await getDb(), tokenOf(inv.link))).toMatchObject({ name: "Weak" });
  });
});

describe("updateMember", () => {
  it("lets an admin change role and approver stages, audited", async () => {
    const target = await makeUser({ role: "member" });
    const updated = await updateMember(admin, { id: target.id, role: "manager", approverStages: ["executive", "executive"] });
    expect(updated).toMatchObject({ role: "manager", approverStages: ["executive"] });
    const [event] = await auditEventsFor(target.id, "member.updated");
    expect(event!.summary).toContain("role member → manager");
    expect(event!.before).toMatchObject({ role: "member" });
  });

  it("refuses non-admins", async () => {
    const target = await makeUser({ role: "member" });
    expect(await rejectionOf(updateMember(manager, { id: target.id, role: "manager" }))).toBeInstanceOf(Forbidden);
    expect(await rejectionOf(setMemberActive(manager, { id: target.id, active: false }))).toBeInstanceOf(Forbidden);
    expect((await listMembers(admin)).find((m) => m.id === target.id)).toMatchObject({ role: "member", active: true });
  });

  it("refuses to demote or deactivate the last active admin", async () => {
    const db = await getDb();
    // this test needs adminUser to be the only active admin
    await db.update(users).set({ deactivatedAt: new Date() }).where(and(eq(users.role, "admin"), ne(users.id, adminUser.id)));

    const demote = await rejectionOf(updateMember(admin, { id: adminUser.id, role: "manager" }));
    expect(demote).toBeInstanceOf(Conflict);
    expect(demote.message).toContain("last active admin");
    // only the system (or a stale session) could try this: any other active admin means this one is not the last
    const deactivate = await rejectionOf(setMemberActive({ db, actor: systemActor }, { id: adminUser.id, active: false }));
    expect(deactivate).toBeInstanceOf(Conflict);
    expect(deactivate.message).toContain("last active admin");
    expect((await listMembers(admin)).find((m) => m.id === adminUser.id)).toMatchObject({ role: "admin", active: true });
    expect(await auditEventsFor(adminUser.id)).toHaveLength(0);
  });

  it("lets an admin step down once another admin is active", async () => {
    const db = await getDb();
    const outgoing = await makeUser({ role: "admin" });
    const outgoingCtx = await ctxFor(outgoing);
    expect((await updateMember(outgoingCtx, { id: outgoing.id, role: "manager" })).role).toBe("manager");
    expect((await db.select().from(users).where(eq(users.id, adminUser.id)))[0]!.role).toBe("admin");
  });

  it("refuses to let an admin deactivate themselves", async () => {
    const e = await rejectionOf(setMemberActive(admin, { id: adminUser.id, active: false }));
    expect(e).toBeInstanceOf(Conflict);
    expect(e.message).toBe("You cannot deactivate yourself.");
  });
});

describe("setMemberActive", () => {
  it("stops a deactivated member from signing in and lets them back after reactivation", async () => {
    const db = await getDb();
    const person = await makeUser({ role: "member", password: PASSWORD });
    expect((await verifyCredentials(db, { email: person.email, password: PASSWORD }, ip())).id).toBe(person.id);

    expect((await setMemberActive(admin, { id: person.id, active: false })).active).toBe(false);
    const e = await rejectionOf(verifyCredentials(db, { email: person.email, password: PASSWORD }, ip()));
    expect(e).toBeInstanceOf(Unauthorized);
    expect(e.message).toBe(WRONG_CREDENTIALS);
    expect((await listMembers(admin)).map((m) => m.id)).not.toContain(person.id);
    expect((await listMembers(admin, { includeInactive: true })).map((m) => m.id)).toContain(person.id);

    await setMemberActive(admin, { id: person.id, active: true });
    expect((await verifyCredentials(db, { email: person.email, password: PASSWORD }, ip())).id).toBe(person.id);
    expect((await auditEventsFor(person.id)).map((x) => x.action)).toEqual(["member.deactivated", "member.reactivated"]);
  });
});

describe("concurrent admin changes", () => {
  async function onlyTwoActiveAdmins() {
    const db = await getDb();
    await db.update(users).set({ deactivatedAt: new Date() }).where(and(eq(users.role, "admin"), isNull(users.deactivatedAt)));
    const a = await makeUser({ role: "admin" });
    const b = await makeUser({ role: "admin" });
    return { a, b, ctxA: await ctxFor(a), ctxB: await ctxFor(b) };
  }

  async function activeAdmins() {
    return (await getDb()).select().from(users).where(and(eq(users.role, "admin"), isNull(users.deactivatedAt)));
  }

  it.each([
    ["deactivate each other", (x: Awaited<ReturnType<typeof onlyTwoActiveAdmins>>) => [
      setMemberActive(x.ctxA, { id: x.b.id, active: false }), setMemberActive(x.ctxB, { id: x.a.id, active: false }),
    ]],
    ["demote each other", (x: Awaited<ReturnType<typeof onlyTwoActiveAdmins>>) => [
      updateMember(x.ctxA, { id: x.b.id, role: "member" }), updateMember(x.ctxB, { id: x.a.id, role: "manager" }),
    ]],
    ["one demotes, one deactivates", (x: Awaited<ReturnType<typeof onlyTwoActiveAdmins>>) => [
      updateMember(x.ctxA, { id: x.b.id, role: "viewer" }), setMemberActive(x.ctxB, { id: x.a.id, active: false }),
    ]],
  ])("keeps one active admin when the last two %s at once", async (_what, race) => {
    for (let round = 0; round < 3; round++) {
      const pair = await onlyTwoActiveAdmins();
      const results = await Promise.allSettled(race(pair));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const [lost] = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(lost!.reason).toBeInstanceOf(Conflict);
      expect(lost!.reason.message).toContain("last active admin");
      expect(await activeAdmins()).toHaveLength(1);
    }
  });
});

