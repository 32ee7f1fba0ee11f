import { expect, test } from "@playwright/test";
import { demo, shot, signIn } from "./session";

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The Monday two to three weeks ahead, and its Sunday: a whole week the heatmap shows. */
function weekAhead() {
  const d = new Date(`${day(14)}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
  const iso = (x: Date) => x.toISOString().slice(0, 10);
  return {
    start: iso(monday),
    end: iso(new Date(monday.getTime() + 6 * 86_400_000)),
    label: monday.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }),
  };
}

test("a manager edits a member's Friday hours and adds time off that shows on the team page", async ({ page }) => {
  await signIn(page, demo.manager);
  await page.goto("/team");
  await expect(page.getByRole("heading", { name: "Team", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Utilisation heatmap" })).toHaveAttribute("href", "/team/utilization");
  await shot(page, "team-list");

  // filter by skill through the URL-backed form
  await page.getByLabel("Skill", { exact: true }).selectOption("design");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/skill=design/);
  await expect(page.getByRole("link", { name: "Leo Chen" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Omar Haddad" })).toBeHidden();
  await page.getByRole("link", { name: "Clear", exact: true }).click();

  await page.getByRole("link", { name: "Omar Haddad" }).click();
  await expect(page.getByRole("heading", { name: "Omar Haddad", level: 1 })).toBeVisible();

  // Friday hours: flip between 6 and 7 so the test can run again on the same data
  const friday = page.getByLabel("Friday hours");
  const next = (await friday.inputValue()) === "6" ? "7" : "6";
  await friday.fill(next);
  await page.getByRole("button", { name: "Save hours" }).click();
  await expect(page.getByText("Weekly hours saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Friday hours")).toHaveValue(next);

  // time off: clear earlier runs' ranges, then add one and see it listed
  const upcoming = page.getByRole("list", { name: "Upcoming time off" });
  while (await upcoming.getByRole("button", { name: /^Remove time off/ }).count()) {
    const before = await upcoming.getByRole("listitem").count();
    await upcoming.getByRole("button", { name: /^Remove time off/ }).first().click();
    await expect(upcoming.getByRole("listitem")).toHaveCount(before - 1);
  }
  const memberUrl = page.url();
  const week = weekAhead();
  const heatCell = () => page.getByRole("button", { name: new RegExp(`^Omar Haddad, week of ${week.label}:`) });
  await page.goto("/team/utilization");
  await expect(heatCell()).toHaveAccessibleName(/of \d+(\.\d+)? h/);
  await page.goto(memberUrl);

  const form = page.getByRole("form", { name: "Add time off" });
  await form.getByLabel("First day off").fill(day(3));
  await form.getByLabel("Last day off").fill(day(5));
  await form.getByLabel("Reason").fill("Team journey trip");
  await form.getByRole("button", { name: "Add time off" }).click();
  await expect(page.getByRole("list", { name: "Upcoming time off" }).getByText("Team journey trip")).toBeVisible();
  await expect(form.getByLabel("Reason")).toHaveValue("");

  // an overlapping range is refused in place
  await form.getByLabel("First day off").fill(day(5));
  await form.getByLabel("Last day off").fill(day(6));
  await form.getByRole("button", { name: "Add time off" }).click();
  await expect(form.getByText(/already has time off/)).toBeVisible();
  await shot(page, "team-member");

  // a whole week off empties that week's capacity on the heatmap
  await form.getByLabel("First day off").fill(week.start);
  await form.getByLabel("Last day off").fill(week.end);
  await form.getByLabel("Reason").fill("Conference week");
  await form.getByRole("button", { name: "Add time off" }).click();
  await expect(page.getByRole("list", { name: "Upcoming time off" }).getByText("Conference week")).toBeVisible();
  await page.goto("/team/utilization");
  await expect(heatCell()).toHaveAccessibleName(/no capacity/);
  await shot(page, "team-heatmap-after-time-off");

  await page.goto("/team");
  const row = page.getByRole("row", { name: /Omar Haddad/ });
  await expect(row.getByText("Team journey trip")).toBeVisible();
});

test("a member sees someone else's schedule read-only", async ({ page }) => {
  await signIn(page, demo.member);
  await page.goto("/team");
  await expect(page.getByRole("button", { name: "Add organisation holiday" })).toBeHidden();
  await page.getByRole("link", { name: "Leo Chen" }).click();
  await expect(page.getByText("Only managers, admins and the member themselves can change this schedule.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save hours" })).toBeHidden();
  await shot(page, "team-member-readonly");
});
