import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { apiTokens, users, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeUser, rejectionOf } from "@/db/testing/factories";
import { systemActor, type Ctx } from "@/lib/core/context";
import { Forbidden, NotFound, Unauthorized, ValidationFailed } from "@/lib/core/errors";
import { authenticateBearer, createApiToken, listApiTokens, revokeApiToken } from "./service";

async function tokenRow(id: string) {
  const [row] = await (await getDb()).select().from(apiTokens).where(eq(apiTokens.id, id));
  return row!;
}

let owner: UserRow, web: Ctx;

beforeAll(async () => {
  owner = await makeUser({ role: "manager" });
  web = await ctxFor(owner);
});

describe("createApiToken", () => {
  it("returns the raw secret once and stores only its sha256 hash", async () => {
    const { token, secret } = await createApiToken(web, { name: "Claude Desktop", scope: "read_write" });
    expect(secret).toMatch(/^cm_[\w-]{40,}$/);
    expect(token).toMatchObject({ name: "Claude Desktop", scope: "read_write", prefix: secret.slice(0, 10), lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(token)).not.toContain(secret);

    const row = await tokenRow(token.id);
    expect(row.tokenHash).toBe(createHash("sha256").update(secret).digest("hex"));
    expect(Object.values(row).some((v) => typeof v === "string" && v.includes(secret))).toBe(false);

    const listed = await listApiTokens(web);
    expect(listed.find((t) => t.id === token.id)).toEqual(token);
    expect(JSON.stringify(listed)).not.toContain(secret);
  });

  it("defaults to a read-only token that expires in 90 days", async () => {
    const { token } = await createApiToken(web, { name: "Defaults" });
    expect(token.scope).toBe("read");
    const days = (Date.parse(token.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);
  });

  it("can create a token that never expires", async () => {
    expect((await createApiToken(web, { name: "Forever", expiresInDays: null })).token.expiresAt).toBeNull();
  });

  it("writes an audit row without the secret", async () => {
    const { token, secret } = await createApiToken(web, { name: "Audited" });
    const [event] = await auditEventsFor(token.id);
    expect(event).toMatchObject({ action: "api_token.created", actorId: owner.id, summary: 'Created read-only API token "Audited"' });
    expect(JSON.stringify(event)).not.toContain(secret);
  });

  it("rejects a blank name", async () => {
    expect(await rejectionOf(createApiToken(web, { name: "  " }))).toBeInstanceOf(ValidationFailed);
  });

  it.each(["mcp", "api"] as const)("cannot be created through the %s door", async (via) => {
    const e = await rejectionOf(createApiToken(await ctxFor(owner, { via, scope: "read_write" }), { name: "Minted by a token" }));
    expect(e).toBeInstanceOf(Forbidden);
    expect(e.message).toContain("only be managed in the browser");
  });

  it("creates a token for someone else only through the system (the CLI)", async () => {
    const other = await makeUser({ role: "member" });
    expect(await rejectionOf(createApiToken(web, { name: "For other" }, other.id))).toBeInstanceOf(Forbidden);
    const { secret } = await createApiToken({ db: await getDb(), actor: systemActor }, { name: "From CLI" }, other.id);
    expect((await authenticateBearer(await getDb(), `Bearer ${secret}`, "api")).userId).toBe(other.id);
  });
});

describe("authenticateBearer", () => {
  it("accepts the token, giving an actor with the token's scope and door", async () => {
    const db = await getDb();
    const { token, secret } = await createApiToken(web, { name: "Reader", scope: "read" });
    const actor = await authenticateBearer(db, `Bearer ${secret}`, "mcp");
    expect(actor).toMatchObject({ userId: owner.id, role: "manager", via: "mcp", scope: "read", tokenId: token.id, name: owner.name });
    const writer = await createApiToken(web, { name: "Writer", scope: "read_write" });
    expect(await authenticateBearer(db, `bearer   ${writer.secret}  `, "api")).toMatchObject({ via: "api", scope: "read_write" });
  });

  it("sets lastUsedAt when the token is used", async () => {
    const { token, secret } = await createApiToken(web, { name: "Used" });
    expect((await tokenRow(token.id)).lastUsedAt).toBeNull();
    const before = Date.now();
    await authenticateBearer(await getDb(), `Bearer ${secret}`, "mcp");
    const used = (await tokenRow(token.id)).lastUsedAt!;
    expect(used.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((await listApiTokens(web)).find((t) => t.id === token.id)!.lastUsedAt).toBe(used.toISOString());
  });

  it.each([null, "", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "cm_abc"])("rejects the header %j, saying how to send a token", async (header) => {
    const e = await rejectionOf(authenticateBearer(await getDb(), header, "mcp"));
    expect(e).toBeInstanceOf(Unauthorized);
    expect(e.message).toContain("Authorization: Bearer <token>");
  });

  it("rejects a wrong token", async () => {
    const { secret } = await createApiToken(web, { name: "Real" });
    const e = await rejectionOf(authenticateBearer(await getDb(), `Bearer ${secret.slice(0, -1)}x`, "mcp"));
    expect(e).toBeInstanceOf(Unauthorized);
    expect(e.message).toBe("This API token is not valid or has been revoked.");
  });

  it("rejects a revoked token", async () => {
    const { token, secret } = await createApiToken(web, { name: "Soon revoked" });
    const revoked = await revokeApiToken(web, token.id);
    expect(revoked.revokedAt).not.toBeNull();
    expect((await auditEventsFor(token.id)).map((e) => e.action)).toEqual(["api_token.created", "api_token.revoked"]);
    const e = await rejectionOf(authenticateBearer(await getDb(), `Bearer ${secret}`, "mcp"));
    expect(e).toBeInstanceOf(Unauthorized);
    expect(e.message).toContain("revoked");
  });

  it("rejects an expired token", async () => {
    const db = await getDb();
    const { token, secret } = await createApiToken(web, { name: "Short-lived", expiresInDays: 1 });
    await db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.id, token.id));
    const e = await rejectionOf(authenticateBearer(db, `Bearer ${secret}`, "mcp"));
    expect(e).toBeInstanceOf(Unauthorized);
    expect(e.message).toContain("expired");
    expect((await tokenRow(token.id)).lastUsedAt).toBeNull();
  });

  it("rejects the token of a deactivated owner", async () => {
    const db = await getDb();
    const leaver = await makeUser({ role: "member" });
    const { secret } = await createApiToken(await ctxFor(leaver), { name: "Leaver's token" });
    await db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, leaver.id));
    const e = await rejectionOf(authenticateBearer(db, `Bearer ${secret}`, "api"));
    expect(e).toBeInstanceOf(Unauthorized);
    expect(e.message).toContain("deactivated");
  });
});

describe("revokeApiToken", () => {
  it("cannot revoke someone else's token", async () => {
    const { token, secret } = await createApiToken(web, { name: "Mine" });
    const stranger = await ctxFor(await makeUser({ role: "admin" }));
    expect(await rejectionOf(revokeApiToken(stranger, token.id))).toBeInstanceOf(NotFound);
    expect((await authenticateBearer(await getDb(), `Bearer ${secret}`, "mcp")).tokenId).toBe(token.id);
  });

  it("cannot be revoked or listed through a token", async () => {
    const { token } = await createApiToken(web, { name: "Self-revoke" });
    const viaMcp = await ctxFor(owner, { via: "mcp" });
    expect(await rejectionOf(revokeApiToken(viaMcp, token.id))).toBeInstanceOf(Forbidden);
    expect(await rejectionOf(listApiTokens(viaMcp))).toBeInstanceOf(Forbidden);
  });
});
