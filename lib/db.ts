// The one Prisma client of this process: a PostgreSQL server when DATABASE_URL is set,
// else the embedded PGlite database under .data/ (migrated and seeded on first use).
// Created on first use, so importing this module (e.g. during `next build`) opens nothing.
import "server-only";
import { createEmbeddedClient, createServerClient, type Db } from "./database/create-client";
import { acquireEmbeddedLock } from "./database/embedded-lock";
import { dataPath, env } from "./env";

/** Integration tests put their own database here before the first query (lib/testing). */
export const DB_GLOBAL_KEY = Symbol.for("ultracare.db");
const GLOBAL_KEY = DB_GLOBAL_KEY;
type GlobalWithDb = typeof globalThis & { [GLOBAL_KEY]?: Db };

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
      const { seedIfEmpty } = await import("../prisma/seed/seed");
      await seedIfEmpty(client);
    },
  });
  return db;
}

function getDb(): Db {
  // Kept on globalThis so Next's dev reloads reuse the client instead of opening the folder again.
  const store = globalThis as GlobalWithDb;
  return (store[GLOBAL_KEY] ??= openDatabase());
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
