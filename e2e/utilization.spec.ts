import { expect, test } from "@playwright/test";
import { demo, shot, signIn } from "./session";

test.describe("team utilisation heatmap", () => {
  test("a manager sees members × weeks, reads a cell's hours and opens its tasks", async ({ page }) => {
    await signIn(page, demo.manager);
    await page.goto("/team/utilization");
    await expect(page.getByRole("heading", { name: "Utilisation" })).toBeVisible();

    const grid = page.getByRole("table", { name: /Utilisation by member and week/ });
    await expect(grid).toBeVisible();
    // 16 weeks plus the member column, and the current week marked
    await expect(grid.getByRole("columnheader")).toHaveCount(17);
    await expect(grid.locator("th[aria-current=date]")).toContainText("This week");
    await expect(grid.getByRole("rowheader", { name: /Leo Chen/ })).toBeVisible();
    await expect(page.getByRole("list", { name: "Legend" })).toContainText("Over 100 %");

    // hover: the hours appear as a tooltip
    const busy = grid.getByRole("button", { name: /\d+ tasks?$/ }).first();
    await busy.hover();
    await expect(page.getByRole("tooltip")).toHaveText(/^.+, week of \d{1,2} \w{3}: .*\d+ (of \d+ h|h)/);
    await shot(page, "utilization-hover");

    // keyboard: focus a cell, read it, move with the arrows, open with Enter
    await busy.focus();
    const label = (await busy.getAttribute("aria-label"))!;
    await expect(page.getByRole("tooltip")).toHaveText(label);
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("tooltip")).not.toHaveText(label);
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByRole("tooltip")).toHaveText(label);
    await page.keyboard.press("Enter");

    const panel = page.getByRole("dialog");
    const [who, week] = label.split(/, week of |: /);
    await expect(panel.getByRole("heading")).toHaveText(`${who} — week of ${week}`);
    const rows = panel.getByRole("table", { name: "Tasks behind this week" }).getByRole("row");
    await expect(rows.nth(1)).toBeVisible();
    await expect(rows.nth(1).getByRole("link").first()).toHaveAttribute("href", /^\/tasks\//);
    await expect(rows.nth(1)).toContainText(/\d+(\.\d)? h/);
    await shot(page, "utilization-panel");
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();

    // click opens it too
    await busy.click();
    await expect(page.getByRole("dialog").getByRole("link").first()).toBeVisible();
    await page.keyboard.press("Escape");

    // week navigation lives in the URL
    const firstWeek = grid.getByRole("columnheader").nth(1);
    const before = await firstWeek.textContent();
    await page.getByRole("link", { name: /Later/ }).click();
    await expect(page).toHaveURL(/\/team\/utilization\?from=\d{4}-\d{2}-\d{2}/);
    await expect(firstWeek).not.toHaveText(before!);
    await page.getByRole("link", { name: "This week" }).click();
    await expect(page).toHaveURL(/\/team\/utilization$/);
    await expect(grid.locator("th[aria-current=date]")).toHaveCount(1);
    await page.setViewportSize({ width: 1280, height: 800 });
    await shot(page, "utilization");
  });
});
