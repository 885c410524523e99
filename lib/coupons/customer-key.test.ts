import { describe, expect, it } from "vitest";
import { customerKey, normalizeCustomerEmail } from "./customer-key";

describe("customerKey", () => {
  it.each([
    [{ userId: "user_1", email: "Ana@Example.com" }, "ana@example.com"],
    [{ email: "  Ana@Example.COM " }, "ana@example.com"],
    [{ userId: "", email: "ana@example.com" }, "ana@example.com"],
    [{ userId: "user_1", email: "Ana+shop@Example.com" }, "ana@example.com"],
    [{ userId: "user_1" }, null],
    [{ userId: null, email: null }, null],
    [{}, null],
    [{ email: "   " }, null],
  ])("%o -> %s", (customer, expected) => {
    expect(customerKey(customer)).toBe(expected);
  });
});

describe("normalizeCustomerEmail", () => {
  it.each([
    ["x+1@example.com", "x@example.com"],
    ["X+2@Example.COM", "x@example.com"],
    ["x+a+b@example.com", "x@example.com"],
    ["x@example.com", "x@example.com"],
    // Dots are another provider's rule, not every mailbox's: kept.
    ["ana.b@gmail.com", "ana.b@gmail.com"],
    // A plus in the domain or at the very start of the local part is not a tag.
    ["x@plus+domain.example", "x@plus+domain.example"],
    ["+x@example.com", "+x@example.com"],
  ])("%s -> %s", (email, expected) => {
    expect(normalizeCustomerEmail(email)).toBe(expected);
  });
});
