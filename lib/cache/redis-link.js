// The one Redis link the two cache handlers share (Next's page cache and 'use cache' entries).
// Plain JavaScript: Next imports cache handlers at runtime, unbundled, so they cannot be TypeScript.
//
// Why a probe of our own: the Redis handlers queue commands while Redis is away and each page
// would wait for their timeout. The probe's client refuses commands when it is not connected
// (no offline queue), so `isUp()` answers at once and the handlers fall back to this instance's
// own cache until Redis is back.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createClient } from "redis";

const STATE = Symbol.for("ultracare.redis-cache-link");

// The library checks the keyspace setting whenever its subscriber (re)connects and gives up on its
// subscriptions when it is missing: after a Redis restart that check can run before the probe below has
// set it again. The probe sets it on every connection, so the library's own check is left out.
process.env.SKIP_KEYSPACE_CONFIG_CHECK = "true";

/** Redis is used for the cache only when REDIS_URL is set; without it Next's per-process default stays. */
export function redisCacheEnabled(env = process.env) {
  return Boolean(env.REDIS_URL) && env.NEXT_PHASE !== "phase-production-build";
}

/**
 * Options for @trieb.work/nextjs-turbo-redis-cache. Keys are namespaced by REDIS_KEY_PREFIX (one per
 * shop or test run) and by build id, since entries hold rendered output that only the same build can read.
 */
export function redisCacheOptions(env = process.env) {
  const url = new URL(env.REDIS_URL);
  const database = Number(url.pathname.replace("/", "") || 0);
  return {
    redisUrl: env.REDIS_URL,
    database,
    keyPrefix: `${env.REDIS_KEY_PREFIX || "ultracare"}:${buildId(env)}:`,
    getTimeoutMs: 500,
    // The library keeps Redis reads in memory for 10 s by default: a restock on one instance would show
    // late on the others. Concurrent reads of one key are still shared (deduplication).
    inMemoryCachingTime: 0,
    // Tag maps are re-read from Redis every few minutes, so an update missed while Redis was away heals.
    avgResyncIntervalMs: 5 * 60_000,
    killContainerOnErrorThreshold: 0,
    // While Redis is away the library logs every failed reconnect of each of its clients (console.error);
    // node-redis's default retries every 0.5 s, over 500 lines a minute. Backing off to 5 s keeps a trace of
    // the outage without drowning the logs; the probe below decides where cache reads go in the meantime.
    socketOptions: { connectTimeout: 1000, reconnectStrategy: reconnectDelay },
  };
}

/** Milliseconds before reconnect attempt `retries` (0, 1, ...): 250, 500, 1000, ... up to 5 s. */
function reconnectDelay(retries) {
  return Math.min(250 * 2 ** retries, 5000);
}

function buildId(env) {
  try {
    return readFileSync(path.join(process.cwd(), env.NEXT_DIST_DIR || ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "dev";
  }
}

function state() {
  globalThis[STATE] ??= { client: null, firstWait: null, prepared: Promise.resolve(), pendingTags: new Set(), flushers: new Set() };
  return globalThis[STATE];
}

/**
 * Connects the probe once (waiting at most `waitMs` on the first call) and reports whether Redis
 * answers now. Also asks Redis to publish expiry and eviction events, which the library needs.
 */
export async function redisIsUp(waitMs = 1000) {
  const s = state();
  if (!s.client) {
    s.client = createClient({
      url: process.env.REDIS_URL,
      disableOfflineQueue: true,
      socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(200 * (retries + 1), 2000) },
    });
    s.client.on("error", (error) => warnOnce(`Redis cache link: ${error.message}; serving from this instance's cache`));
    // Every (re)connection: a restarted Redis has forgotten its settings and the tags we held back.
    s.client.on("ready", () => {
      warned = false;
      s.prepared = enableKeyspaceEvents(s.client).then(flushPendingTags);
    });
    // Only the first calls wait (at most waitMs) for the first connection; later ones answer at once.
    s.firstWait = Promise.race([s.client.connect().catch(() => undefined), delay(waitMs)]);
  }
  if (!s.client.isReady) await s.firstWait;
  if (s.client.isReady) await s.prepared;
  return s.client.isReady;
}

/**
 * An invalidation reaches this instance's own cache first (so nothing it cached during an outage outlives a
 * change), then Redis; while Redis is away it is kept and replayed when Redis answers again.
 */
export async function invalidateEverywhere(tags, { local, shared }) {
  await local();
  if (!redisCacheEnabled()) return;
  if (await redisIsUp()) {
    try {
      return await shared();
    } catch {
      // fall through: replayed later
    }
  }
  rememberTagsForLater(tags);
}

/** Tags invalidated while Redis was away: replayed when it is back, so its older entries are not served. */
function rememberTagsForLater(tags) {
  for (const tag of tags) state().pendingTags.add(tag);
}

/** Each handler registers how to replay tags on Redis; called once the link is ready again. */
export function onReconnect(flush) {
  state().flushers.add(flush);
}

async function flushPendingTags() {
  const s = state();
  if (s.pendingTags.size === 0) return;
  const tags = [...s.pendingTags];
  s.pendingTags.clear();
  for (const flush of s.flushers) {
    await flush(tags).catch((error) => {
      rememberTagsForLater(tags);
      warnOnce(`Redis cache link: could not replay invalidated tags (${error.message})`);
    });
  }
}

async function enableKeyspaceEvents(client) {
  try {
    const current = (await client.configGet("notify-keyspace-events"))["notify-keyspace-events"] ?? "";
    if (!current.includes("E") || !(current.includes("A") || (current.includes("x") && current.includes("e")))) {
      await client.configSet("notify-keyspace-events", `${current}Exe`.replace(/(.)(?=.*\1)/g, ""));
    }
  } catch (error) {
    // Managed Redis services may forbid CONFIG: then it must be set there (README, deployment).
    warnOnce(`Redis cache link: could not enable keyspace events (${error.message})`);
  }
}

let warned = false;
function warnOnce(message) {
  if (warned) return;
  warned = true;
  console.warn(JSON.stringify({ level: "warn", msg: message, time: new Date().toISOString() }));
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());
