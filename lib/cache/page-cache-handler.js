// Handler for Next's page cache (next.config.js `cacheHandler`: rendered pages and route responses).
// With REDIS_URL, pages live in Redis and tag revalidations reach every instance; without it, or while
// Redis is away, Next's own file-system cache (memory plus .next/) serves this instance alone.
//
// Either way a "not found" page is never stored. Product and article pages render any slug of valid shape
// on first request and Next caches the result, a 404 included: every made-up address a crawler or a
// scanner tries would otherwise leave three files under .next/ (or a Redis entry) for a day, without
// bound. A 404 is rendered again per request instead, from cached catalog reads (no database round trip).
import { createRequire } from "node:module";
import RedisPageCache from "@trieb.work/nextjs-turbo-redis-cache";
import { invalidateEverywhere, onReconnect, redisCacheEnabled, redisCacheOptions, redisIsUp } from "./redis-link.js";

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

let serverDistDir;
// Built once: the options read the build id from disk, which must not happen on every cache read.
let sharedPageCache;
const shared = () => (sharedPageCache ??= new RedisPageCache({ ...redisCacheOptions(), serverDistDir }));

onReconnect((tags) => shared().revalidateTag(tags, { expire: 0 }));

/** A rendered page whose answer is 404 (Next's value for an App Router page carries its status). */
export function isNotFoundPage(data) {
  return data?.kind === "APP_PAGE" && data.status === 404;
}

export default class PageCacheHandler {
  constructor(context) {
    serverDistDir ??= context.serverDistDir;
    this.local = new FileSystemCache(context);
  }

  async current() {
    if (redisCacheEnabled() && (await redisIsUp())) return shared();
    return this.local;
  }

  async get(key, context) {
    const handler = await this.current();
    try {
      return await handler.get(key, context);
    } catch {
      return null; // a miss: the page is rendered again
    }
  }

  async set(key, data, context) {
    if (isNotFoundPage(data)) return;
    const handler = await this.current();
    try {
      await handler.set(key, data, context);
    } catch {
      // Not stored; the next request renders it again.
    }
  }

  async revalidateTag(tags, durations) {
    const list = Array.isArray(tags) ? tags : [tags];
    await invalidateEverywhere(list, {
      local: () => this.local.revalidateTag(list, durations),
      shared: () => shared().revalidateTag(list, durations),
    });
  }

  resetRequestCache() {
    this.local.resetRequestCache?.();
  }
}
