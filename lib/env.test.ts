import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives a working development configuration with nothing set", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe(".data");
    expect(env.SHIPPING_FLAT_CENTS).toBe(995);
    expect(env.FREE_SHIPPING_THRESHOLD_CENTS).toBe(15000);
  });

  it("treats an empty DATABASE_URL as unset (embedded database)", () => {
    expect(parseEnv({ DATABASE_URL: "  " }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ DATABASE_URL: "mysql://localhost/db" }, "DATABASE_URL: must be a postgresql:// URL"],
    [{ SHIPPING_FLAT_CENTS: "9.95" }, "SHIPPING_FLAT_CENTS"],
    [{ ADMIN_EMAIL: "not-an-email" }, "ADMIN_EMAIL"],
    [{ APP_URL: "shop.example.com" }, "APP_URL: must be an absolute URL"],
  ])("names the variable that is wrong: %j", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });

  it("coerces cents from strings", () => {
    expect(parseEnv({ SHIPPING_FLAT_CENTS: "500" }).SHIPPING_FLAT_CENTS).toBe(500);
  });
});
