// Where next-auth sends the browser after a sign-in or sign-out: only to this store (APP_URL), whatever
// callbackUrl the link carried.
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function optionsFor(appUrl: string) {
  vi.resetModules();
  vi.stubEnv("APP_URL", appUrl);
  vi.stubEnv("NEXTAUTH_URL", "https://evil.example"); // a stray setting must not win over APP_URL
  const { authOptions } = await import("./auth-options");
  return authOptions();
}

describe("next-auth's redirect callback", () => {
  it.each([
    ["/account", "https://shop.example.com/account"],
    ["https://shop.example.com/admin/orders?status=PAID", "https://shop.example.com/admin/orders?status=PAID"],
    ["https://evil.example/", "https://shop.example.com/"],
    ["//evil.example", "https://shop.example.com/"],
    ["/\t/evil.example", "https://shop.example.com/"],
    ["/%09%5Cevil.example", "https://shop.example.com/"],
    ["javascript:alert(1)", "https://shop.example.com/"],
  ])("%j -> %s", async (url, expected) => {
    const options = await optionsFor("https://shop.example.com");
    expect(await options.callbacks!.redirect!({ url, baseUrl: "https://evil.example" })).toBe(expected);
  });

  it("gives next-auth APP_URL as its own address, not a Host header or a stray NEXTAUTH_URL", async () => {
    await optionsFor("https://shop.example.com");
    expect(process.env.NEXTAUTH_URL).toBe("https://shop.example.com");
  });
});
