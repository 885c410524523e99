// Runs once per vitest run: builds the migrated database every integration test file starts from.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { migrate, readMigrations } from "../lib/database/migrate";
import { pgliteRunner, pgRunner } from "../lib/database/sql-runner";
import { adminQuery, serverUrl, TEMPLATE_DB_ENV, TEMPLATE_SNAPSHOT_ENV } from "./test-database";

export default async function setup() {
  const migrations = await readMigrations();
  const base = process.env.TEST_DATABASE_URL;
  if (base) {
    // One template per run, so concurrent CI runs on the same server never share data.
    const template = `uc_test_${Date.now().toString(36)}_${process.pid}_template`;
    await adminQuery(base, `CREATE DATABASE "${template}"`);
    const client = new pg.Client({ connectionString: serverUrl(base, template) });
    await client.connect();
    await migrate(pgRunner(client), migrations);
    await client.end();
    process.env[TEMPLATE_DB_ENV] = template;
    return async () => {
      await adminQuery(base, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    };
  }
  // The snapshot is keyed by the migrations' checksums: rebuilt only when a migration changes.
  const key = createHash("sha256").update(migrations.map((m) => m.checksum).join()).digest("hex").slice(0, 16);
  const file = path.resolve(".data", "test", `pglite-${key}.tar.gz`);
  if (!existsSync(file)) {
    const pglite = await PGlite.create();
    await migrate(pgliteRunner(pglite), migrations);
    const dump = await pglite.dumpDataDir("gzip");
    await pglite.close();
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  }
  process.env[TEMPLATE_SNAPSHOT_ENV] = file;
}
