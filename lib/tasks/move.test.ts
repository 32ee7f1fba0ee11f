import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { tasks, type UserRow } from "@/db/schema";
import { auditEventsFor, ctxFor, makeCampaign, makeTask, makeUser, rejectionOf } from "@/db/testing/factories";
import type { Ctx } from "@/lib/core/context";
import { Conflict, Forbidden, InvalidTransition, ValidationFailed } from "@/lib/core/errors";
import { getBoard } from "./board";
import { MIN_POSITION_GAP } from "./board-position";
import { addTaskDependency } from "./dependencies";
import { moveTask } from "./move";

let manager: UserRow;
let member: UserRow;
let ctx: Ctx;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
  member = await makeUser({ role: "member" });
  ctx = await ctxFor(manager);
});

async function columnTitles(campaignId: string, status: "todo" | "in_progress" = "todo") {
  const board = await getBoard(ctx, { campaignId });
  return board.columns.find((c) => c.status === status)!.cards.map((c) => c.title);
}

async function row(id: string) {
  const [r] = await (await getDb()).select().from(tasks).where(eq(tasks.id, id));
  return r!;
}

/** A campaign whose To do column holds A, B, C, D in that order. */
async function fourCards() {
  const campaign = await makeCampaign(ctx, { generateTimeline: false });
  const [a, b, c, d] = [await makeTask(ctx, campaign.id, { title: "A" }), await makeTask(ctx, campaign.id, { title: "B" }),
    await makeTask(ctx, campaign.id, { title: "C" }), await makeTask(ctx, campaign.id, { title: "D" })];
  return { campaign, a: a!, b: b!, c: c!, d: d! };
}

describe("moveTask", () => {
  it("moves a card to another column, returns the card and audits the move", async () => {
    const { campaign, b } = await fourCards();
    const card = await moveTask(ctx, { id: b.id, version: b.version, toStatus: "in_progress" });
    expect(card).toMatchObject({ id: b.id, status: "in_progress", version: 2, campaign: { id: campaign.id, name: campaign.name }, can: { move: true } });
    expect(await columnTitles(campaign.id)).toEqual(["A", "C", "D"]);
    expect(await columnTitles(campaign.id, "in_progress")).toEqual(["B"]);
    const [event] = await auditEventsFor(b.id, "task.status_changed");
    expect(event!.summary).toBe('Moved "B" from To do to In progress');
  });

  it("reorders within a column, and the order persists", async () => {
    const { campaign, a, d } = await fourCards();
    await moveTask(ctx, { id: d.id, version: d.version, toStatus: "todo", beforeId: a.id });
    expect(await columnTitles(campaign.id)).toEqual(["D", "A", "B", "C"]);
    const [event] = await auditEventsFor(d.id, "task.reordered");
    expect(event!.summary).toBe('Reordered "D" in To do');
    expect((await row(d.id)).version).toBe(2);
  });

  it("lands between the two cards it is dropped between, in another column too", async () => {
    const { campaign, a, b, c, d } = await fourCards();
    await moveTask(ctx, { id: d.id, version: 1, toStatus: "todo", afterId: a.id, beforeId: b.id });
    expect(await columnTitles(campaign.id)).toEqual(["A", "D", "B", "C"]);
    const inProgress = [a, b];
    for (const t of inProgress) await moveTask(ctx, { id: t.id, version: (await row(t.id)).version, toStatus: "in_progress" });
    await moveTask(ctx, { id: c.id, version: 1, toStatus: "in_progress", afterId: a.id, beforeId: b.id });
    expect(await columnTitles(campaign.id, "in_progress")).toEqual(["A", "C", "B"]);
    // one neighbour is enough: right after A, or right before A
    await moveTask(ctx, { id: d.id, version: 2, toStatus: "in_progress", beforeId: a.id });
    expect(await columnTitles(campaign.id, "in_progress")).toEqual(["D", "A", "C", "B"]);
  });

  it("renumbers the column when repeated drops wear the gap too thin, keeping the order", async () => {
    const { campaign, a, b, c } = await fourCards();
    const db = await getDb();
    await db.update(tasks).set({ position: 1 + MIN_POSITION_GAP / 4 }).where(eq(tasks.id, b.id));
    await db.update(tasks).set({ position: 1 }).where(eq(tasks.id, a.id));
    const moved = await moveTask(ctx, { id: c.id, version: 1, toStatus: "todo", afterId: a.id, beforeId: b.id });
    expect(await columnTitles(campaign.id)).toEqual(["A", "C", "B", "D"]);
    expect((await row(b.id)).position - (await row(a.id)).position).toBeGreaterThanOrEqual(1);
    expect(moved.position).toBeGreaterThan((await row(a.id)).position);
    // renumbering moves no other card's version: their editors are not made stale
    expect((await row(a.id)).version).toBe(1);
  });

  it("refuses to start a task while a dependency is open, naming the blocker, and changes nothing", async () => {
    const { campaign, a, b } = await fourCards();
    await addTaskDependency(ctx, { predecessorId: a.id, successorId: b.id });
    const e = await rejectionOf(moveTask(ctx, { id: b.id, version: 1, toStatus: "in_progress" }));
    expect(e).toBeInstanceOf(InvalidTransition);
    expect(e.message).toContain('"A"');
    expect(e.message).toMatch(/cannot move to In progress/);
    expect(await row(b.id)).toMatchObject({ status: "todo", version: 1 });
    expect(await columnTitles(campaign.id)).toEqual(["A", "B", "C", "D"]);
    expect(await auditEventsFor(b.id, "task.status_changed")).toHaveLength(0);
    // the board shows why: effectively blocked, waiting for A
    const board = await getBoard(ctx, { campaignId: campaign.id });
    expect(board.columns[0]!.cards[1]).toMatchObject({ title: "B", status: "todo", effectiveStatus: "blocked", blockedBy: ["A"] });
    // reordering within To do is no start: allowed, and the card returned still says what it waits for
    const reordered = await moveTask(ctx, { id: b.id, version: 1, toStatus: "todo", beforeId: a.id });
    expect(reordered).toMatchObject({ effectiveStatus: "blocked", blockedBy: ["A"], version: 2 });
  });

  it("refuses an illegal status move with both states named", async () => {
    const { a } = await fourCards();
    const e = await rejectionOf(moveTask(ctx, { id: a.id, version: 1, toStatus: "in_review" }));
    expect(e).toBeInstanceOf(InvalidTransition);
    expect(e.message).toMatch(/from To do to In review/);
  });

  it("refuses a stale version with a conflict naming who changed what", async () => {
    const { a, b } = await fourCards();
    await moveTask(ctx, { id: a.id, version: 1, toStatus: "in_progress" });
    const e = await rejectionOf(moveTask(ctx, { id: a.id, version: 1, toStatus: "todo", beforeId: b.id }));
    expect(e).toBeInstanceOf(Conflict);
    expect(e.message).toContain(`changed by ${manager.name}`);
    expect(e.message).toContain("status");
    expect(await row(a.id)).toMatchObject({ status: "in_progress", version: 2 });
  });

  it("refuses neighbours of another column or campaign, and bad input, changing nothing", async () => {
    const { a, b, c } = await fourCards();
    const other = await makeTask(ctx, (await makeCampaign(ctx, { generateTimeline: false })).id, { title: "Elsewhere" });
    await moveTask(ctx, { id: c.id, version: 1, toStatus: "in_progress" });
    for (const bad of [
      { id: a.id, version: 1, toStatus: "todo" as const, afterId: other.id },
      { id: a.id, version: 1, toStatus: "todo" as const, beforeId: c.id },
      { id: a.id, version: 1, toStatus: "in_progress" as const, afterId: b.id },
    ]) {
      const e = await rejectionOf(moveTask(ctx, bad));
      expect(e).toBeInstanceOf(ValidationFailed);
      expect(e.message).toMatch(/same campaign/);
    }
    expect(await rejectionOf(moveTask(ctx, { id: a.id, version: 1, toStatus: "doing" as never }))).toBeInstanceOf(ValidationFailed);
    expect(await rejectionOf(moveTask(ctx, { id: a.id, version: 1, toStatus: "todo", afterId: a.id }))).toBeInstanceOf(ValidationFailed);
    expect(await row(a.id)).toMatchObject({ status: "todo", version: 1 });
  });

  it("lets a member move their own tasks but not others' tasks on campaigns they do not own", async () => {
    const { a, b } = await fourCards();
    const memberCtx = await ctxFor(member);
    const mine = await makeTask(ctx, a.campaignId, { title: "Mine", assigneeId: member.id });
    expect((await moveTask(memberCtx, { id: mine.id, version: 1, toStatus: "in_progress" })).status).toBe("in_progress");
    const e = await rejectionOf(moveTask(memberCtx, { id: b.id, version: 1, toStatus: "in_progress" }));
    expect(e).toBeInstanceOf(Forbidden);
    expect(e.message).toContain('"B"');
    expect((await row(b.id)).status).toBe("todo");
  });

  it("refuses viewers", async () => {
    const { a } = await fourCards();
    const viewerCtx = await ctxFor(await makeUser({ role: "viewer" }));
    expect(await rejectionOf(moveTask(viewerCtx, { id: a.id, version: 1, toStatus: "in_progress" }))).toBeInstanceOf(Forbidden);
    expect((await row(a.id)).status).toBe("todo");
  });
});
