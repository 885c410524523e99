// Fresh, migrated databases for integration tests: an in-memory PGlite restored from a migrated
// snapshot (default), or a new database on a PostgreSQL server cloned from a migrated template
// when TEST_DATABASE_URL is set. The snapshot / template is made once per run by global-setup.ts.
import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { createServerClient, type Db } from "../lib/database/create-client";
import { pgliteRunner, pgRunner, type SqlRunner } from "../lib/database/sql-runner";

export type TestDatabase = {
  db: Db;
  kind: "pglite" | "postgres";
  /** The raw connection string (server) for tests that need a second client. */
  url?: string;
  /** Raw SQL on the same database (one dedicated connection), for tests of the migrator and constraints. */
  sql: SqlRunner;
  close(): Promise<void>;
};

export const TEMPLATE_SNAPSHOT_ENV = "TEST_PGLITE_SNAPSHOT";
export const TEMPLATE_DB_ENV = "TEST_TEMPLATE_DATABASE";

export function serverUrl(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverBase = process.env.TEST_DATABASE_URL;
  if (serverBase) return createServerTestDatabase(serverBase);
  const snapshot = process.env[TEMPLATE_SNAPSHOT_ENV];
  if (!snapshot) throw new Error(`${TEMPLATE_SNAPSHOT_ENV} is not set: run the tests through vitest (global-setup.ts).`);
  const pglite = await PGlite.create({ loadDataDir: new Blob([await readFile(snapshot)]) });
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    db,
    kind: "pglite",
    sql: pgliteRunner(pglite),
    async close() {
      await db.$disconnect();
      await pglite.close();
    },
  };
}

async function createServerTestDatabase(base: string): Promise<TestDatabase> {
  const template = process.env[TEMPLATE_DB_ENV];
  if (!template) throw new Error(`${TEMPLATE_DB_ENV} is not set: run the tests through vitest (global-setup.ts).`);
  const name = `${template.replace(/_template$/, "")}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(base, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = serverUrl(base, name);
  const db = createServerClient(url, { poolSize: 20 });
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  return {
    db,
    kind: "postgres",
    url,
    sql: pgRunner(raw),
    async close() {
      await raw.end();
      await db.$disconnect();
      await adminQuery(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export async function adminQuery(base: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
