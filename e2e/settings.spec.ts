import { expect, test } from "@playwright/test";
import { demo, shot, signIn } from "./session";

const mcpList = { jsonrpc: "2.0", id: 1, method: "tools/list", params: {} };
const mcpHeaders = (token: string) => ({ Authorization: `Bearer ${token}`, Accept: "application/json, text/event-stream" });

test("admin invites a member, who signs up through the one-time link and signs in", async ({ page, browser }) => {
  const email = `invitee.${Date.now()}@example.com`;
  await signIn(page, demo.admin);
  await page.goto("/settings/members");

  const invite = page.getByRole("region", { name: "Invite member" });
  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Name").fill("Ines Invitee");
  await invite.getByLabel("Role", { exact: true }).selectOption("manager");
  await invite.getByLabel("Content").check();
  await invite.getByRole("button", { name: "Create invitation link" }).click();

  const linkBox = page.getByLabel(`Invitation link for ${email}`);
  await expect(linkBox).toBeVisible();
  await expect(page.getByText("Email is not configured: send this link to the person yourself.")).toBeVisible();
  const link = await linkBox.inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{20,}$/);
  await expect(page.getByRole("region", { name: /Pending invitations/ }).getByText(email)).toBeVisible();
  await shot(page, "members-invited");

  // the invitee has no session: a fresh browser context
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "You've been invited to Campaign Manager as a manager" })).toBeVisible();
  await expect(invitee.getByLabel("Email")).toHaveValue(email);
  await expect(invitee.getByLabel("Your name")).toHaveValue("Ines Invitee");
  await shot(invitee, "invite-accept");

  await invitee.getByLabel("Password", { exact: true }).fill("too-short");
  await invitee.getByLabel("Confirm password").fill("too-short");
  await invitee.getByRole("button", { name: "Create account" }).click();
  await expect(invitee.getByText("Use at least 10 characters")).toBeVisible();

  await invitee.getByLabel("Password", { exact: true }).fill("correct-horse-battery");
  await invitee.getByLabel("Confirm password").fill("correct-horse-battery!");
  await invitee.getByRole("button", { name: "Create account" }).click();
  await expect(invitee.getByText("The passwords do not match")).toBeVisible();

  await invitee.getByLabel("Confirm password").fill("correct-horse-battery");
  await invitee.getByRole("button", { name: "Create account" }).click();
  await expect(invitee).toHaveURL(/\/sign-in\?invited=1/);
  await expect(invitee.getByText("Your account is ready.")).toBeVisible();

  await signIn(invitee, { email, password: "correct-horse-battery" });
  await expect(invitee.getByRole("button", { name: "Account menu for Ines Invitee" })).toBeVisible();

  // the link works once
  const again = await browser.newContext();
  const reused = await again.newPage();
  await reused.goto(link);
  await expect(reused.getByText("This invitation has already been used.")).toBeVisible();
  await expect(reused.getByRole("link", { name: "Go to sign in" })).toBeVisible();

  // and the admin now sees an active manager with the content stage, no longer pending
  await page.reload();
  const row = page.getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) });
  await expect(row.getByLabel("Role for Ines Invitee")).toHaveValue("manager");
  await expect(row.getByLabel("Content")).toBeChecked();
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: /Pending invitations/ }).getByText(email)).toHaveCount(0);

  await inviteeContext.close();
  await again.close();
});

test("a user creates a read-write token, sees it once, and revokes it", async ({ page, request }) => {
  const name = `Claude e2e ${Date.now()}`;
  await signIn(page, demo.member);
  await page.goto("/settings/tokens");
  await expect(page.getByText("claude mcp add --transport http campaign-manager").first()).toBeVisible();

  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Read-write").check();
  await page.getByLabel("Expires after").selectOption("30");
  await page.getByRole("button", { name: "Create token" }).click();

  const secretBox = page.getByLabel("Read-write token");
  await expect(secretBox).toBeVisible();
  await expect(page.getByText("it won't be shown again")).toBeVisible();
  const secret = await secretBox.inputValue();
  expect(secret).toMatch(/^cm_[\w-]{40,}$/);
  await shot(page, "token-created");

  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row.getByText("Read-write")).toBeVisible();
  await expect(row.getByText("Never used")).toBeVisible();
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  await expect(row.getByText(`${secret.slice(0, 10)}…`)).toBeVisible();

  const used = await request.post("/api/mcp", { headers: mcpHeaders(secret), data: mcpList });
  expect(used.status()).toBe(200);

  // shown once: after a reload only the prefix remains
  await page.reload();
  await expect(page.getByLabel("Read-write token")).toHaveCount(0);
  await expect(page.locator(`text=${secret}`)).toHaveCount(0);

  await row.getByRole("button", { name: `Revoke token ${name}` }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("loses access at once");
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByText("Revoked")).toBeVisible();
  await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
  await shot(page, "token-revoked");

  const refused = await request.post("/api/mcp", { headers: mcpHeaders(secret), data: mcpList });
  expect(refused.status()).toBe(401);
});
