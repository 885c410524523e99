import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { migrate, MigrationError, MIGRATIONS_DIR, readMigrations } from "./migrate";

const database = setupTestDatabase();

async function migrationsDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("the project's migrations", () => {
  it("are recorded in _prisma_migrations as Prisma records them (sha256 of the file, one step, finished)", async () => {
    const rows = await database.current.sql.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(`SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`);
    const files = await readMigrations();
    expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    for (const file of files) {
      const raw = await readFile(path.join(MIGRATIONS_DIR, file.name, "migration.sql"));
      const row = rows.find((r) => r.migration_name === file.name)!;
      expect(row.checksum).toBe(createHash("sha256").update(raw).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applying them again is a no-op", async () => {
    expect(await migrate(database.current.sql)).toEqual([]);
  });
});

describe("migrate() on new migrations", () => {
  // Each test works in its own schema, so its tables and its _prisma_migrations stay apart.
  let schema: string;
  beforeEach(async () => {
    schema = `scratch_${Math.random().toString(36).slice(2, 8)}`;
    await database.current.sql.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
    return async () => {
      await database.current.sql.exec(`SET search_path TO public; DROP SCHEMA ${schema} CASCADE`);
    };
  });

  it("applies pending files in name order and only once", async () => {
    const dir = await migrationsDir({
      "20260101000000_a": 'CREATE TABLE "first" (id int);',
      "20260102000000_b": 'ALTER TABLE "first" ADD COLUMN name text;',
    });
    expect(await migrate(database.current.sql, await readMigrations(dir))).toEqual([
      "20260101000000_a",
      "20260102000000_b",
    ]);
    expect(await migrate(database.current.sql, await readMigrations(dir))).toEqual([]);
    const columns = await database.current.sql.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'first' ORDER BY column_name`,
      [schema],
    );
    expect(columns.map((c) => c.column_name)).toEqual(["id", "name"]);
  });

  it("rolls a failed migration back whole and names the file and the statement", async () => {
    const dir = await migrationsDir({
      "20260101000000_ok": 'CREATE TABLE "kept" (id int);',
      "20260102000000_broken": 'CREATE TABLE "half" (id int);\nCREATE TABLE "bad" (id nosuchtype);',
    });
    const error = await migrate(database.current.sql, await readMigrations(dir)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).message).toContain("20260102000000_broken");
    expect((error as MigrationError).statement).toBe('CREATE TABLE "bad" (id nosuchtype);');

    const tables = await database.current.sql.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
      [schema],
    );
    expect(tables.map((t) => t.table_name)).toEqual(["_prisma_migrations", "kept"]);
    const recorded = await database.current.sql.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations"`,
    );
    expect(recorded.map((r) => r.migration_name)).toEqual(["20260101000000_ok"]);
  });

  it("refuses to run when an applied migration was edited", async () => {
    const dir = await migrationsDir({ "20260101000000_a": 'CREATE TABLE "t" (id int);' });
    await migrate(database.current.sql, await readMigrations(dir));
    await writeFile(path.join(dir, "20260101000000_a", "migration.sql"), 'CREATE TABLE "t" (id bigint);');
    await expect(migrate(database.current.sql, await readMigrations(dir))).rejects.toThrow(/was edited after it was applied/);
  });
});
