// With REDIS_URL pointing at a Redis that is not there, 'use cache' entries still work from this
// process's memory, at once, and an invalidation still removes them (the outage case of issue #8).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const entry = (tags: string[]) => ({
  value: new Blob(["cached rsc payload"]).stream(),
  tags,
  stale: 300,
  timestamp: performance.timeOrigin + performance.now(), // the clock Next compares tag invalidations with
  expire: 3600,
  revalidate: 900,
});

const text = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

describe("use-cache handler while Redis is unreachable", () => {
  let handler: typeof import("./use-cache-handler.js").default;
  const previous = process.env.REDIS_URL;

  beforeAll(async () => {
    process.env.REDIS_URL = "redis://127.0.0.1:1"; // nothing listens on port 1
    handler = (await import("./use-cache-handler.js")).default;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = previous;
  });

  it("stores and serves entries from this instance's memory without waiting on Redis", async () => {
    const started = Date.now();
    await handler.set("product:ultragun", Promise.resolve(entry(["products"])));
    const hit = await handler.get("product:ultragun", []);
    expect(hit && (await text(hit.value))).toBe("cached rsc payload");
    expect(Date.now() - started).toBeLessThan(2_500); // at most the one-time 1 s wait for a first connection
    const again = Date.now();
    await handler.get("product:ultragun", []);
    expect(Date.now() - again).toBeLessThan(200);
  });

  it("drops an entry whose tag is invalidated", async () => {
    await handler.set("article:night-cramps", Promise.resolve(entry(["articles"])));
    expect(await handler.get("article:night-cramps", [])).toBeDefined();
    await new Promise((r) => setTimeout(r, 5)); // invalidations apply to entries made before them
    await handler.updateTags(["articles"], { expire: 0 });
    // Next stamps the invalidation with a rounded millisecond: read a moment later, as any next request would.
    await new Promise((r) => setTimeout(r, 5));
    expect(await handler.get("article:night-cramps", [])).toBeUndefined();
  });
});
