import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "./unique-violation";

describe("isUniqueViolation", () => {
  it("recognises Prisma's unique-index error and the column it names, in meta or message", () => {
    expect(isUniqueViolation({ code: "P2002", meta: { target: ["slug"] } })).toBe(true);
    expect(isUniqueViolation({ code: "P2002", meta: { target: ["slug"] } }, "slug")).toBe(true);
    expect(isUniqueViolation({ code: "P2002", meta: { target: ["slug"] } }, "sku")).toBe(false);
    expect(isUniqueViolation({ code: "P2002", message: "Unique constraint failed on the fields: (`sku`)" }, "sku")).toBe(true);
  });

  it("is false for any other error", () => {
    expect(isUniqueViolation({ code: "P2025" })).toBe(false);
    expect(isUniqueViolation(new Error("P2002"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation("P2002")).toBe(false);
  });
});
