// The operator's daily safety net must at least start: under plain Node (tsx) next/navigation is the
// client build, and a lib/ module importing it made `npm run payments:reconcile` crash before doing anything.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";

it("npm run payments:reconcile starts and explains itself without Stripe keys", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "reconcile-"));
  try {
    const run = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/payments-reconcile.ts", "--dry-run"], {
      encoding: "utf8",
      env: { ...process.env, NODE_ENV: "development", DATA_DIR: dataDir, STRIPE_SECRET_KEY: "", DATABASE_URL: "" },
      timeout: 60_000,
    });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.stdout).toContain("STRIPE_SECRET_KEY is not set");
    expect(run.status).toBe(0);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 60_000);
