// Builds Prisma clients over either driver. Only this folder constructs PrismaClient.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { migrate } from "./migrate";
import { pgliteRunner, pgRunner } from "./sql-runner";

export type Db = PrismaClient;

/**
 * Delays the driver's connection until `ready` settles, so the client can be created
 * synchronously (at import) while the first query waits for migrations and the seed.
 */
function afterReady(inner: SqlDriverAdapterFactory, ready: () => Promise<void>): SqlDriverAdapterFactory {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      await ready();
      return inner.connect();
    },
  };
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}

export function createServerClient(connectionString: string, options: { poolSize?: number } = {}): Db {
  const adapter = new PrismaPg({ connectionString, max: options.poolSize ?? 10 });
  return new PrismaClient({ adapter });
}

/** Applies pending migrations on a PostgreSQL server through a short-lived connection. */
export async function migrateServer(connectionString: string): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await migrate(pgRunner(client));
  } finally {
    await client.end();
  }
}

export type EmbeddedOptions = {
  /** Folder for the data; omit for an in-memory database (tests). */
  dir?: string;
  /** Runs after migrations, before the first query (the demo seed on first start). */
  afterMigrate?: (db: Db, appliedNow: string[]) => Promise<void>;
};

export function createEmbeddedClient(options: EmbeddedOptions = {}): { db: Db; pglite: PGlite } {
  const pglite = new PGlite(options.dir);
  const ready = once(async () => {
    await pglite.waitReady;
    const applied = await migrate(pgliteRunner(pglite));
    await options.afterMigrate?.(bootstrapClient, applied);
  });
  // The bootstrap's own queries must not wait for the bootstrap.
  const bootstrapClient = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const db = new PrismaClient({ adapter: afterReady(new PrismaPGlite(pglite), ready) });
  return { db, pglite };
}
