import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeTask, makeUser } from "@/db/testing/factories";

// The refetch path of the board: session → board JSON, errors as problem responses.
let signedIn: UserRow | null = null;
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => signedIn }));

const { GET } = await import("./route");
const get = (qs: string) => GET(new NextRequest(`http://localhost/api/tasks/board${qs}`));

let manager: UserRow;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
});

describe("GET /api/tasks/board", () => {
  it("answers 401 with a problem body when signed out", async () => {
    signedIn = null;
    const res = await get("");
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await res.json()).toMatchObject({ status: 401, kind: "unauthorized", detail: "Sign in to see the board." });
  });

  it("returns the board for the query string, filters and paging included", async () => {
    signedIn = manager;
    const ctx = await ctxFor(manager);
    const campaign = await makeCampaign(ctx, { generateTimeline: false });
    for (const [title, priority] of [["A", "high"], ["B", "low"], ["C", "high"]] as const) await makeTask(ctx, campaign.id, { title, priority });
    const res = await get(`?campaignId=${campaign.id}&priority=high,critical&perColumn=1`);
    expect(res.status).toBe(200);
    const board = await res.json();
    expect(board.columns[0]).toMatchObject({ status: "todo", total: 2, cards: [{ title: "A", can: { move: true } }] });
    const more = await (await get(`?campaignId=${campaign.id}&priority=high&perColumn=1&column=todo&offset=1`)).json();
    expect(more.columns).toMatchObject([{ status: "todo", offset: 1, cards: [{ title: "C" }] }]);
  });

  it("maps bad input to 422 with field issues and an unknown campaign to 404", async () => {
    signedIn = manager;
    const bad = await get("?due=someday&perColumn=1000");
    expect(bad.status).toBe(422);
    expect((await bad.json()).issues).toMatchObject({ due: expect.any(Array), perColumn: ["perColumn is at most 200"] });
    const missing = await get(`?campaignId=${crypto.randomUUID()}`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).detail).toBe("That campaign was not found.");
  });
});
