// npm run token:create -- --email a@b.c --name "Claude" [--scope read|read_write] [--expires-days N|never]
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { users, type TokenScope } from "@/db/schema";
import { runScript } from "@/db/scripts/run-script";
import type { Db } from "@/db/types";
import { systemActor } from "@/lib/core/context";
import { NotFound, ValidationFailed } from "@/lib/core/errors";
import { createApiToken } from "./service";

export const usage =
  'Usage: npm run token:create -- --email <member email> --name "<token name>" [--scope read|read_write] [--expires-days <days>|never]';

export type TokenCliArgs = { email: string; name: string; scope: TokenScope; expiresInDays: number | null | undefined };

const fail = (message: string) => new ValidationFailed(`${message}. ${usage}`);

/** Reads the command line; anything wrong becomes one line that says what and how to call it. */
export function parseTokenArgs(argv: string[]): TokenCliArgs | "help" {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        scope: { type: "string", default: "read" },
        "expires-days": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (e) {
    throw fail((e as Error).message.split(". ")[0]!);
  }
  if (values.help) return "help";
  const email = values.email?.trim().toLowerCase();
  const name = values.name?.trim();
  if (!email) throw fail("--email is required");
  if (!name) throw fail("--name is required");
  if (values.scope !== "read" && values.scope !== "read_write") throw fail(`--scope must be read or read_write, not "${values.scope}"`);
  const days = values["expires-days"];
  let expiresInDays: number | null | undefined;
  if (days === "never") expiresInDays = null;
  else if (days !== undefined) {
    expiresInDays = Number(days);
    if (!/^\d+$/.test(days) || expiresInDays < 1 || expiresInDays > 3650) throw fail(`--expires-days must be a whole number from 1 to 3650, or never, not "${days}"`);
  }
  return { email, name, scope: values.scope, expiresInDays };
}

/** Creates the token for the member with that email, acting as the system (the CLI runs on the server). */
export async function createTokenForMember(db: Db, args: TokenCliArgs) {
  const [user] = await db.select().from(users).where(eq(users.email, args.email));
  if (!user) throw new NotFound(`A member with the email ${args.email}`);
  if (user.deactivatedAt) throw new ValidationFailed(`${user.name} <${user.email}> is deactivated: reactivate them before creating a token.`);
  const { token, secret } = await createApiToken(
    { db, actor: systemActor },
    { name: args.name, scope: args.scope, ...(args.expiresInDays !== undefined && { expiresInDays: args.expiresInDays }) },
    user.id,
  );
  const scope = token.scope === "read" ? "read-only" : "read-write";
  const expires = token.expiresAt ? `expires ${token.expiresAt.slice(0, 10)}` : "never expires";
  const summary = [
    `Created ${scope} API token "${token.name}" for ${user.name} <${user.email}> (${user.role}); it ${expires}.`,
    "Send it as 'Authorization: Bearer <token>' to /api/mcp. It is shown only now and cannot be recovered:",
  ];
  return { summary, secret, token };
}

function isMain() {
  return Boolean(process.argv[1]) && import.meta.url === pathToFileURL(path.resolve(process.argv[1]!)).href;
}

if (isMain()) {
  runScript(async () => {
    const args = parseTokenArgs(process.argv.slice(2));
    if (args === "help") {
      console.log(usage);
      return;
    }
    try {
      const { summary, secret } = await createTokenForMember(await getDb(), args);
      for (const line of summary) console.log(line);
      console.log(secret);
    } finally {
      await closeDb();
    }
  });
}
