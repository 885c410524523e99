import { describe, expect, it } from "vitest";
import { parseEnv, startupWarnings } from "./env";

describe("parseEnv", () => {
  it("gives a working development configuration with nothing set", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe(".data");
    expect(env.CHECKOUT_HOLD_MINUTES).toBe(30);
  });

  it("treats an empty DATABASE_URL as unset (embedded database)", () => {
    expect(parseEnv({ DATABASE_URL: "  " }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ DATABASE_URL: "mysql://localhost/db" }, "DATABASE_URL: must be a postgresql:// URL"],
    [{ CHECKOUT_HOLD_MINUTES: "9.5" }, "CHECKOUT_HOLD_MINUTES"],
    [{ ADMIN_EMAIL: "not-an-email" }, "ADMIN_EMAIL"],
    [{ APP_URL: "shop.example.com" }, "APP_URL: must be an absolute URL"],
    [{ REDIS_URL: "http://127.0.0.1:6379" }, "REDIS_URL: must be a redis:// or rediss:// URL"],
    [{ REDIS_KEY_PREFIX: "shop one" }, "REDIS_KEY_PREFIX"],
    [{ STRIPE_TAX: "yes" }, "STRIPE_TAX"],
  ])("names the variable that is wrong: %j", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });

  it("takes a Redis URL for the shared cache, and treats an empty one as unset", () => {
    expect(parseEnv({ REDIS_URL: "rediss://cache.example.com:6380/2" }).REDIS_URL).toBe("rediss://cache.example.com:6380/2");
    expect(parseEnv({ REDIS_URL: " " }).REDIS_URL).toBeUndefined();
  });

  it("coerces numbers from strings", () => {
    expect(parseEnv({ CHECKOUT_HOLD_MINUTES: "45" }).CHECKOUT_HOLD_MINUTES).toBe(45);
  });
});

describe("production settings", () => {
  const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) };

  it("refuses to start without APP_URL, naming it", () => {
    expect(() => parseEnv(production)).toThrow(/APP_URL: required in production/);
    expect(() => parseEnv({ ...production, APP_URL: " " })).toThrow(/APP_URL: required in production/);
  });

  it("lets `next build` run without APP_URL (it serves nobody)", () => {
    expect(parseEnv({ ...production, NEXT_PHASE: "phase-production-build" }).APP_URL).toBe("http://localhost:3000");
  });

  it("refuses a plain-http APP_URL unless told by name", () => {
    expect(() => parseEnv({ ...production, APP_URL: "http://shop.example.com" })).toThrow(
      /APP_URL: must start with https:\/\/ in production; for a local demo over plain http set ALLOW_INSECURE_APP_URL=1/,
    );
    expect(parseEnv({ ...production, APP_URL: "http://127.0.0.1:3100", ALLOW_INSECURE_APP_URL: "1" }).APP_URL).toBe("http://127.0.0.1:3100");
    expect(parseEnv({ ...production, APP_URL: "https://shop.example.com" }).APP_URL).toBe("https://shop.example.com");
  });

  it("keeps development free of setup: APP_URL defaults to localhost, http is fine", () => {
    expect(parseEnv({}).APP_URL).toBe("http://localhost:3000");
    expect(parseEnv({ NODE_ENV: "development", APP_URL: "http://shop.test:3000" }).APP_URL).toBe("http://shop.test:3000");
  });
});

describe("startupWarnings", () => {
  const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), APP_URL: "https://shop.example.com" };

  it("says nothing for a sound production configuration, nor in development", () => {
    expect(startupWarnings(production)).toEqual([]);
    expect(startupWarnings({ PAYMENTS_TEST_MODE: "1", APP_URL: "http://localhost:3000" })).toEqual([]);
  });

  it("warns about a plain-http APP_URL that was allowed", () => {
    const warnings = startupWarnings({ ...production, APP_URL: "http://127.0.0.1:3100", ALLOW_INSECURE_APP_URL: "1" });
    expect(warnings).toEqual([expect.stringMatching(/^APP_URL is plain http \(http:\/\/127\.0\.0\.1:3100, allowed by ALLOW_INSECURE_APP_URL=1\): cookies are not Secure/)]);
  });

  it("warns that STRIPE_TAX=1 does nothing without a Stripe key, and is quiet with one", () => {
    expect(startupWarnings({ ...production, PAYMENTS_TEST_MODE: "1", STRIPE_TAX: "1" })).toContainEqual(expect.stringMatching(/^STRIPE_TAX=1 does nothing without STRIPE_SECRET_KEY/));
    expect(startupWarnings({ ...production, STRIPE_SECRET_KEY: "sk_live_x", STRIPE_TAX: "1" })).toEqual([]);
  });

  it("warns that PAYMENTS_TEST_MODE=1 charges no card", () => {
    expect(startupWarnings({ ...production, PAYMENTS_TEST_MODE: "1" })).toEqual([expect.stringMatching(/^PAYMENTS_TEST_MODE=1: .*no card is charged/)]);
  });
});

describe("client address settings", () => {
  it("reads the connection's own address by default", () => {
    const config = parseEnv({});
    expect(config.TRUSTED_PROXY_HOPS).toBe(0);
    expect(config.TRUSTED_PROXIES).toBeUndefined();
  });

  it("takes a hop count, or a list of proxies and CIDR ranges", () => {
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "1" }).TRUSTED_PROXY_HOPS).toBe(1);
    expect(parseEnv({ TRUSTED_PROXIES: "10.0.0.1, 10.1.0.0/16,fd00::/8" }).TRUSTED_PROXIES).toEqual(["10.0.0.1", "10.1.0.0/16", "fd00::/8"]);
  });

  it.each([
    [{ TRUSTED_PROXY_HOPS: "-1" }, "TRUSTED_PROXY_HOPS"],
    [{ TRUSTED_PROXY_HOPS: "one" }, "TRUSTED_PROXY_HOPS"],
    [{ TRUSTED_PROXIES: "10.0.0.1,load-balancer" }, "TRUSTED_PROXIES: must be addresses or CIDR ranges"],
    [{ TRUSTED_PROXIES: "10.0.0.0/33" }, "TRUSTED_PROXIES: must be addresses or CIDR ranges"],
    [{ TRUSTED_PROXIES: "10.0.0.1", TRUSTED_PROXY_HOPS: "1" }, "TRUSTED_PROXIES: set either TRUSTED_PROXIES or TRUSTED_PROXY_HOPS, not both"],
  ])("names a bad setting: %j", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });
});

describe("mail settings", () => {
  it("defaults to writing .eml files from the shop's address", () => {
    const config = parseEnv({});
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.MAIL_FROM).toBe("UltraCare Pro <care@ultracare.example>");
  });

  it("takes an smtp(s) URL and refuses anything else", () => {
    expect(parseEnv({ SMTP_URL: "smtps://user:pass@mail.example.com:465" }).SMTP_URL).toBe("smtps://user:pass@mail.example.com:465");
    expect(() => parseEnv({ SMTP_URL: "mail.example.com" })).toThrow("SMTP_URL: must be an smtp:// or smtps:// URL");
  });

  it("takes a support address for the contact form, and refuses one that is not an e-mail", () => {
    expect(parseEnv({}).SUPPORT_EMAIL).toBeUndefined();
    expect(parseEnv({ SUPPORT_EMAIL: "help@shop.example" }).SUPPORT_EMAIL).toBe("help@shop.example");
    expect(() => parseEnv({ SUPPORT_EMAIL: "help desk" })).toThrow("SUPPORT_EMAIL: must be an e-mail address");
  });
});
