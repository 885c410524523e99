import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerClient } from "../database/create-client";
import { checkDatabase, checkHealth, healthStatusCode } from "./check-health";
import { setupTestDatabase } from "@/testing/setup-test-database";

const database = setupTestDatabase();
// Mirrors TEST_DATABASE_URL: the Redis checks against a live server run only when one is named.
const TEST_REDIS_URL = process.env.TEST_REDIS_URL;
const CLOSED_PORT_URL = "redis://127.0.0.1:1";

describe("checkDatabase", () => {
  it("is ok when the database answers, with its latency", async () => {
    expect(await checkDatabase(database.db)).toEqual({ ok: true, latencyMs: expect.any(Number) });
  });

  it("gives a reason, without internals, when the database cannot be reached", async () => {
    const unreachable = createServerClient("postgresql://postgres@127.0.0.1:1/none", { poolSize: 1 });
    const result = await checkDatabase(unreachable, 2000);
    expect(result).toEqual({ ok: false, latencyMs: expect.any(Number), reason: expect.stringMatching(/^database (unreachable|did not answer)/) });
    await unreachable.$disconnect();
  });
});

describe("checkHealth", () => {
  // A server that accepts connections and never answers: a hung Redis (or a wrong port behind a firewall).
  let silent: Server;
  let silentUrl: string;
  beforeAll(async () => {
    silent = createServer((socket) => socket.resume()); // reads (so it sees the client hang up), never answers
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    silentUrl = `redis://127.0.0.1:${(silent.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => silent.close(() => resolve())));

  it("is ok without Redis configured, and says so", async () => {
    const report = await checkHealth({ db: database.db });
    expect(report).toEqual({ status: "ok", database: { ok: true, latencyMs: expect.any(Number) }, redis: { configured: false } });
    expect(healthStatusCode(report)).toBe(200);
  });

  it("is degraded, still 200, and quick when Redis refuses connections", async () => {
    const started = Date.now();
    const report = await checkHealth({ db: database.db, redisUrl: CLOSED_PORT_URL });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(report).toMatchObject({ status: "degraded", database: { ok: true }, redis: { ok: false, reason: "redis unreachable" } });
    expect(healthStatusCode(report)).toBe(200);
  });

  it("gives up on a Redis that never answers after the timeout", async () => {
    const started = Date.now();
    const report = await checkHealth({ db: database.db, redisUrl: silentUrl, timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(report).toMatchObject({ status: "degraded", redis: { ok: false, reason: "redis did not answer within 300 ms" } });
  });

  it("is down, 503, when the database cannot be reached, whatever Redis says", async () => {
    const unreachable = createServerClient("postgresql://postgres@127.0.0.1:1/none", { poolSize: 1 });
    const report = await checkHealth({ db: unreachable, redisUrl: CLOSED_PORT_URL });
    expect(report.status).toBe("down");
    expect(healthStatusCode(report)).toBe(503);
    await unreachable.$disconnect();
  });

  it.skipIf(!TEST_REDIS_URL)("is ok when Redis answers (TEST_REDIS_URL)", async () => {
    const report = await checkHealth({ db: database.db, redisUrl: TEST_REDIS_URL });
    expect(report).toEqual({ status: "ok", database: { ok: true, latencyMs: expect.any(Number) }, redis: { ok: true, latencyMs: expect.any(Number) } });
  });
});
