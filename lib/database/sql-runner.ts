// The few raw-SQL operations the migrator needs, over either driver. Prisma's own
// $executeRaw cannot run a multi-statement migration file, so the migrator talks to the driver.
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

export type SqlRunner = {
  /** Runs one or many statements with no parameters (a whole migration file). */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
};

export function pgliteRunner(client: PGlite): SqlRunner {
  return {
    async exec(sql) {
      await client.exec(sql);
    },
    async query<Row>(sql: string, params: unknown[] = []) {
      const result = await client.query<Row>(sql, params);
      return result.rows;
    },
  };
}

export function pgRunner(client: pg.Client | pg.PoolClient): SqlRunner {
  return {
    async exec(sql) {
      await client.query(sql);
    },
    async query<Row>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return result.rows as Row[];
    },
  };
}
