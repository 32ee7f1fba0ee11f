import { eq, sql } from "drizzle-orm";
import { campaigns, users, type Role } from "@/db/schema";
import type { Db } from "@/db/types";
import { hashPassword } from "@/lib/auth/passwords";
import { campaignRow, type CampaignInsert } from "./campaign-rows";
import { createRandom } from "./random";
import { firstNames, lastNames } from "./words";

/** The one bench account that can sign in, for measuring page TTFB against `next start`. */
export const benchManager = { email: "bench.manager@example.com", password: "bench-manager" } as const;

const OWNERS = 30;
const BATCH = 1_000; // ~20 parameters a row keeps each insert far below PostgreSQL's 65,535

function roleOf(i: number): Role {
  if (i === 0) return "manager";
  if (i === 1) return "admin";
  if (i < 6) return "manager";
  return i < 26 ? "member" : "viewer";
}

/** Seeds ~30 people and `count` campaigns with batched multi-row inserts; returns the manager. */
export async function seedBench(db: Db, count: number) {
  const r = createRandom(20_240_601);
  const people = Array.from({ length: OWNERS }, (_, i) => {
    const name = i === 0 ? "Bench Manager" : `${firstNames[i % firstNames.length]} ${lastNames[(i * 7) % lastNames.length]}`;
    const email = i === 0 ? benchManager.email : `${name.toLowerCase().replace(/\s+/g, ".")}.${i}@example.com`;
    return { id: r.uuid(), name, email, role: roleOf(i), title: i === 0 ? "Campaign manager" : null };
  });
  const passwordHash = await hashPassword(benchManager.password);
  await db.insert(users).values(people.map((p, i) => ({ ...p, passwordHash: i === 0 ? passwordHash : null })));

  // viewers own nothing; the first owners in the list own the most campaigns
  const ownerIds = people.filter((p) => p.role !== "viewer").map((p) => p.id);
  const now = Date.now();
  for (let done = 0; done < count; done += BATCH) {
    const rows: CampaignInsert[] = [];
    for (let i = done; i < Math.min(count, done + BATCH); i++) rows.push(campaignRow(r, ownerIds, people[0]!.id, now));
    await db.insert(campaigns).values(rows);
  }
  // what autovacuum does soon after a bulk load (statistics, visibility map): the steady state
  await db.execute(sql`vacuum analyze users, campaigns`);
  const [manager] = await db.select().from(users).where(eq(users.email, benchManager.email));
  return manager!;
}
