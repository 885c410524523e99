import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers.js";

const asMap = (production: boolean) => Object.fromEntries(securityHeaders({ production }).map((h) => [h.key, h.value]));

describe("securityHeaders", () => {
  it("sends HSTS for a year, and upgrades requests, only when served over https in production", () => {
    expect(asMap(true)["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(asMap(true)["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
    expect(asMap(false)["Strict-Transport-Security"]).toBeUndefined();
    expect(asMap(false)["Content-Security-Policy"]).not.toContain("upgrade-insecure-requests");
  });

  it("allows eval only in development", () => {
    expect(asMap(true)["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(asMap(false)["Content-Security-Policy"]).toContain("unsafe-eval");
  });

  it("never lets the store be framed, and lets forms go only here or to Stripe Checkout", () => {
    const csp = asMap(true)["Content-Security-Policy"];
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/form-action 'self' https:\/\/checkout\.stripe\.com(;|$)/);
    expect(asMap(true)["X-Frame-Options"]).toBe("DENY");
  });
});
