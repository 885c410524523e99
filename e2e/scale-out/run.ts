// `npm run test:scale-out`: two `next start` instances of one build, sharing a fresh PostgreSQL
// database and a Redis key prefix of their own, then e2e/scale-out/*.spec.ts against both.
// Needs the servers DESIGN.md lists (PostgreSQL on 127.0.0.1:5432, Redis on 127.0.0.1:6379) — CI runs it
// after the PostgreSQL integration suite. SCALE_OUT_SKIP_BUILD=1 reuses the last build while iterating.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createClient } from "redis";
import { adminQuery, serverUrl } from "../../lib/testing/test-database";
import { SCALE_OUT } from "./settings";

const PG_BASE = process.env.SCALE_OUT_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.SCALE_OUT_REDIS_URL ?? "redis://127.0.0.1:6379";
const run = `${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
const database = `uc_scale_${run}`;
const keyPrefix = `uc-scale-${run}`;

const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: ".next-scale",
  DATABASE_URL: serverUrl(PG_BASE, database),
  DATABASE_POOL_SIZE: "10",
  REDIS_URL,
  REDIS_KEY_PREFIX: keyPrefix,
  ADMIN_EMAIL: SCALE_OUT.admin.email,
  ADMIN_PASSWORD: SCALE_OUT.admin.password,
  AUTH_SECRET: SCALE_OUT.authSecret,
  PAYMENTS_TEST_MODE: "1",
  LOG_LEVEL: "warn",
};
delete serverEnv.DATA_DIR;

function sh(command: string, args: string[], env = serverEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

const exited = new Set<number>();
function start(port: number): ChildProcess {
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...serverEnv, APP_URL: `http://127.0.0.1:${port}` },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true, // its own process group, so the whole tree stops at the end
  });
  child.on("exit", () => exited.add(port));
  return child;
}

function stop(server: ChildProcess) {
  try {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

async function waitHealthy(port: number) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited.has(port)) throw new Error(`instance on port ${port} stopped (is the port taken?)`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`instance on port ${port} did not become healthy`);
}

async function dropRedisKeys() {
  const redis = createClient({ url: REDIS_URL });
  await redis.connect();
  for await (const key of redis.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 500 })) await redis.unlink(key);
  await redis.quit();
}

async function main() {
  const servers: ChildProcess[] = [];
  let failed = false;
  await adminQuery(PG_BASE, `CREATE DATABASE "${database}"`);
  try {
    await sh("npx", ["tsx", "scripts/db-migrate.ts"]);
    await sh("npx", ["tsx", "scripts/db-seed.ts"]);
    if (!process.env.SCALE_OUT_SKIP_BUILD || process.env.CI) await sh("npx", ["next", "build"]);
    for (const port of [SCALE_OUT.portA, SCALE_OUT.portB]) servers.push(start(port));
    await Promise.all([waitHealthy(SCALE_OUT.portA), waitHealthy(SCALE_OUT.portB)]);
    await sh("npx", ["playwright", "test", "--config", "e2e/scale-out/playwright.config.ts", ...process.argv.slice(2)], {
      ...process.env,
      SCALE_OUT_DATABASE: serverEnv.DATABASE_URL,
    });
  } catch (error) {
    failed = true;
    console.error(error instanceof Error ? error.message : error);
  } finally {
    for (const server of servers) stop(server);
    await new Promise((r) => setTimeout(r, 500));
    await adminQuery(PG_BASE, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined);
    await dropRedisKeys().catch((error) => console.error("could not drop the run's Redis keys", error));
  }
  process.exit(failed ? 1 : 0);
}

void main();
