import { describe, expect, it } from "vitest";
import { customerKey } from "./customer-key";

describe("customerKey", () => {
  it.each([
    [{ userId: "user_1", email: "Ana@Example.com" }, "user_1"],
    [{ email: "  Ana@Example.COM " }, "ana@example.com"],
    [{ userId: "", email: "ana@example.com" }, "ana@example.com"],
    [{ userId: null, email: null }, null],
    [{}, null],
    [{ email: "   " }, null],
  ])("%o -> %s", (customer, expected) => {
    expect(customerKey(customer)).toBe(expected);
  });
});
