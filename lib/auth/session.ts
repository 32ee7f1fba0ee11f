import { cache } from "react";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Ctx } from "@/lib/core/context";
import { actorFromUser } from "@/lib/members/actor";
import { auth } from "./config";

/**
 * The signed-in person, read fresh from the database on every request so that a role change or a
 * deactivation takes effect at once, whatever the session cookie says.
 */
export const currentUser = cache(async () => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const [user] = await (await getDb()).select().from(users).where(eq(users.id, id));
  return user && !user.deactivatedAt ? user : null;
});

/** Context for a page or server action; sends signed-out visitors to the sign-in page. */
export async function webContext(): Promise<Ctx> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return { db: await getDb(), actor: actorFromUser(user, "web") };
}
