// Applies prisma/migrations/*/migration.sql in order and records each in `_prisma_migrations`
// exactly as Prisma Migrate does (same table, sha256 checksum of the file), so that
// `prisma migrate deploy` / `status` on a machine with Prisma's engine sees them as applied.
// Prisma Migrate itself cannot run here: its schema engine is a download these machines cannot reach.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlRunner } from "./sql-runner";

export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

/** The advisory lock id Prisma Migrate takes, so two deployers never migrate at once. */
const PRISMA_MIGRATE_LOCK = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFile = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    readonly statement: string | null,
    readonly cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `Migration ${migration} failed and was rolled back: ${reason}` +
        (statement ? `\n  in statement: ${statement}` : ""),
    );
    this.name = "MigrationError";
  }
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/** Returns the names of the migrations it applied (empty when the database was up to date). */
export async function migrate(runner: SqlRunner, migrations?: MigrationFile[]): Promise<string[]> {
  const files = migrations ?? (await readMigrations());
  await runner.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
  try {
    await runner.exec(CREATE_MIGRATIONS_TABLE);
    const applied = await runner.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(applied.map((row) => [row.migration_name, row.checksum]));
    const appliedNow: string[] = [];
    for (const file of files) {
      const checksum = done.get(file.name);
      if (checksum !== undefined) {
        if (checksum !== file.checksum) {
          throw new Error(
            `Migration ${file.name} was edited after it was applied (checksum differs). ` +
              "Write a new migration instead of changing an applied one.",
          );
        }
        continue;
      }
      await applyOne(runner, file);
      appliedNow.push(file.name);
    }
    return appliedNow;
  } finally {
    await runner.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]);
  }
}

async function applyOne(runner: SqlRunner, file: MigrationFile) {
  await runner.exec("BEGIN");
  try {
    await runner.exec(file.sql);
    await runner.query(
      `INSERT INTO "_prisma_migrations"
         (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), file.checksum, file.name],
    );
    await runner.exec("COMMIT");
  } catch (error) {
    await runner.exec("ROLLBACK");
    throw new MigrationError(file.name, failingStatement(file.sql, error), error);
  }
}

/** PostgreSQL reports the error's character position in the whole file; cut out the statement around it. */
export function failingStatement(sql: string, error: unknown): string | null {
  const position = Number((error as { position?: unknown })?.position);
  if (!Number.isInteger(position) || position < 1) return null;
  const offset = position - 1;
  const start = sql.lastIndexOf(";", offset - 1) + 1;
  const endIndex = sql.indexOf(";", offset);
  const statement = sql.slice(start, endIndex === -1 ? undefined : endIndex + 1);
  return statement
    .split("\n")
    .filter((line) => line.trim() && !line.trim().startsWith("--"))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}
