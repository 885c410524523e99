import { describe, expect, it } from "vitest";
import { failingStatement } from "./migrate";

describe("failingStatement", () => {
  const sql = `-- CreateTable\nCREATE TABLE "a" (id int);\n\n-- broken\nCREATE TABLE "b" (id nosuchtype);\nCREATE TABLE "c" (id int);`;

  it("cuts out the statement that contains PostgreSQL's error position, without comments", () => {
    const position = sql.indexOf("nosuchtype") + 1;
    expect(failingStatement(sql, { position: String(position) })).toBe('CREATE TABLE "b" (id nosuchtype);');
  });

  it("finds the first statement of a file", () => {
    expect(failingStatement(sql, { position: 20 })).toBe('CREATE TABLE "a" (id int);');
  });

  it("returns null when the error carries no position", () => {
    expect(failingStatement(sql, new Error("boom"))).toBeNull();
  });
});
