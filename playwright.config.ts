import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/browser";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** The webServer's DATA_DIR: its embedded database and its outbox (mail/). */
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e";
export const E2E_ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password-1" };
/** The scheduler's token for GET /api/cron/release-holds on the e2e server. */
export const E2E_CRON_SECRET = "e2e-only-cron-secret-0123456789abcdef";
/** A production server requires a real secret; this one exists only for the test run. */
export const E2E_AUTH_SECRET = "e2e-only-secret-0123456789abcdefghijklmnop";

export default defineConfig({
  testDir: "e2e",
  // Needs two instances, PostgreSQL and Redis: `npm run test:scale-out` runs it.
  testIgnore: "scale-out/**",
  fullyParallel: false,
  workers: 1,
  retries: 0, // a flaky test is a bug to fix, not to retry
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: chromiumLaunchOptions(),
      },
    },
  ],
  webServer: {
    // A production build on a fresh embedded database, so each run starts from the demo seed.
    command: `bash scripts/e2e-server.sh ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATA_DIR: E2E_DATA_DIR,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      APP_URL: `http://127.0.0.1:${PORT}`,
      // A production build served over plain http on loopback: allowed by name (the server warns at start).
      ALLOW_INSECURE_APP_URL: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: E2E_AUTH_SECRET,
      // No Stripe here: the production build takes test payments only when told to by name.
      PAYMENTS_TEST_MODE: "1",
      CRON_SECRET: E2E_CRON_SECRET,
      // The server's clock cannot be moved, so the review invitation is due at the job's first run after
      // shipping; the 14-day wait itself is tested with a moved clock in lib/reviews/reviews.integration.test.ts.
      REVIEW_INVITATION_DELAY_DAYS: "0",
    },
  },
});
