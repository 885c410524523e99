// The migrated database must be exactly what prisma/schema.prisma describes, judged by Prisma's own
// datamodel (DMMF): a column forgotten in a migration, a wrong type, nullability, default or unique fails here.
import { readFile } from "node:fs/promises";
import internals from "@prisma/internals";
import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/testing/setup-test-database";

type DmmfModel = Awaited<ReturnType<typeof internals.getDMMF>>["datamodel"]["models"][number];
type DmmfField = DmmfModel["fields"][number];

type Column = {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: "YES" | "NO";
  column_default: string | null;
  character_maximum_length: number | null;
  datetime_precision: number | null;
};

const database = setupTestDatabase();
let dmmf: Awaited<ReturnType<typeof internals.getDMMF>>;
let columns: Column[];
let uniqueIndexes: { table_name: string; columns: string[]; primary: boolean }[];
let enumLabels: Map<string, string[]>;

const columnName = (field: DmmfField) => field.dbName ?? field.name;
const tableName = (model: DmmfModel) => model.dbName ?? model.name;

beforeAll(async () => {
  dmmf = await internals.getDMMF({ datamodel: await readFile("prisma/schema.prisma", "utf8") });
  columns = await database.current.sql.query<Column>(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
            character_maximum_length, datetime_precision
       FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  const indexes = await database.current.sql.query<{ table_name: string; columns: string; primary: boolean }>(
    `SELECT t.relname AS table_name, i.indisprimary AS primary,
            string_agg(a.attname, ',' ORDER BY k.ord) AS columns
       FROM pg_index i
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE i.indisunique
      GROUP BY t.relname, i.indexrelid, i.indisprimary`,
  );
  uniqueIndexes = indexes.map((index) => ({ ...index, columns: index.columns.split(",") }));
  const labels = await database.current.sql.query<{ typname: string; labels: string[] }>(
    `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
  );
  enumLabels = new Map(labels.map((row) => [row.typname, row.labels]));
});

function expectedType(field: DmmfField): Partial<Column> {
  if (field.isList) return { data_type: "ARRAY", udt_name: `_${field.type === "String" ? "text" : field.type.toLowerCase()}` };
  if (field.kind === "enum") return { data_type: "USER-DEFINED", udt_name: field.type };
  const native = field.nativeType as [string, string[]] | null | undefined;
  if (native?.[0] === "Char") return { data_type: "character", character_maximum_length: Number(native[1][0]) };
  switch (field.type) {
    case "String":
      return { data_type: "text" };
    case "Int":
      return { data_type: "integer" };
    case "Boolean":
      return { data_type: "boolean" };
    case "DateTime":
      return { data_type: "timestamp without time zone", datetime_precision: 3 };
    case "Json":
      return { data_type: "jsonb" };
    default:
      throw new Error(`The drift test does not know Prisma type ${field.type}: teach it.`);
  }
}

/** Defaults Prisma puts in the database (now(), literals); cuid() and @updatedAt are set by the client. */
function expectsDatabaseDefault(field: DmmfField): boolean {
  if (!field.hasDefaultValue || field.isUpdatedAt) return false;
  const fn = field.default as { name?: string } | undefined;
  return !(fn && typeof fn === "object" && "name" in fn && ["cuid", "uuid", "nanoid"].includes(fn.name ?? ""));
}

describe("schema.prisma and the migrated database", () => {
  it("have the same tables", () => {
    const tables = new Set(columns.map((c) => c.table_name));
    tables.delete("_prisma_migrations");
    expect([...tables].sort()).toEqual(dmmf.datamodel.models.map(tableName).sort());
  });

  it("have the same enums and values", () => {
    for (const enumType of dmmf.datamodel.enums) {
      expect(enumLabels.get(enumType.dbName ?? enumType.name), enumType.name).toEqual(enumType.values.map((v) => v.dbName ?? v.name));
    }
  });

  it("agree on every column: name, type, nullability and default", () => {
    for (const model of dmmf.datamodel.models) {
      const table = tableName(model);
      const scalars = model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum");
      const dbColumns = columns.filter((c) => c.table_name === table);
      expect(dbColumns.map((c) => c.column_name).sort(), `columns of ${table}`).toEqual(scalars.map(columnName).sort());
      for (const field of scalars) {
        const column = dbColumns.find((c) => c.column_name === columnName(field))!;
        const where = `${table}.${column.column_name}`;
        expect(column, where).toMatchObject(expectedType(field));
        expect(column.is_nullable, `${where} nullability`).toBe(field.isRequired && !field.isList ? "NO" : "YES");
        expect(column.column_default !== null, `${where} default`).toBe(expectsDatabaseDefault(field));
      }
    }
  });

  it("agree on primary keys and unique constraints", () => {
    for (const model of dmmf.datamodel.models) {
      const table = tableName(model);
      const byName = new Map(model.fields.map((f) => [f.name, columnName(f)]));
      const idField = model.fields.find((f) => f.isId);
      const primary = idField
        ? [columnName(idField)]
        : model.primaryKey?.fields.map((f) => byName.get(f)!); // none: e.g. Auth.js verification tokens
      const actual = uniqueIndexes.filter((i) => i.table_name === table);
      expect(actual.find((i) => i.primary)?.columns, `${table} primary key`).toEqual(primary);

      const expectedUnique = [
        ...model.fields.filter((f) => f.isUnique).map((f) => [columnName(f)]),
        ...model.uniqueFields.map((fields) => fields.map((f) => byName.get(f)!)),
      ].map((cols) => cols.join(","));
      const actualUnique = actual.filter((i) => !i.primary).map((i) => i.columns.join(","));
      expect(actualUnique.sort(), `${table} unique constraints`).toEqual(expectedUnique.sort());
    }
  });
});
