// The scale-out suite (e2e/scale-out/run.ts starts the two instances before it and stops them after).
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "../browser";
import { instanceUrl, SCALE_OUT } from "./settings";

export default defineConfig({
  testDir: ".",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 120_000,
  outputDir: "../../test-results/scale-out",
  use: {
    baseURL: instanceUrl(SCALE_OUT.portA),
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: chromiumLaunchOptions(),
  },
});
