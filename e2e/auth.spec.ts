import { expect, test } from "@playwright/test";
import { shot } from "./session";

test("repeated failed sign-ins are limited, with a message saying when to retry", async ({ page }) => {
  // an address nobody has: the limiter counts per email whether or not the account exists
  const email = `nobody-${Date.now()}@example.com`;
  await page.goto("/sign-in");
  const alert = page.getByRole("alert").filter({ hasText: /incorrect|Too many/ });
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toContainText("Email or password is incorrect.");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong-again");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert).toContainText(/Too many failed sign-in attempts\. Try again in \d+ minutes\./);
  await shot(page, "sign-in-rate-limited");
});

test("unknown pages get a real not-found page, and signed-out visitors are sent to sign in", async ({ page }) => {
  await page.goto("/campaigns");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  await shot(page, "not-found");
});
