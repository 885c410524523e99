// The one Prisma client of this process: a PostgreSQL server when DATABASE_URL is set,
// else the embedded PGlite database under .data/ (migrated on first use, and seeded by the seeder
// the start-up code registered). Created on first use, so importing this module (e.g. during
// `next build`) opens nothing.
import "server-only";
import { createEmbeddedClient, createServerClient, type Db } from "./database/create-client";
import { acquireEmbeddedLock } from "./database/embedded-lock";
import { lazyClient } from "./database/lazy-client";
import { dataPath, env } from "./env";

export type EmbeddedSeeder = (db: Db) => Promise<void>;

// Kept on globalThis because Next bundles instrumentation.ts apart from the routes (each bundle has its
// own copy of this module) and dev reloads re-run it: all of them must share one client and one seeder.
const CLIENT_KEY = Symbol.for("ultracare.db");
const SEEDER_KEY = Symbol.for("ultracare.db.embedded-seeder");
type Store = typeof globalThis & { [CLIENT_KEY]?: Db; [SEEDER_KEY]?: EmbeddedSeeder };
const store = globalThis as Store;

/**
 * Start-up code (instrumentation.ts, scripts) hands in what fills a freshly created embedded database,
 * before the first query; it runs after the migrations on every first open and should skip a filled one.
 */
export function registerEmbeddedSeeder(seeder: EmbeddedSeeder): void {
  store[SEEDER_KEY] = seeder;
}

function openDatabase(): Db {
  const config = env();
  if (config.DATABASE_URL) {
    return createServerClient(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE });
  }
  const dir = dataPath("pglite");
  acquireEmbeddedLock(dir);
  const { db } = createEmbeddedClient({
    dir,
    afterMigrate: async (client) => {
      await store[SEEDER_KEY]?.(client);
    },
  });
  return db;
}

export const db: Db = lazyClient(() => (store[CLIENT_KEY] ??= openDatabase()));
