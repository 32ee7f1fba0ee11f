import { expect, test } from "@playwright/test";
import { demo, shot, signIn } from "./session";

test("a manager creates a campaign, finds it in the list, submits it and sees the activity", async ({ page }) => {
  const name = `Winter webinar ${Date.now()}`;

  // a wrong password gets one clear message, and the form keeps the email
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(demo.manager.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toContainText("Email or password is incorrect.");
  await expect(page.getByLabel("Email")).toHaveValue(demo.manager.email);
  await shot(page, "sign-in-error");

  await signIn(page, demo.manager);
  await shot(page, "campaigns-list");
  await page.getByRole("link", { name: "New campaign" }).click();

  // invalid input first: the error shows in place and nothing is created
  await page.getByLabel("Name").fill("x");
  await page.getByLabel("Type").selectOption("webinar");
  await page.getByLabel("Launch date").fill("2027-03-10");
  await page.getByLabel("End date").fill("2027-03-01");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByText("Name needs at least 3 characters")).toBeVisible();
  await expect(page.getByText("End date must be on or after the launch date")).toBeVisible();
  await expect(page).toHaveURL(/\/campaigns\/new$/);
  await shot(page, "campaign-form-errors");

  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Start date").fill("2027-02-01");
  await page.getByLabel("End date").fill("2027-03-10");
  await page.getByLabel("Budget", { exact: true }).fill("12,500");
  await page.getByLabel("Leads goal").fill("300");
  await page.getByLabel("Tags").fill("winter, webinar");
  await page.getByRole("checkbox", { name: "Webinar" }).check();
  await page.getByRole("checkbox", { name: "Email" }).check();
  await page.getByRole("button", { name: "Create campaign" }).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Campaign created.")).toBeVisible();
  await expect(page.getByText("$12,500")).toBeVisible();
  // the webinar template's timeline was generated back from the launch date
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByRole("row").filter({ has: page.getByText("Launch", { exact: true }) })).toContainText("Mar 10, 2027");
  await expect(page.getByLabel("Activity").getByText(/Generated the timeline from the .* template/)).toBeVisible();
  await shot(page, "campaign-created");

  // the list finds it by text search and by status filter, and the view lives in the URL
  await page.goto("/campaigns");
  await page.getByLabel("Search campaigns").fill(name.split(" ").slice(0, 2).join(" ").toLowerCase().slice(0, 9));
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=winter/);
  await expect(page.getByRole("link", { name })).toBeVisible();
  await page.getByLabel("Status").selectOption("planning");
  await expect(page).toHaveURL(/status=planning/);
  await expect(page.getByRole("link", { name })).toBeVisible();
  await page.getByLabel("Status").selectOption("live");
  await expect(page.getByText("No campaigns match these filters")).toBeVisible();
  await shot(page, "campaigns-filtered-empty");
  await page.getByLabel("Status").selectOption("planning");
  await page.getByRole("link", { name }).click();

  // lifecycle: submit for review, then see the transition in the activity feed
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.locator("h1 + div").getByText("In review")).toBeVisible();
  await expect(page.getByLabel("Activity").getByText("Moved from Planning to In review")).toBeVisible();
  await expect(page.getByLabel("Activity").getByText(/Created campaign/)).toBeVisible();
  await shot(page, "campaign-in-review");
});

test("a viewer can read campaigns but sees no way to change them", async ({ page }) => {
  await signIn(page, demo.viewer);
  await expect(page.getByRole("link", { name: "New campaign" })).toHaveCount(0);
  await page.getByRole("link", { name: "Black Friday mega sale" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Black Friday mega sale" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Mark completed" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Readiness" })).toBeVisible();

  // signing out ends the session: the product sends the visitor back to sign in
  await page.getByRole("button", { name: /Account menu for/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/campaigns");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a stale edit is refused with who changed what, and the typed values are kept", async ({ browser }) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  await signIn(first, demo.manager);
  await signIn(second, demo.admin);

  await first.goto("/campaigns?q=partner");
  await first.getByRole("link", { name: "Partner co-marketing kit" }).click();
  await first.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
  const url = first.url();
  await first.getByRole("link", { name: "Edit" }).click();
  await expect(first.getByLabel("Name")).toHaveValue("Partner co-marketing kit");

  await second.goto(`${url}/edit`);
  // a value that differs on every run, so a retry still makes a real change
  await second.getByLabel("Budget", { exact: true }).fill(String(10_000 + (Date.now() % 9_000)));
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByText("Changes saved.")).toBeVisible();

  await first.getByLabel("Tags").fill("partners, kit");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByText("Someone else changed this campaign")).toBeVisible();
  await expect(first.getByText(/changed by Ada Admin .* \(changed: budget\)/)).toBeVisible();
  await expect(first.getByLabel("Tags")).toHaveValue("partners, kit");
  await shot(first, "campaign-edit-conflict");
  await first.close();
  await second.close();
});
