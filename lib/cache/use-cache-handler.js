// Handler for 'use cache' entries (next.config.js `cacheHandlers`). With REDIS_URL the entries and their
// tags live in Redis, so a revalidation on one instance reaches all; without it, or while Redis is
// away, Next's own in-memory handler serves this instance alone.
import { createRequire } from "node:module";
import { getRedisCacheComponentsHandler } from "@trieb.work/nextjs-turbo-redis-cache";
import { invalidateEverywhere, onReconnect, redisCacheEnabled, redisCacheOptions, redisIsUp } from "./redis-link.js";

const require = createRequire(import.meta.url);
const { createDefaultCacheHandler } = require("next/dist/server/lib/cache-handlers/default.js");

const local = createDefaultCacheHandler(50 * 1024 * 1024);
// Built once: the options read the build id from disk, which must not happen on every cache read.
let sharedHandler;
const shared = () => (sharedHandler ??= getRedisCacheComponentsHandler(redisCacheOptions()));

/** The handler to use for this call: Redis when configured and answering, else this instance's memory. */
async function current() {
  if (redisCacheEnabled() && (await redisIsUp())) return shared();
  return local;
}

onReconnect((tags) => shared().updateTags(tags, { expire: 0 }));

const useCacheHandler = {
  async get(cacheKey, softTags) {
    const handler = await current();
    try {
      return await handler.get(cacheKey, softTags);
    } catch {
      return undefined; // a miss: the entry is computed again
    }
  },
  async set(cacheKey, pendingEntry) {
    const handler = await current();
    try {
      await handler.set(cacheKey, pendingEntry);
    } catch {
      // Not stored; the next request computes it again.
    }
  },
  async refreshTags() {
    await (await current()).refreshTags();
  },
  async getExpiration(tags) {
    return (await current()).getExpiration(tags);
  },
  async updateTags(tags, durations) {
    await invalidateEverywhere(tags, {
      local: () => local.updateTags(tags, durations),
      shared: () => shared().updateTags(tags, durations),
    });
  },
};

export default useCacheHandler;
