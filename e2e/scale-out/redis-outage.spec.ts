// Instance C keeps its shared cache on a Redis of its own, which this test stops and starts: shoppers
// must not notice (pages come from the instance's own cache meanwhile), and the cache is shared again after.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { createClient } from "redis";
import { instanceUrl, SCALE_OUT } from "./settings";

const C = instanceUrl(SCALE_OUT.portC);
const REDIS_URL = `redis://127.0.0.1:${SCALE_OUT.privateRedisPort}`;
const STOREFRONT = ["/", "/products/ultragun", "/learn", "/products"];

function startRedis(): ChildProcess {
  return spawn("redis-server", ["--port", String(SCALE_OUT.privateRedisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
}

async function redisKeys(): Promise<number> {
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  const count = await client.dbSize();
  await client.quit();
  return count;
}

async function get(path: string) {
  const started = Date.now();
  const response = await fetch(`${C}${path}`);
  const body = await response.text();
  return { status: response.status, ms: Date.now() - started, body };
}

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}

test("pages keep rendering while Redis is down, and the shared cache is used again once it is back", async () => {
  let redis = startRedis();
  try {
    // Redis up: pages are cached in it.
    const health = await eventually(
      async () => (await fetch(`${C}/api/health`)).json(),
      (body) => body.redis?.ok === true,
    );
    expect(health.redis.ok).toBe(true);
    for (const path of STOREFRONT) expect((await get(path)).status).toBe(200);
    expect(await eventually(redisKeys, (n) => n > 0)).toBeGreaterThan(0);

    // Redis gone: every page still answers 200 with its content, without waiting on Redis.
    redis.kill("SIGKILL");
    await new Promise((r) => redis.on("exit", r));
    for (const path of STOREFRONT) {
      const page = await get(path);
      expect(page.status, path).toBe(200);
      expect(page.body).toContain("UltraCare Pro");
      expect(page.ms, `${path} took ${page.ms} ms with Redis down`).toBeLessThan(3_000);
    }
    const product = await get("/products/ultragun");
    expect(product.body.replace(/<!-- -->/g, "")).toMatch(/In stock, \d+ available|Only \d+ left/);
    const degraded = await fetch(`${C}/api/health`);
    expect(degraded.status).toBe(200);
    expect((await degraded.json()).redis.ok).toBe(false);

    // Redis back (empty, as after a restart): the instance reconnects and fills it again.
    redis = startRedis();
    await eventually(
      async () => (await fetch(`${C}/api/health`)).json(),
      (body) => body.redis?.ok === true,
    );
    expect(await eventually(async () => {
      for (const path of STOREFRONT) await get(path);
      return redisKeys();
    }, (n) => n > 0)).toBeGreaterThan(0);
  } finally {
    redis.kill("SIGKILL");
  }
});
