import path from "node:path";
import os from "node:os";
import { defineConfig } from "@playwright/test";

// E2E runs against the production build (`npm run build` first). With DATABASE_URL set the server
// uses that PostgreSQL database (migrate and seed it first: .ci/run does); without it, an embedded
// database in a temporary directory is created and seeded by the server itself.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const dataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `cm-e2e-${process.pid}`);

export default defineConfig({
  testDir: ".",
  outputDir: "../test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "../reports/e2e-results.json" }]],
  use: {
    baseURL,
    screenshot: "on",
    trace: "retain-on-failure",
    viewport: { width: 1366, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: `npx next start -p ${port}`,
    cwd: path.resolve(import.meta.dirname, ".."),
    url: `${baseURL}/sign-in`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: "pipe",
    env: {
      NODE_ENV: "production",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      APP_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      ...(process.env.DATABASE_URL
        ? { DATABASE_URL: process.env.DATABASE_URL }
        : { ALLOW_EMBEDDED_DB_IN_PRODUCTION: "1", DATA_DIR: dataDir }),
    },
  },
});
