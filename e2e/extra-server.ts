// A second `next start` of the build the suite's webServer just made, for specs that need the store set up
// otherwise (behind a proxy, with Stripe): a fresh embedded database and outbox of its own, the webServer's
// secret and admin. The scale-out suite starts its instances on PostgreSQL and Redis (scale-out/cluster.ts).
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { E2E_ADMIN, E2E_AUTH_SECRET, E2E_DATA_DIR } from "../playwright.config";
import { send } from "./http-client";

export type ExtraServer = { port: number; url: string; dataDir: string; stop: () => Promise<void> };

/**
 * Starts it with DATA_DIR `${E2E_DATA_DIR}-${name}` (emptied first, so no counts or orders from an earlier
 * run) and these settings (undefined removes one), and waits until /api/health answers. Port 0 takes a free
 * port; APP_URL then names none, so links and redirects the store builds from it do not reach this server.
 */
export async function startExtraServer(name: string, settings: Record<string, string | undefined>, port = 0): Promise<ExtraServer> {
  const dataDir = `${E2E_DATA_DIR}-${name}`;
  rmSync(dataDir, { recursive: true, force: true });
  const child: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      // Like scripts/e2e-server.sh: the embedded database, whatever the shell has.
      DATABASE_URL: undefined,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
      APP_URL: port ? `http://127.0.0.1:${port}` : "http://127.0.0.1",
      ALLOW_INSECURE_APP_URL: "1",
      AUTH_SECRET: E2E_AUTH_SECRET,
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "error",
      ...settings,
    },
    detached: true, // its own process group, so stop() ends the whole tree
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid, "SIGTERM");
    await exited;
  };
  const listening = await new Promise<number>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.on("exit", (code) => reject(new Error(`next start exited with ${code}: ${output}`)));
  });
  for (let i = 0; i < 240; i++) {
    const health = await send("127.0.0.1", "/api/health", { port: listening }).catch(() => null);
    if (health?.status === 200) return { port: listening, url: `http://127.0.0.1:${listening}`, dataDir, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the ${name} server did not become healthy`);
}
