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
    [{ REDIS_URL: "http://127.0.0.1:6379" }, "REDIS_URL: must be a redis:// or rediss:// URL"],
    [{ REDIS_KEY_PREFIX: "shop one" }, "REDIS_KEY_PREFIX"],
  ])("names the variable that is wrong: %j", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });

  it("takes a Redis URL for the shared cache, and treats an empty one as unset", () => {
    expect(parseEnv({ REDIS_URL: "rediss://cache.example.com:6380/2" }).REDIS_URL).toBe("rediss://cache.example.com:6380/2");
    expect(parseEnv({ REDIS_URL: " " }).REDIS_URL).toBeUndefined();
  });

  it("coerces cents from strings", () => {
    expect(parseEnv({ SHIPPING_FLAT_CENTS: "500" }).SHIPPING_FLAT_CENTS).toBe(500);
  });
});
