import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { makeUser } from "@/db/testing/factories";
import { NotFound, ValidationFailed } from "@/lib/core/errors";
import { createTokenForMember, parseTokenArgs, usage } from "./cli";
import { authenticateBearer } from "./service";

describe("token CLI arguments", () => {
  it("reads email, name, scope and expiry", () => {
    expect(parseTokenArgs(["--email", " Ana@Example.com ", "--name", "Claude", "--scope", "read_write", "--expires-days", "30"]))
      .toEqual({ email: "ana@example.com", name: "Claude", scope: "read_write", expiresInDays: 30 });
    expect(parseTokenArgs(["--email=a@b.c", "--name=Claude"])).toEqual({ email: "a@b.c", name: "Claude", scope: "read", expiresInDays: undefined });
    expect(parseTokenArgs(["--email", "a@b.c", "--name", "x", "--expires-days", "never"])).toMatchObject({ expiresInDays: null });
    expect(parseTokenArgs(["--help"])).toBe("help");
  });

  it.each([
    [[], "--email is required"],
    [["--email", "a@b.c"], "--name is required"],
    [["--email", "a@b.c", "--name", "  "], "--name is required"],
    [["--email", "a@b.c", "--name", "x", "--scope", "admin"], '--scope must be read or read_write, not "admin"'],
    [["--email", "a@b.c", "--name", "x", "--expires-days", "0"], "--expires-days must be a whole number from 1 to 3650"],
    [["--email", "a@b.c", "--name", "x", "--expires-days", "1.5"], "--expires-days must be a whole number"],
    [["--email", "a@b.c", "--name", "x", "--colour", "red"], "Unknown option '--colour'"],
    [["--email"], "Option '--email <value>' argument missing"],
    [["stray"], "Unexpected argument 'stray'"],
  ])("rejects %j with one line naming the problem and the usage", (argv, message) => {
    let error: unknown;
    try {
      parseTokenArgs(argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationFailed);
    const text = (error as Error).message;
    expect(text).toContain(message);
    expect(text).toContain(usage);
    expect(text).not.toContain("\n");
  });
});

describe("createTokenForMember", () => {
  it("creates a token for the member that authenticates as them", async () => {
    const member = await makeUser({ role: "manager" });
    const { summary, secret, token } = await createTokenForMember(await getDb(), {
      email: member.email, name: "Claude", scope: "read_write", expiresInDays: 7,
    });
    expect(summary[0]).toContain(`read-write API token "Claude" for ${member.name}`);
    expect(token.expiresAt).not.toBeNull();
    const actor = await authenticateBearer(await getDb(), `Bearer ${secret}`, "mcp");
    expect(actor).toMatchObject({ userId: member.id, scope: "read_write", via: "mcp" });
  });

  it("creates a read-only token that never expires when asked", async () => {
    const member = await makeUser();
    const { summary, token } = await createTokenForMember(await getDb(), { email: member.email, name: "Desk", scope: "read", expiresInDays: null });
    expect(token).toMatchObject({ scope: "read", expiresAt: null });
    expect(summary[0]).toContain("never expires");
  });

  it("refuses an unknown email and a deactivated member", async () => {
    await expect(createTokenForMember(await getDb(), { email: "nobody@example.com", name: "x", scope: "read", expiresInDays: undefined }))
      .rejects.toThrow(new NotFound("A member with the email nobody@example.com"));
    const gone = await makeUser({ deactivated: true });
    await expect(createTokenForMember(await getDb(), { email: gone.email, name: "x", scope: "read", expiresInDays: undefined }))
      .rejects.toThrow(/is deactivated/);
  });
});
