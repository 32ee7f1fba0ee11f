import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { demo, shot, signIn } from "./session";

test("a manager logs time by hand and with the timer, sees actual vs estimate, the timesheet and its CSV", async ({ page }) => {
  const suffix = String(Date.now()).slice(-6);
  const title = `Write launch copy ${suffix}`;

  await signIn(page, demo.manager);
  await page.goto("/campaigns/new");
  await page.getByLabel("Name").fill(`Time journey ${suffix}`);
  await page.getByLabel("Type").selectOption("email");
  await page.getByLabel("Generate the timeline from the template").uncheck();
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByText("Campaign created.")).toBeVisible();

  // a task assigned to me, estimated at 4 h
  await page.getByRole("navigation", { name: "Campaign views" }).getByRole("link", { name: /^Tasks/ }).click();
  await page.getByRole("button", { name: "New task" }).click();
  const dialog = page.getByRole("dialog", { name: "New task" });
  await dialog.getByLabel("Title").fill(title);
  await dialog.getByLabel("Assignee").selectOption({ label: "Maya Manager" });
  await dialog.getByLabel("Estimate (hours)").fill("4");
  await dialog.getByRole("button", { name: "Create task" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // a manual entry of 1.5 h moves actual vs estimate and the remaining work
  const time = page.getByRole("region", { name: "Time" });
  await expect(time.getByTestId("actual-vs-estimate")).toHaveText("0 h logged of 4 h estimated (0 %)");
  const form = time.getByRole("form", { name: "Log time" });
  await form.getByLabel("Hours").fill("1.5");
  await form.getByLabel("Note").fill("=first draft");
  await form.getByRole("button", { name: "Log time" }).click();
  await expect(time.getByTestId("actual-vs-estimate")).toHaveText("1.5 h logged of 4 h estimated (38 %)");
  await expect(time.getByTestId("remaining-hours")).toHaveText("2.5 h");
  await expect(time.getByRole("table")).toContainText("Maya Manager");

  // a timer ticks, then stopping it adds an entry of at least 0.01 h
  await time.getByRole("button", { name: "Start timer" }).click();
  const timer = time.getByRole("timer");
  await expect(timer).toBeVisible();
  await expect(timer).not.toHaveText("0:00:00", { timeout: 5_000 });
  await shot(page, "time-task-timer-running");
  await time.getByRole("button", { name: "Stop timer" }).click();
  await expect(time.getByRole("button", { name: "Start timer" })).toBeVisible();
  await expect(time.getByTestId("actual-vs-estimate")).toHaveText("1.51 h logged of 4 h estimated (38 %)");
  await expect(time.getByRole("table").getByRole("row")).toHaveCount(3);
  await shot(page, "time-task-section");

  // my timesheet for this week shows the task with its hours
  await time.getByRole("link", { name: "My timesheet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My timesheet" })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title }) });
  await expect(row).toContainText("1.51");
  await expect(page.getByTestId("week-total")).not.toHaveText("0 h");
  await shot(page, "time-timesheet");

  // the CSV export: one line per entry, formula-looking notes neutralised
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^timesheet-maya-manager-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.split("\n")[0]).toBe("date,campaign,task,hours,note,entry id");
  expect(csv).toContain(`Time journey ${suffix},${title},1.50,'=first draft,`);
  expect(csv).toContain(`Time journey ${suffix},${title},0.01,,`);

  // the campaign overview shows actual vs estimate on its Tasks card
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: `Time journey ${suffix}` }).click();
  await expect(page.getByRole("region", { name: "Tasks" })).toContainText("1.51 h of 4 h (38 %)");
  await shot(page, "time-campaign-overview");

  // milestones carry logged / estimated hours too
  await page.goto("/campaigns");
  await page.getByRole("link", { name: "Aurora 2.0 product launch" }).first().click();
  await expect(page.getByRole("region", { name: "Timeline" }).getByRole("columnheader", { name: /Tasks done\s*and hours/ })).toBeVisible();
  await shot(page, "time-milestones-hours");
});
