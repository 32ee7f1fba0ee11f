import { beforeAll, describe, expect, it } from "vitest";
import type { UserRow } from "@/db/schema";
import { ctxFor, makeCampaign, makeTask, makeUser, rejectionOf } from "@/db/testing/factories";
import { setCampaignArchived, transitionCampaign } from "@/lib/campaigns/service";
import type { Ctx } from "@/lib/core/context";
import { NotFound, ValidationFailed } from "@/lib/core/errors";
import { getBoard, type Board } from "./board";
import { addDaysIso, dueWindow, todayIso } from "./rules";
import { setTaskStatus } from "./service";

let manager: UserRow;
let member: UserRow;
let ctx: Ctx;
beforeAll(async () => {
  manager = await makeUser({ role: "manager" });
  member = await makeUser({ role: "member" });
  ctx = await ctxFor(manager);
});

const newCampaign = () => makeCampaign(ctx, { generateTimeline: false });
const titles = (board: Board, status = "todo") => board.columns.find((c) => c.status === status)!.cards.map((c) => c.title);
const today = todayIso();

describe("getBoard", () => {
  it("returns the five columns in order, with totals and cards by position; cancelled only when asked", async () => {
    const campaign = await newCampaign();
    const a = await makeTask(ctx, campaign.id, { title: "A", assigneeId: member.id, estimateHours: 3, priority: "high" });
    await makeTask(ctx, campaign.id, { title: "B" });
    const c = await makeTask(ctx, campaign.id, { title: "C" });
    await setTaskStatus(ctx, { id: c.id, status: "cancelled" });
    await setTaskStatus(ctx, { id: a.id, status: "in_progress" });

    const board = await getBoard(ctx, { campaignId: campaign.id });
    expect(board.campaign).toEqual({ id: campaign.id, name: campaign.name, archived: false });
    expect(board.columns.map((col) => [col.status, col.label, col.total])).toEqual([
      ["todo", "To do", 1], ["in_progress", "In progress", 1], ["blocked", "Blocked", 0], ["in_review", "In review", 0], ["done", "Done", 0],
    ]);
    expect(board.columns[1]!.cards[0]).toEqual({
      id: a.id, version: 2, title: "A", status: "in_progress", effectiveStatus: "in_progress", blockedBy: [], priority: "high",
      assignee: { id: member.id, name: member.name }, dueDate: null, overdue: false, estimateHours: 3,
      campaign: { id: campaign.id, name: campaign.name }, position: expect.any(Number), can: { move: true },
    });
    const withCancelled = await getBoard(ctx, { campaignId: campaign.id, includeCancelled: true });
    expect(withCancelled.columns.at(-1)).toMatchObject({ status: "cancelled", total: 1, cards: [{ title: "C" }] });
  });

  it("pages a column: perColumn cards first, then 'show more' from an offset", async () => {
    const campaign = await newCampaign();
    for (let i = 1; i <= 7; i++) await makeTask(ctx, campaign.id, { title: `T${i}` });
    const first = await getBoard(ctx, { campaignId: campaign.id, perColumn: 3 });
    expect(first.columns[0]).toMatchObject({ total: 7, offset: 0 });
    expect(titles(first)).toEqual(["T1", "T2", "T3"]);
    const more = await getBoard(ctx, { campaignId: campaign.id, perColumn: 3, column: "todo", offset: 3 });
    expect(more.columns).toHaveLength(1);
    expect(more.columns[0]).toMatchObject({ status: "todo", total: 7, offset: 3 });
    expect(titles(more)).toEqual(["T4", "T5", "T6"]);
    const last = await getBoard(ctx, { campaignId: campaign.id, perColumn: 3, column: "todo", offset: 6 });
    expect(titles(last)).toEqual(["T7"]);
  });

  it("filters by assignee (a member or me), priority and due date", async () => {
    const campaign = await newCampaign();
    const mine = await makeTask(ctx, campaign.id, { title: "Mine", assigneeId: manager.id, priority: "critical", dueDate: addDaysIso(today, -3) });
    await makeTask(ctx, campaign.id, { title: "Theirs", assigneeId: member.id, priority: "low", dueDate: today });
    await makeTask(ctx, campaign.id, { title: "Undated", priority: "high" });
    await makeTask(ctx, campaign.id, { title: "Soon", priority: "medium", dueDate: addDaysIso(today, 10) });
    const doneLate = await makeTask(ctx, campaign.id, { title: "Done late", dueDate: addDaysIso(today, -5) });
    await setTaskStatus(ctx, { id: doneLate.id, status: "in_progress" });
    await setTaskStatus(ctx, { id: doneLate.id, status: "done" });

    const q = (extra: object) => getBoard(ctx, { campaignId: campaign.id, ...extra });
    const all = (b: Board) => b.columns.flatMap((c) => c.cards.map((card) => card.title)).sort();
    expect(all(await q({ assigneeId: "me" }))).toEqual(["Mine"]);
    expect(all(await q({ assigneeId: member.id }))).toEqual(["Theirs"]);
    expect(all(await q({ priority: ["critical", "high"] }))).toEqual(["Mine", "Undated"]);
    const overdue = await q({ due: "overdue" });
    expect(all(overdue)).toEqual(["Mine"]);
    expect(overdue.columns[0]!.cards[0]!.overdue).toBe(true);
    expect(all(await q({ due: "today" }))).toEqual(["Theirs"]);
    expect(all(await q({ due: "no_date" }))).toEqual(["Undated"]);
    expect(all(await q({ due: "next_14_days" }))).toEqual(["Soon", "Theirs"]);
    expect((await q({ due: "overdue" })).columns.map((c) => c.total)).toEqual([1, 0, 0, 0, 0]);
    expect(mine.id).toBeTruthy();
  });

  it("works across non-archived campaigns, optionally only some of them, naming each card's campaign", async () => {
    const one = await newCampaign();
    const two = await newCampaign();
    const gone = await newCampaign();
    await makeTask(ctx, one.id, { title: "One" });
    await makeTask(ctx, two.id, { title: "Two" });
    await makeTask(ctx, gone.id, { title: "Gone" });
    await transitionCampaign(ctx, { id: gone.id, to: "cancelled" });
    await setCampaignArchived(ctx, { id: gone.id, archived: true });

    const across = await getBoard(ctx, {});
    expect(across.campaign).toBeNull();
    const cards = across.columns[0]!.cards;
    expect(cards.find((c) => c.title === "One")!.campaign).toEqual({ id: one.id, name: one.name });
    expect(cards.some((c) => c.title === "Gone")).toBe(false);
    expect(titles(await getBoard(ctx, { campaignIds: [two.id, gone.id] }))).toEqual(["Two"]);
    // the archived campaign's own board still shows its tasks, read-only
    const archived = await getBoard(ctx, { campaignId: gone.id });
    expect(archived.campaign!.archived).toBe(true);
    expect(archived.columns[0]!.cards).toMatchObject([{ title: "Gone", can: { move: false } }]);
  });

  it("says which cards the viewer may move", async () => {
    const campaign = await newCampaign();
    await makeTask(ctx, campaign.id, { title: "Theirs" });
    await makeTask(ctx, campaign.id, { title: "Mine", assigneeId: member.id });
    const asMember = await getBoard(await ctxFor(member), { campaignId: campaign.id });
    expect(asMember.columns[0]!.cards.map((c) => [c.title, c.can.move])).toEqual([["Theirs", false], ["Mine", true]]);
    const asViewer = await getBoard(await ctxFor(await makeUser({ role: "viewer" })), { campaignId: campaign.id });
    expect(asViewer.columns[0]!.cards.every((c) => !c.can.move)).toBe(true);
    const readOnlyToken = await getBoard(await ctxFor(manager, { via: "api", scope: "read" }), { campaignId: campaign.id });
    expect(readOnlyToken.columns[0]!.cards.every((c) => !c.can.move)).toBe(true);
  });

  it("rejects bad input and unknown campaigns clearly", async () => {
    expect(await rejectionOf(getBoard(ctx, { campaignId: crypto.randomUUID() }))).toBeInstanceOf(NotFound);
    const e = await rejectionOf(getBoard(ctx, { perColumn: 500, due: "someday" as never }));
    expect(e).toBeInstanceOf(ValidationFailed);
    expect((e as ValidationFailed).issues).toMatchObject({ perColumn: ["perColumn is at most 200"], due: [expect.stringContaining("overdue")] });
    expect(await rejectionOf(getBoard(ctx, { offset: 10 }))).toBeInstanceOf(ValidationFailed);
  });
});

describe("dueWindow", () => {
  it("spans Monday to Sunday for this_week and 14 days ahead for next_14_days", () => {
    expect(dueWindow("this_week", "2027-01-06")).toEqual({ from: "2027-01-04", to: "2027-01-10" }); // a Wednesday
    expect(dueWindow("this_week", "2027-01-10")).toEqual({ from: "2027-01-04", to: "2027-01-10" }); // a Sunday
    expect(dueWindow("next_14_days", "2027-12-25")).toEqual({ from: "2027-12-25", to: "2028-01-08" });
    expect(dueWindow("overdue", "2027-01-06")).toBeNull();
  });
});
