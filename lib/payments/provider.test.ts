import { afterEach, describe, expect, it, vi } from "vitest";

// env() is parsed once per module instance, so each case loads the module afresh with its own environment.
async function providerWith(vars: Record<string, string | undefined>) {
  vi.resetModules();
  vi.stubEnv("APP_URL", "https://shop.example.com"); // a production server refuses to run without it
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value as string);
  return import("./provider");
}

afterEach(() => vi.unstubAllEnvs());

describe("paymentProvider", () => {
  it("uses the test provider when no Stripe key is set (development)", async () => {
    const { paymentProvider, isTestPaymentsAllowed } = await providerWith({ NODE_ENV: "development", STRIPE_SECRET_KEY: "" });
    expect(paymentProvider().name).toBe("TEST");
    expect(isTestPaymentsAllowed()).toBe(true);
  });

  it("refuses test payments in production, saying how to switch them on on purpose", async () => {
    const { paymentProvider, isTestPaymentsAllowed } = await providerWith({ NODE_ENV: "production", STRIPE_SECRET_KEY: "", PAYMENTS_TEST_MODE: "0" });
    expect(() => paymentProvider()).toThrow(/PAYMENTS_TEST_MODE=1/);
    expect(isTestPaymentsAllowed()).toBe(false);
  });

  it("allows them in production only with PAYMENTS_TEST_MODE=1", async () => {
    const { paymentProvider } = await providerWith({ NODE_ENV: "production", STRIPE_SECRET_KEY: "", PAYMENTS_TEST_MODE: "1", AUTH_SECRET: "x".repeat(40) });
    expect(paymentProvider().name).toBe("TEST");
  });

  it("uses Stripe whenever a key is set", async () => {
    const { paymentProvider, isTestPaymentsAllowed } = await providerWith({ NODE_ENV: "production", STRIPE_SECRET_KEY: "sk_test_123" });
    expect(paymentProvider().name).toBe("STRIPE");
    expect(isTestPaymentsAllowed()).toBe(false);
  });
});
