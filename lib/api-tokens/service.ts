import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { apiTokens, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { audit } from "@/lib/audit/service";
import type { Actor, Ctx } from "@/lib/core/context";
import { Forbidden, NotFound, Unauthorized } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/validation";
import { actorFromUser } from "@/lib/members/actor";
import { createApiTokenInput, type CreateApiTokenInput } from "./schemas";

const PREFIX = "cm_";

export function hashToken(raw: string) {
  return createHash("sha256").update(raw).digest("hex");
}

export type ApiTokenView = {
  id: string;
  name: string;
  prefix: string;
  scope: "read" | "read_write";
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
};

function toView(t: typeof apiTokens.$inferSelect): ApiTokenView {
  return {
    id: t.id, name: t.name, prefix: t.prefix, scope: t.scope,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    expiresAt: t.expiresAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

function requireSignedInUser(actor: Actor) {
  if (!actor.userId) throw new Forbidden("API tokens belong to people; the system cannot hold one.");
  // a token cannot mint tokens: that would let a leaked token outlive its revocation
  if (actor.via !== "web" && actor.via !== "system") throw new Forbidden("API tokens can only be managed in the browser or with the token CLI.");
  return actor.userId;
}

/** Creates a token for the acting person. The raw token is returned once and never stored. */
export async function createApiToken(ctx: Ctx, raw: CreateApiTokenInput, forUserId?: string) {
  const userId = forUserId ?? requireSignedInUser(ctx.actor);
  if (forUserId && ctx.actor.via !== "system") throw new Forbidden("Only the token CLI can create tokens for another person.");
  const input = parseInput(createApiTokenInput, raw);
  const secret = PREFIX + randomBytes(32).toString("base64url");
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId, name: input.name, tokenHash: hashToken(secret), prefix: secret.slice(0, 10), scope: input.scope, expiresAt })
      .returning();
    await audit(tx, ctx.actor, {
      action: "api_token.created", entityType: "api_token", entityId: row!.id,
      summary: `Created ${input.scope === "read" ? "read-only" : "read-write"} API token "${input.name}"`,
      after: { name: input.name, scope: input.scope, expiresAt: expiresAt?.toISOString() ?? null, userId },
    });
    return { token: toView(row!), secret };
  });
}

export async function listApiTokens(ctx: Ctx): Promise<ApiTokenView[]> {
  const userId = requireSignedInUser(ctx.actor);
  const rows = await ctx.db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));
  return rows.map(toView);
}

export async function revokeApiToken(ctx: Ctx, id: string) {
  const userId = requireSignedInUser(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(apiTokens).where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)));
    if (!row) throw new NotFound("That API token");
    if (row.revokedAt) return toView(row);
    const [updated] = await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id)).returning();
    await audit(tx, ctx.actor, {
      action: "api_token.revoked", entityType: "api_token", entityId: id,
      summary: `Revoked API token "${row.name}"`, before: { revokedAt: null }, after: { revokedAt: updated!.revokedAt },
    });
    return toView(updated!);
  });
}

/** Resolves "Authorization: Bearer <token>" to an actor, or throws Unauthorized. */
export async function authenticateBearer(db: Db, authorization: string | null, via: "mcp" | "api"): Promise<Actor> {
  const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  if (!match) throw new Unauthorized("Send a personal API token as 'Authorization: Bearer <token>'. Create one under Settings → API tokens.");
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(match[1]!)), isNull(apiTokens.revokedAt)));
  if (!row) throw new Unauthorized("This API token is not valid or has been revoked.");
  if (row.token.expiresAt && row.token.expiresAt <= new Date()) throw new Unauthorized("This API token has expired. Create a new one under Settings → API tokens.");
  if (row.user.deactivatedAt) throw new Unauthorized("The account that owns this API token is deactivated.");
  // last-used is informational: at most one write a minute per token
  if (!row.token.lastUsedAt || Date.now() - row.token.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.token.id));
  }
  return { ...actorFromUser(row.user, via), tokenId: row.token.id, scope: row.token.scope };
}
