import { expect, type Page } from "@playwright/test";

export const demo = {
  admin: { email: "admin@example.com", password: "demo-admin" },
  manager: { email: "manager@example.com", password: "demo-manager" },
  member: { email: "member@example.com", password: "demo-member" },
  viewer: { email: "viewer@example.com", password: "demo-viewer" },
} as const;

export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/campaigns/);
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `e2e/artifacts/${name}.png`, fullPage: true });
}
