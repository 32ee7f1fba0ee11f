import { expect, test, type Page } from "@playwright/test";
import { demo, shot, signIn } from "./session";

async function createTask(page: Page, fields: { title: string; assignee?: string; due?: string; priority?: string }) {
  await page.getByRole("button", { name: "New task" }).click();
  const dialog = page.getByRole("dialog", { name: "New task" });
  await dialog.getByLabel("Title").fill(fields.title);
  if (fields.assignee) await dialog.getByLabel("Assignee").selectOption({ label: fields.assignee });
  if (fields.priority) await dialog.getByLabel("Priority").selectOption(fields.priority);
  if (fields.due) await dialog.getByLabel("Due date").fill(fields.due);
  await dialog.getByRole("button", { name: "Create task" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("link", { name: fields.title, exact: true })).toBeVisible();
}

test("a manager adds tasks, links them, is refused a cycle, edits inline and finds the task in My tasks", async ({ page }) => {
  const suffix = String(Date.now()).slice(-6);
  const a = `Draft brief ${suffix}`;
  const b = `Design assets ${suffix}`;

  await signIn(page, demo.manager);
  await page.goto("/campaigns/new");
  await page.getByLabel("Name").fill(`Task journey ${suffix}`);
  await page.getByLabel("Type").selectOption("email");
  await page.getByLabel("Generate the timeline from the template").uncheck();
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByText("Campaign created.")).toBeVisible();

  // the campaign's Tasks tab: an empty state with "New task", then two tasks
  await page.getByRole("navigation", { name: "Campaign views" }).getByRole("link", { name: /^Tasks/ }).click();
  await expect(page).toHaveURL(/\/tasks$/, { timeout: 30_000 });
  await expect(page.getByText("This campaign has no tasks yet", { exact: true })).toBeVisible();
  await createTask(page, { title: a, assignee: "Maya Manager", due: "2020-01-15", priority: "medium" });
  await createTask(page, { title: b });
  const rowA = page.getByRole("row").filter({ has: page.getByRole("link", { name: a, exact: true }) });
  await expect(rowA.getByText("Overdue")).toBeVisible();
  await expect(page.getByRole("list", { name: "Task counts" })).toContainText("Overdue1");

  // B waits for A
  await page.getByRole("link", { name: b, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: b })).toBeVisible();
  await page.getByLabel("Task", { exact: true }).selectOption({ label: a });
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("region", { name: "Waits for" }).getByRole("link", { name: a })).toBeVisible();
  await expect(page.getByRole("button", { name: "Move to In progress" })).toBeDisabled();
  await expect(page.getByText(`still open: "${a}"`)).toBeVisible();
  await shot(page, "task-detail");

  // A waits for B would close a cycle: refused in place, naming it, and nothing changes
  await page.getByRole("region", { name: "Waits for" }).getByRole("link", { name: a }).click();
  await expect(page.getByRole("heading", { level: 1, name: a })).toBeVisible();
  await page.getByLabel("Task", { exact: true }).selectOption({ label: b });
  await page.getByRole("button", { name: "Add", exact: true }).click();
  const error = page.getByRole("alert").filter({ hasText: "cycle" });
  await expect(error).toContainText(`${b} → ${a} → ${b}`);
  await expect(page.getByRole("region", { name: "Waits for" })).toContainText("Nothing: this task can start any time.");
  await expect(page.getByRole("region", { name: "Blocks" }).getByRole("link", { name: b })).toBeVisible();
  await shot(page, "task-cycle-error");
  await page.reload();
  await expect(page.getByRole("region", { name: "Waits for" })).toContainText("Nothing: this task can start any time.");

  // inline edit in the list: priority saves with the row's version and survives a reload
  await page.getByRole("link", { name: "Tasks", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Task journey ${suffix}` })).toBeVisible();
  const priority = page.getByLabel(`Priority of "${a}"`);
  await priority.selectOption("critical");
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name: a, exact: true }) }).getByText("Saved")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(`Priority of "${a}"`)).toHaveValue("critical");
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name: b, exact: true }) })).toContainText(`by ${a}`);
  await shot(page, "campaign-tasks-tab");

  // My tasks: the task assigned to me is there, found by search; the other is not mine
  await page.getByRole("link", { name: "My tasks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My tasks" })).toBeVisible();
  await shot(page, "my-tasks");
  await page.getByLabel("Search tasks").fill(suffix);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole("link", { name: a, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: b, exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "All tasks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "All tasks" })).toBeVisible();
  await page.getByLabel("Search tasks").fill(suffix);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("link", { name: b, exact: true })).toBeVisible();
  await shot(page, "all-tasks-search");
});
