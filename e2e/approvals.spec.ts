import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, shot, signIn } from "./session";

const name = "Spring newsletter series";

async function as(browser: Browser, who: (typeof demo)[keyof typeof demo]): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(page, who);
  return page;
}

const approvalsTab = (page: Page) => page.getByRole("navigation", { name: "Campaign views" }).getByRole("link", { name: /Approvals/ });

test("a campaign goes through its stages: submitted, approved from the queue, sent back, resubmitted, approved", async ({ browser }) => {
  // the owner (a member) submits from the campaign's Approvals tab, which previews the stages first
  const member = await as(browser, demo.member);
  await member.goto("/campaigns?q=spring+newsletter");
  await member.getByRole("link", { name }).click();
  await approvalsTab(member).click();
  await expect(member.getByText(/executive/i).first()).toBeVisible();
  await shot(member, "approvals-preview");
  await member.getByRole("button", { name: "Submit for approval" }).click();
  await expect(member.getByText(/The Content stage is open/)).toBeVisible();
  const workflowUrl = member.url();

  // a content approver approves the stage from the queue, without leaving the page
  const manager = await as(browser, demo.manager);
  await manager.getByRole("link", { name: "Approvals", exact: true }).click();
  await expect(manager).toHaveURL(/\/approvals/);
  const row = manager.getByRole("row", { name: new RegExp(name) });
  await expect(row).toBeVisible();
  await shot(manager, "approvals-queue");
  await row.getByRole("button", { name: `Approve ${name}, Content stage` }).click();
  await expect(manager.getByText(`Approved the Content stage of "${name}". The Final stage is open.`)).toBeVisible();

  // another approver (final stage) asks for changes: the comment is required, and said so in place
  const admin = await as(browser, demo.admin);
  await admin.goto(workflowUrl);
  const panel = admin.getByRole("form", { name: "Decide the Final stage" });
  await panel.getByRole("button", { name: "Request changes" }).click();
  await expect(panel.getByRole("alert")).toContainText("a comment is required");
  await panel.getByLabel(/Comment/).fill("Add the unsubscribe footer the legal team asked for.");
  await panel.getByRole("button", { name: "Request changes" }).click();
  await expect(admin.getByText(/Requested changes to "Spring newsletter series" at the Final stage/)).toBeVisible();

  // the owner sees the change request highlighted and resubmits: the content approval is kept
  await member.reload();
  await expect(member.getByText("Add the unsubscribe footer the legal team asked for.").first()).toBeVisible();
  await shot(member, "approvals-changes-requested");
  await member.getByRole("button", { name: "Resubmit for approval" }).click();
  await expect(member.getByText(/Kept the Content approval/)).toBeVisible();
  await expect(member.getByText(/The Final stage is open/)).toBeVisible();

  // the final approval moves the campaign to approved
  await admin.reload();
  await admin.getByRole("form", { name: "Decide the Final stage" }).getByRole("button", { name: "Approve" }).click();
  await expect(admin.getByText(/Every stage is approved: the campaign is Approved/)).toBeVisible();
  await admin.reload();
  await expect(admin.locator("h1 + div").getByText("Approved", { exact: true })).toBeVisible();
  await shot(admin, "approvals-approved");

  // what the manager decided shows on their "decided by me" tab
  await manager.goto("/approvals?tab=decided");
  await expect(manager.getByRole("row", { name: new RegExp(name) })).toBeVisible();
});

test("an admin changes a deadline on the approval settings, and a stale copy is refused", async ({ browser }) => {
  const admin = await as(browser, demo.admin);
  await admin.goto("/settings/approvals");
  await shot(admin, "approval-settings");
  const other = await as(browser, demo.admin);
  await other.goto("/settings/approvals");

  const high = admin.getByLabel(/^High/);
  await high.fill("20");
  await admin.getByRole("button", { name: /^Save/ }).click();
  await expect(admin.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();

  await other.getByLabel(/^High/).fill("30");
  await other.getByRole("button", { name: /^Save/ }).click();
  await expect(other.getByText(/changed the approval settings .* after you opened them/)).toBeVisible();

  await admin.reload();
  await expect(admin.getByLabel(/^High/)).toHaveValue("20");
  // put the default back for anything that runs after
  await admin.getByLabel(/^High/).fill("24");
  await admin.getByRole("button", { name: /^Save/ }).click();
  await expect(admin.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
});
