import { defineConfig } from "@playwright/test";
import { E2E_APP_PORT, E2E_APP_URL } from "./e2e/ports";

export default defineConfig({
  testDir: "e2e",
  // One folder per port: runs on other ports (another checkout, a second engineer) keep their own artefacts.
  outputDir: `test-results/${E2E_APP_PORT}`,
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // The budgets of a machine running twice as slow as a quiet one (CI's worst case): a slow answer is not a wrong one,
  // and every assertion still waits for the exact text or state it names.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL: E2E_APP_URL,
    locale: "fr-FR",
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browser here. As root the sandbox cannot start, and
      // the closed network refuses Chromium's background connections.
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
      ],
    },
  },
});
