import { expect, test, type Page } from "@playwright/test";
import { demo, shot, signIn } from "./session";

/** "YYYY-MM-DD" n days from today (UTC), as the date inputs take it. */
function inDays(n: number) {
  return new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
}

function formatLong(iso: string) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { timeZone: "UTC", weekday: "short", month: "short", day: "numeric", year: "numeric" });
}

async function createWebinar(page: Page, name: string, launch: string) {
  await page.goto("/campaigns/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Type").selectOption("webinar");
  await page.getByLabel("Launch date").fill(launch);
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("a manager sees the generated plan as a Gantt chart and reschedules the launch", async ({ page }) => {
  const name = `Timeline webinar ${Date.now()}`;
  // a launch on a Wednesday about seven weeks out: the webinar template's plan starts around today
  let launch = inDays(49);
  while (new Date(`${launch}T00:00:00Z`).getUTCDay() !== 3) launch = new Date(Date.parse(`${launch}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

  await signIn(page, demo.manager);
  await createWebinar(page, name, launch);
  await page.getByRole("navigation", { name: "Campaign views" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/\/timeline$/);

  // milestones are drawn as bars, the launch among them, with today, the launch line and a legend
  const bars = page.getByRole("group", { name: "Timeline bars" });
  await expect(bars.getByRole("button", { name: /^Milestone / }).first()).toBeVisible();
  await expect(bars.getByRole("button", { name: /^Launch milestone Live webinar/ })).toBeVisible();
  expect(await bars.getByRole("button", { name: /^Milestone / }).count()).toBeGreaterThanOrEqual(5);
  await expect(page.locator("[data-marker=today]")).toHaveCount(1);
  await expect(page.locator("[data-marker=launch]")).toHaveCount(1);
  // the chain that drives the launch is drawn as the critical path
  await expect(bars.getByRole("button", { name: /critical path/ }).first()).toBeVisible();
  const legend = page.getByRole("list", { name: "Legend" });
  await expect(legend.getByText("Critical path")).toBeVisible();
  await expect(legend.getByText("Buffer")).toBeVisible();
  await expect(page.getByText(`Launch ${formatLong(launch)}`)).toBeVisible();

  // a bar tells its dates, duration, buffer and CPM figures on hover
  await bars.getByRole("button", { name: /^Milestone Speakers & abstract/ }).hover();
  const tip = page.getByRole("tooltip");
  await expect(tip).toContainText("Speakers & abstract");
  await expect(tip).toContainText("Buffer");
  await expect(tip).toContainText("LS → LF");
  await shot(page, "timeline-week");

  // collapsing a milestone hides its tasks
  const toggle = page.getByRole("button", { name: "Collapse Speakers & abstract" });
  await toggle.click();
  await expect(page.getByRole("button", { name: "Expand Speakers & abstract" })).toHaveAttribute("aria-expanded", "false");
  await page.getByRole("button", { name: "Expand Speakers & abstract" }).click();

  // zoom lives in the URL
  await page.getByRole("navigation", { name: "Zoom" }).getByRole("link", { name: "Month" }).click();
  await expect(page).toHaveURL(/zoom=month/);
  await expect(page.getByRole("navigation", { name: "Zoom" }).getByRole("link", { name: "Month" })).toHaveAttribute("aria-current", "true");
  await expect(bars.getByRole("button", { name: /^Launch milestone/ })).toBeVisible();
  await shot(page, "timeline-month");

  // keyboard: a focused milestone moves by working days and Enter opens the preview of that change
  const dryRun = bars.getByRole("button", { name: /^Milestone Dry run/ });
  await dryRun.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  let dialog = page.getByRole("dialog", { name: "Reschedule" });
  await expect(dialog).toContainText("Move “Dry run” to end on");
  await expect(dialog.getByRole("radio", { name: "Absorb the slip" })).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByRole("radio", { name: "Keep buffers" })).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();

  // reschedule the launch a week later: both outcomes side by side, then apply one
  const later = new Date(Date.parse(`${launch}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  await page.getByRole("button", { name: "Reschedule" }).click();
  dialog = page.getByRole("dialog", { name: "Reschedule" });
  await dialog.getByLabel("New launch date").fill(later);
  await dialog.getByRole("button", { name: "Preview" }).click();
  const absorb = dialog.getByRole("region", { name: "Absorb the slip" });
  const keep = dialog.getByRole("region", { name: "Keep buffers" });
  await expect(absorb).toBeVisible({ timeout: 20_000 });
  await expect(keep).toBeVisible();
  await expect(keep).toContainText(formatLong(later));
  await expect(keep.getByText(/^Milestones moved \([1-9]\d*\)$/)).toBeVisible();
  await expect(keep.getByRole("listitem").first()).toContainText("→");
  await dialog.getByRole("radio", { name: "Keep buffers" }).check();
  const accept = dialog.getByRole("checkbox", { name: /I accept/ });
  if (await accept.isVisible()) await accept.check();
  await shot(page, "timeline-reschedule-preview");
  await dialog.getByRole("button", { name: "Apply: Keep buffers" }).click();

  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expect(page.getByText("Rescheduled.")).toBeVisible();
  await expect(page.getByText(`Launch ${formatLong(later)}`)).toBeVisible();
  await expect(bars.getByRole("button", { name: /^Launch milestone/ })).toHaveAccessibleName(new RegExp(formatLong(later).replace(/^\w+, /, "")));
  await shot(page, "timeline-rescheduled");

  // dragging a task bar three days later asks first, then saves the task's new dates
  await page.getByRole("navigation", { name: "Zoom" }).getByRole("link", { name: "Week" }).click();
  await expect(page).toHaveURL(/zoom=week/);
  const task = bars.getByRole("button", { name: /^Task Write the deck/ });
  await task.scrollIntoViewIfNeeded();
  const box = (await task.boundingBox())!;
  await page.mouse.move(box.x + 10, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 40, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + 10 + 3 * 28, box.y + box.height / 2, { steps: 5 });
  await expect(page.getByText(/\(\+\d days?\)$/)).toBeVisible();
  await page.mouse.up();
  const confirm = page.getByRole("dialog", { name: "Move task?" });
  await expect(confirm).toContainText("New dates");
  await shot(page, "timeline-task-move");
  await confirm.getByRole("button", { name: "Move task" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText("Task moved.")).toBeVisible();
});

test("a campaign without a launch date explains how to get a timeline", async ({ page }) => {
  await signIn(page, demo.manager);
  await page.goto("/campaigns/new");
  const name = `Undated campaign ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Type").selectOption("webinar");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("navigation", { name: "Campaign views" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page.getByRole("heading", { name: "No launch date yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit the campaign" })).toHaveAttribute("href", /\/edit$/);
  await shot(page, "timeline-empty");
});
