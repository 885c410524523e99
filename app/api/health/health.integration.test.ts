// GET /api/health as the load balancer and Playwright's webServer see it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createServerClient } from "@/lib/database/create-client";
import { installTestDb, setupTestDatabase } from "@/testing/setup-test-database";

// connection() only marks the handler as per-request for Next; outside a request it throws.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), connection: async () => {} }));

const database = setupTestDatabase();
const TEST_REDIS_URL = process.env.TEST_REDIS_URL;
const savedRedisUrl = process.env.REDIS_URL;

afterEach(() => {
  if (savedRedisUrl === undefined) delete process.env.REDIS_URL;
  else process.env.REDIS_URL = savedRedisUrl;
  installTestDb(database.db);
});

/** The route as a fresh process would load it: lib/env reads REDIS_URL once per process. */
async function route() {
  vi.resetModules();
  return import("./route");
}
const check = async () => (await route()).GET(new Request("http://localhost/api/health"));

describe("GET /api/health", () => {
  it("answers 200 ok, uncached, while the database is up and no Redis is configured", async () => {
    delete process.env.REDIS_URL;
    const response = await check();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", database: { ok: true, latencyMs: expect.any(Number) }, redis: { configured: false } });
  });

  it("answers 200 degraded, within about a second, when REDIS_URL points at nothing", async () => {
    process.env.REDIS_URL = "redis://127.0.0.1:1";
    const started = Date.now();
    const response = await check();
    expect(Date.now() - started).toBeLessThan(1500);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "degraded", database: { ok: true }, redis: { ok: false, reason: "redis unreachable" } });
  });

  it("answers 503 down when the database cannot be reached", async () => {
    delete process.env.REDIS_URL;
    const unreachable = createServerClient("postgresql://postgres@127.0.0.1:1/none", { poolSize: 1 });
    installTestDb(unreachable);
    const response = await check();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "down", database: { ok: false, reason: expect.stringMatching(/^database/) } });
    await unreachable.$disconnect();
  });

  it.skipIf(!TEST_REDIS_URL)("answers 200 ok with Redis's latency when Redis is up (TEST_REDIS_URL)", async () => {
    process.env.REDIS_URL = TEST_REDIS_URL;
    const response = await check();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", redis: { ok: true, latencyMs: expect.any(Number) } });
  });

  it("refuses other methods with 405 and Allow", async () => {
    const response = await (await route()).POST(new Request("http://localhost/api/health", { method: "POST" }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});
