import { expect, test } from "@playwright/test";
import { demo, shot, signIn } from "./session";

/** "YYYY-MM-DD" n days from today (UTC), as the date inputs take it. */
function inDays(n: number) {
  return new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
}

test("a manager auto-assigns a new campaign's tasks from a preview with reasons", async ({ page }) => {
  const name = `Auto-assign webinar ${Date.now()}`;
  await signIn(page, demo.manager);
  await page.goto("/campaigns/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Type").selectOption("webinar");
  await page.getByLabel("Launch date").fill(inDays(49));
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByRole("navigation", { name: "Campaign views" }).getByRole("link", { name: "Tasks" }).click();
  await expect(page).toHaveURL(/\/tasks$/);
  const firstAssignee = page.getByLabel(/^Assignee of /).first();
  await expect(firstAssignee).toHaveValue("");

  // a selection first: two tasks from the bulk bar
  const picks = page.getByRole("checkbox", { name: /^Select "/ });
  await picks.nth(0).check();
  await picks.nth(1).check();
  await page.getByRole("region", { name: "Bulk edit" }).getByRole("button", { name: "Auto-assign selected" }).click();
  const selection = page.getByRole("dialog", { name: "Auto-assign tasks" });
  await expect(selection.getByRole("table", { name: "Proposed assignments" }).getByRole("row")).toHaveCount(3, { timeout: 30_000 });
  await selection.getByRole("button", { name: "Apply 2 assignments" }).click();
  await expect(selection.getByRole("status").filter({ hasText: "Assigned 2 task" })).toBeVisible({ timeout: 30_000 });
  await selection.getByRole("button", { name: "Close" }).first().click();
  await expect(firstAssignee).not.toHaveValue("");

  // the preview: every other generated task with a proposed member, reasons and a runner-up
  await page.getByRole("button", { name: "Auto-assign", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Auto-assign tasks" });
  const table = dialog.getByRole("table", { name: "Proposed assignments" });
  // the first plan on a cold server may take a while under load
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(table.getByText(/^Utilisation after: \d+ %$/).first()).toBeVisible();
  await expect(table.getByText(/ free (before|by) /).first()).toBeVisible();
  expect(await table.getByRole("row").count()).toBeGreaterThan(3);
  await shot(page, "assignment-preview");

  const apply = dialog.getByRole("button", { name: /^Apply \d+ assignments?$/ });
  const n = Number((await apply.textContent())!.match(/\d+/)![0]);
  await apply.click();
  await expect(dialog.getByRole("status").filter({ hasText: `Assigned ${n} task` })).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole("table", { name: "Assignments made" })).toBeVisible();
  await shot(page, "assignment-applied");
  await dialog.getByRole("button", { name: "Close" }).first().click();

  // the list shows the assignees once the page refreshes
  await expect(firstAssignee).not.toHaveValue("");
  await shot(page, "assignment-list");

  // on a task: "Suggest assignee" shows the best candidate and the runner-up with reasons
  await page.locator("main a[href^='/tasks/']").first().click();
  await expect(page).toHaveURL(/\/tasks\/[0-9a-f-]+$/);
  await page.getByRole("button", { name: "Suggest assignee" }).click();
  const best = page.getByRole("group", { name: /^Best: / });
  await expect(best).toBeVisible({ timeout: 30_000 });
  await expect(best.getByText(/^Utilisation after: /)).toBeVisible();
  await expect(page.getByRole("group", { name: /^Runner-up: / })).toBeVisible();
  await shot(page, "assignment-suggest");
  const runnerUp = page.getByRole("group", { name: /^Runner-up: / });
  const other = runnerUp.getByRole("button", { name: /^Assign / });
  if (await other.count()) {
    const who = (await other.textContent())!.replace(/^Assign /, "");
    await other.click();
    await expect(page.getByRole("status").filter({ hasText: `Assigned to ${who}.` })).toBeVisible();
    await expect(page.getByRole("region", { name: "Details" }).getByText(who)).toBeVisible();
  }
});
