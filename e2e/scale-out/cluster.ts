// Several `next start` instances of one build sharing a fresh PostgreSQL database and a Redis key prefix
// of their own: what the scale-out suite (run.ts) and the mixed-traffic bench start and tear down.
// Needs PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379 (DESIGN.md), or the SCALE_OUT_* URLs.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createClient } from "redis";
import { adminQuery, serverUrl } from "../../testing/test-database";
import { SCALE_OUT } from "./settings";

const PG_BASE = process.env.SCALE_OUT_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.SCALE_OUT_REDIS_URL ?? "redis://127.0.0.1:6379";

export type Instance = { port: number; env?: Record<string, string> };
export type Cluster = { databaseUrl: string; keyPrefix: string; stop(): Promise<void> };

export function sh(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

/** Creates the database, migrates and seeds it, builds (unless `skipBuild`) and starts every instance. */
export async function startCluster(instances: Instance[], options: { skipBuild?: boolean; distDir?: string } = {}): Promise<Cluster> {
  const run = `${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const database = `uc_scale_${run}`;
  const keyPrefix = `uc-scale-${run}`;
  const databaseUrl = serverUrl(PG_BASE, database);
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: options.distDir ?? ".next-scale",
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: "10",
    REDIS_URL,
    REDIS_KEY_PREFIX: keyPrefix,
    ADMIN_EMAIL: SCALE_OUT.admin.email,
    ADMIN_PASSWORD: SCALE_OUT.admin.password,
    AUTH_SECRET: SCALE_OUT.authSecret,
    PAYMENTS_TEST_MODE: "1",
    LOG_LEVEL: "warn",
    // Production over plain http on loopback, allowed by name; each instance gets its own APP_URL below,
    // the migrate and seed scripts the first one's.
    APP_URL: `http://127.0.0.1:${instances[0]?.port ?? 3000}`,
    ALLOW_INSECURE_APP_URL: "1",
  };
  delete serverEnv.DATA_DIR;

  const servers: ChildProcess[] = [];
  const exited = new Set<number>();
  const stop = async () => {
    for (const server of servers) {
      try {
        if (server.pid) process.kill(-server.pid, "SIGTERM"); // the whole process group
      } catch {
        // already gone
      }
    }
    await new Promise((r) => setTimeout(r, 500));
    await adminQuery(PG_BASE, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined);
    await dropRedisKeys(keyPrefix).catch((error) => console.error("could not drop the run's Redis keys", error));
  };

  await adminQuery(PG_BASE, `CREATE DATABASE "${database}"`);
  try {
    await sh("npx", ["tsx", "scripts/db-migrate.ts"], serverEnv);
    await sh("npx", ["tsx", "scripts/db-seed.ts"], serverEnv);
    if (!options.skipBuild) await sh("npx", ["next", "build"], serverEnv);
    for (const { port, env } of instances) {
      const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
        env: { ...serverEnv, APP_URL: `http://127.0.0.1:${port}`, ...env },
        stdio: ["ignore", "inherit", "inherit"],
        detached: true, // its own process group, so stop() ends the whole tree
      });
      child.on("exit", () => exited.add(port));
      servers.push(child);
    }
    await Promise.all(instances.map(({ port }) => waitHealthy(port, exited)));
  } catch (error) {
    await stop();
    throw error;
  }
  return { databaseUrl, keyPrefix, stop };
}

async function waitHealthy(port: number, exited: Set<number>) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited.has(port)) throw new Error(`instance on port ${port} stopped (is the port taken?)`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`instance on port ${port} did not become healthy`);
}

async function dropRedisKeys(prefix: string) {
  const redis = createClient({ url: REDIS_URL });
  await redis.connect();
  for await (const key of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) await redis.unlink(key);
  await redis.quit();
}
