import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    include: ["{lib,db,app,components,inngest}/**/*.test.ts"],
    globalSetup: ["db/testing/global-setup.ts"],
    setupFiles: ["db/testing/setup.ts"],
    env: { BCRYPT_COST: "4", NODE_ENV: "test" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
