import { expect, test, type Locator, type Page } from "@playwright/test";
import { demo, shot, signIn } from "./session";

const column = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const cards = (col: Locator) => col.locator("li[data-task-id]");
const cardById = (col: Locator, id: string) => col.locator(`li[data-task-id="${id}"]`);

/** The server action's round trip: the board shows a move at once and saves it in the background. */
const moveSaved = (page: Page) => page.waitForResponse((r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"]));

async function createCampaignWithTasks(page: Page) {
  const name = `Board journey ${Date.now()}`;
  await page.goto("/campaigns/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Type").selectOption("webinar");
  await page.getByLabel("Launch date").fill("2027-06-15");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

test("a manager moves cards by mouse and by keyboard, the moves persist, and a refused move says why", async ({ page }) => {
  await signIn(page, demo.manager);
  const campaignUrl = await createCampaignWithTasks(page);
  await page.getByRole("link", { name: "Board" }).last().click();
  await expect(page).toHaveURL(`${campaignUrl}/board`);
  const todo = column(page, "To do");
  const inProgress = column(page, "In progress");
  await expect(cards(todo).first()).toBeVisible();
  await expect(inProgress.getByText("No tasks here")).toBeVisible();
  await shot(page, "board-campaign");

  // mouse: press, move a little (dnd-kit starts after 5 px), travel to the next column, release
  const first = cards(todo).first();
  const firstId = (await first.getAttribute("data-task-id"))!;
  const from = (await first.boundingBox())!;
  const to = (await inProgress.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 6, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 90, { steps: 20 });
  await expect(inProgress.getByText("Drop to move to In progress")).toBeVisible();
  // not shot(): a full-page screenshot resizes the viewport, and a resize cancels a drag
  await page.screenshot({ path: "e2e/artifacts/board-dragging.png" });
  const saved = moveSaved(page);
  await page.mouse.up();
  await expect(cardById(inProgress, firstId)).toBeVisible();
  expect((await saved).ok()).toBe(true);
  await page.reload();
  await expect(cardById(inProgress, firstId)).toBeVisible();
  await expect(cardById(todo, firstId)).toHaveCount(0);

  // keyboard: focus a card, Space picks it up, ArrowRight carries it over, Space drops it
  const second = cards(todo).first();
  const secondId = (await second.getAttribute("data-task-id"))!;
  const secondTitle = (await second.getAttribute("aria-label"))!;
  // what a screen reader hears names the task and where it is
  const live = page.locator("[id^='DndLiveRegion']").first();
  await second.focus();
  await page.keyboard.press("Space");
  await expect(live).toContainText(`“${secondTitle}”`);
  await page.keyboard.press("ArrowRight");
  await expect(live).toContainText(`Task “${secondTitle}” is over In progress, position`);
  const savedByKeys = moveSaved(page);
  await page.keyboard.press("Space");
  await expect(cardById(inProgress, secondId)).toBeVisible();
  expect((await savedByKeys).ok()).toBe(true);
  await page.reload();
  await expect(cardById(inProgress, secondId)).toBeVisible();
  await expect(inProgress.locator("li[data-task-id]")).toHaveCount(2);
  await shot(page, "board-after-moves");

  // a move the rules refuse (To do straight to In review) is undone, with the reason above the board
  const third = cards(todo).first();
  const thirdId = (await third.getAttribute("data-task-id"))!;
  const thirdTitle = (await third.getAttribute("aria-label"))!;
  await third.focus();
  await page.keyboard.press("Space");
  // ArrowRight steps column by column (scrolling the board when the next one is out of view)
  for (let i = 0; i < 8 && !(await live.textContent())?.includes("is over In review"); i++) {
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(150);
  }
  await expect(live).toContainText(`Task “${thirdTitle}” is over In review`);
  await page.keyboard.press("Space");
  const alert = page.getByRole("alert").filter({ hasText: "Couldn't move" });
  await expect(alert).toContainText(`Couldn't move “${thirdTitle}”: A task cannot move from To do to In review`);
  await expect(cardById(todo, thirdId)).toBeVisible();
  await expect(cardById(column(page, "In review"), thirdId)).toHaveCount(0);
  await shot(page, "board-refused-move");
});

test("the cross-campaign board filters by assignee, and a viewer cannot drag", async ({ page }) => {
  await signIn(page, demo.manager);
  await page.goto("/board");
  await expect(page.getByRole("heading", { level: 1, name: "Board" })).toBeVisible();
  await expect(column(page, "To do")).toBeVisible();
  await shot(page, "board-all-campaigns");
  await page.getByLabel("Assignee").selectOption("me");
  await expect(page).toHaveURL(/assigneeId=me/);
  await page.getByLabel("Due").selectOption("overdue");
  await expect(page).toHaveURL(/due=overdue/);
  await shot(page, "board-filtered");

  await page.context().clearCookies();
  await signIn(page, demo.viewer);
  await page.goto("/board");
  const card = cards(column(page, "To do")).first();
  if (await card.count()) {
    // read-only: no drag handle semantics, and the details say so
    await expect(card).not.toHaveAttribute("aria-roledescription", "sortable");
    await expect(card).toContainText(/./);
  }
});
