import { randomBytes } from "node:crypto";
import { and, asc, count, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { invitations, users, type UserRow } from "@/db/schema";
import type { Db } from "@/db/types";
import { hashToken } from "@/lib/api-tokens/service";
import { audit } from "@/lib/audit/service";
import { requireRole, requireWrite, systemActor, type Ctx } from "@/lib/core/context";
import { Conflict, NotFound, ValidationFailed } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { hashPassword } from "@/lib/auth/passwords";
import {
  acceptInvitationInput, inviteMemberInput, setMemberActiveInput, updateMemberInput,
  type AcceptInvitationInput, type InviteMemberInput, type UpdateMemberInput,
} from "./schemas";

const INVITATION_DAYS = 7;

export type MemberView = {
  id: string;
  email: string;
  name: string;
  role: UserRow["role"];
  approverStages: UserRow["approverStages"];
  title: string | null;
  active: boolean;
};

function toView(u: UserRow): MemberView {
  return { id: u.id, email: u.email, name: u.name, role: u.role, approverStages: u.approverStages, title: u.title, active: !u.deactivatedAt };
}

function memberSnapshot(u: UserRow) {
  return { role: u.role, approverStages: u.approverStages, title: u.title, active: !u.deactivatedAt };
}

export async function listMembers(ctx: Ctx, opts: { includeInactive?: boolean } = {}): Promise<MemberView[]> {
  const rows = await ctx.db
    .select()
    .from(users)
    .where(opts.includeInactive ? undefined : isNull(users.deactivatedAt))
    .orderBy(asc(users.name));
  return rows.map(toView);
}

export async function getMember(ctx: Ctx, id: string): Promise<MemberView> {
  const [u] = await ctx.db.select().from(users).where(eq(users.id, id));
  if (!u) throw new NotFound("That member");
  return toView(u);
}

export type InvitationView = { id: string; email: string; name: string; role: UserRow["role"]; approverStages: UserRow["approverStages"]; expiresAt: string; invitedBy: string };

export async function listPendingInvitations(ctx: Ctx): Promise<InvitationView[]> {
  requireRole(ctx.actor, "admin", "see invitations");
  const rows = await ctx.db
    .select({ inv: invitations, invitedBy: users.name })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invitedById))
    .where(and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date())))
    .orderBy(asc(invitations.createdAt));
  return rows.map(({ inv, invitedBy }) => ({
    id: inv.id, email: inv.email, name: inv.name, role: inv.role, approverStages: inv.approverStages,
    expiresAt: inv.expiresAt.toISOString(), invitedBy,
  }));
}

/** Admins invite people; the result carries the one-time link to hand over when email is not configured. */
export async function inviteMember(ctx: Ctx, raw: InviteMemberInput, baseUrl: string) {
  requireWrite(ctx.actor, "invite members");
  requireRole(ctx.actor, "admin", "invite members");
  const input = parseInput(inviteMemberInput, raw);
  const [existing] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (existing) throw new ValidationFailed(`${input.email} is already a member.`, { email: ["This person is already a member"] });
  const token = randomBytes(24).toString("base64url");
  return ctx.db.transaction(async (tx) => {
    // a new invitation replaces any pending one for the same email
    await tx.update(invitations).set({ revokedAt: new Date() })
      .where(and(eq(invitations.email, input.email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
    const [inv] = await tx.insert(invitations).values({
      email: input.email, name: input.name, role: input.role, approverStages: input.approverStages,
      tokenHash: hashToken(token), invitedById: ctx.actor.userId!, expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    }).returning();
    await audit(tx, ctx.actor, {
      action: "member.invited", entityType: "invitation", entityId: inv!.id,
      summary: `Invited ${input.name} <${input.email}> as ${input.role}`,
      after: { email: input.email, role: input.role, approverStages: input.approverStages },
    });
    return { id: inv!.id, email: inv!.email, link: `${baseUrl.replace(/\/$/, "")}/invite/${token}`, expiresAt: inv!.expiresAt.toISOString() };
  });
}

export async function revokeInvitation(ctx: Ctx, id: string) {
  requireWrite(ctx.actor, "revoke invitations");
  requireRole(ctx.actor, "admin", "revoke invitations");
  await ctx.db.transaction(async (tx) => {
    const [inv] = await tx.update(invitations).set({ revokedAt: new Date() })
      .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt))).returning();
    if (!inv) throw new NotFound("That pending invitation");
    await audit(tx, ctx.actor, { action: "member.invitation_revoked", entityType: "invitation", entityId: id, summary: `Revoked the invitation for ${inv.email}` });
  });
}

async function pendingInvitation(db: Db, token: string) {
  const [inv] = await db.select().from(invitations).where(eq(invitations.tokenHash, hashToken(token)));
  if (!inv || inv.revokedAt) throw new NotFound("That invitation");
  if (inv.acceptedAt) throw new Conflict("This invitation has already been used. Sign in with the password you chose.");
  if (inv.expiresAt <= new Date()) throw new Conflict("This invitation link has expired. Ask an admin to invite you again.");
  return inv;
}

export async function getInvitation(db: Db, token: string) {
  const inv = await pendingInvitation(db, token);
  return { email: inv.email, name: inv.name, role: inv.role };
}

/** The invitee chooses a password through the one-time link; the link then stops working. */
export async function acceptInvitation(db: Db, raw: AcceptInvitationInput) {
  const input = parseInput(acceptInvitationInput, raw);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const inv = await pendingInvitation(tx, input.token);
    const claimed = await tx.update(invitations).set({ acceptedAt: new Date() })
      .where(and(eq(invitations.id, inv.id), isNull(invitations.acceptedAt))).returning({ id: invitations.id });
    if (!claimed.length) throw new Conflict("This invitation has already been used. Sign in with the password you chose.");
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, inv.email));
    if (existing) throw new Conflict(`${inv.email} is already a member. Sign in instead.`);
    const [user] = await tx.insert(users).values({
      email: inv.email, name: input.name, passwordHash, role: inv.role, approverStages: inv.approverStages,
    }).returning();
    await audit(tx, { ...systemActor, userId: user!.id, name: user!.name, via: "web" }, {
      action: "member.joined", entityType: "user", entityId: user!.id,
      summary: `${user!.name} accepted the invitation and joined as ${user!.role}`, after: memberSnapshot(user!),
    });
    return toView(user!);
  });
}

/**
 * Run first in any transaction that changes a member: locks the active admins in id order, so two
 * admins demoting or deactivating each other at once queue up and the second sees the first's change
 * (otherwise both count the other as active and deadlock, or leave no admin). "No key update" locks
 * leave the audit rows' foreign-key checks on the acting user unblocked.
 */
async function lockActiveAdmins(tx: Db) {
  await tx.select({ id: users.id }).from(users)
    .where(and(eq(users.role, "admin"), isNull(users.deactivatedAt)))
    .orderBy(asc(users.id)).for("no key update");
}

async function activeAdminCount(db: Db, excludingId: string) {
  const [row] = await db.select({ n: count() }).from(users)
    .where(and(eq(users.role, "admin"), isNull(users.deactivatedAt), ne(users.id, excludingId)));
  return row?.n ?? 0;
}

export async function updateMember(ctx: Ctx, raw: UpdateMemberInput): Promise<MemberView> {
  requireWrite(ctx.actor, "change members");
  requireRole(ctx.actor, "admin", "change roles and approver stages");
  const input = parseInput(updateMemberInput, raw);
  return ctx.db.transaction(async (tx) => {
    await lockActiveAdmins(tx);
    const [current] = await tx.select().from(users).where(eq(users.id, input.id)).for("no key update");
    if (!current) throw new NotFound("That member");
    if (input.role && input.role !== "admin" && current.role === "admin" && (await activeAdminCount(tx, current.id)) === 0) {
      throw new Conflict("This is the last active admin: make someone else an admin first.");
    }
    const [updated] = await tx.update(users).set({
      ...(input.role ? { role: input.role } : {}),
      ...(input.approverStages ? { approverStages: input.approverStages } : {}),
      ...(input.title !== undefined ? { title: input.title } : {}),
      version: sql`${users.version} + 1`, updatedAt: new Date(),
    }).where(eq(users.id, input.id)).returning();
    const changes: string[] = [];
    if (input.role && input.role !== current.role) changes.push(`role ${current.role} → ${input.role}`);
    if (input.approverStages && input.approverStages.join() !== current.approverStages.join()) changes.push(`approver stages: ${input.approverStages.join(", ") || "none"}`);
    if (input.title !== undefined && input.title !== current.title) changes.push("title");
    if (changes.length) {
      await audit(tx, ctx.actor, {
        action: "member.updated", entityType: "user", entityId: current.id,
        summary: `Changed ${current.name}: ${changes.join("; ")}`, before: memberSnapshot(current), after: memberSnapshot(updated!),
      });
    }
    return toView(updated!);
  });
}

export async function setMemberActive(ctx: Ctx, raw: { id: string; active: boolean }): Promise<MemberView> {
  requireWrite(ctx.actor, "deactivate members");
  requireRole(ctx.actor, "admin", "deactivate or reactivate members");
  const input = parseInput(setMemberActiveInput, raw);
  if (!input.active && input.id === ctx.actor.userId) throw new Conflict("You cannot deactivate yourself.");
  return ctx.db.transaction(async (tx) => {
    await lockActiveAdmins(tx);
    const [current] = await tx.select().from(users).where(eq(users.id, input.id)).for("no key update");
    if (!current) throw new NotFound("That member");
    if (!input.active && current.role === "admin" && (await activeAdminCount(tx, current.id)) === 0) {
      throw new Conflict("This is the last active admin and cannot be deactivated.");
    }
    if (input.active === !current.deactivatedAt) return toView(current);
    const [updated] = await tx.update(users).set({
      deactivatedAt: input.active ? null : new Date(), version: sql`${users.version} + 1`, updatedAt: new Date(),
    }).where(eq(users.id, input.id)).returning();
    await audit(tx, ctx.actor, {
      action: input.active ? "member.reactivated" : "member.deactivated", entityType: "user", entityId: current.id,
      summary: `${input.active ? "Reactivated" : "Deactivated"} ${current.name}`, before: memberSnapshot(current), after: memberSnapshot(updated!),
    });
    return toView(updated!);
  });
}

/** People who can own a campaign: active, and not read-only viewers. */
export async function listOwnerOptions(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  return ctx.db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(isNull(users.deactivatedAt), ne(users.role, "viewer")))
    .orderBy(asc(users.name));
}
