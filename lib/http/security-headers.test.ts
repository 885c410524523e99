import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers.js";

type Run = "development" | "production over http" | "production over https";
const asMap = (run: Run) =>
  Object.fromEntries(
    securityHeaders({ development: run === "development", https: run === "production over https" }).map((h) => [h.key, h.value]),
  );

describe("securityHeaders", () => {
  it("sends HSTS for a year, and upgrades requests, only when served over https in production", () => {
    expect(asMap("production over https")["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(asMap("production over https")["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
    for (const run of ["development", "production over http"] as const) {
      expect(asMap(run)["Strict-Transport-Security"], run).toBeUndefined();
      expect(asMap(run)["Content-Security-Policy"], run).not.toContain("upgrade-insecure-requests");
    }
  });

  it("allows eval only in development, never in a production build, whether served over https or plain http", () => {
    expect(asMap("production over https")["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(asMap("production over http")["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(asMap("development")["Content-Security-Policy"]).toContain("unsafe-eval");
  });

  it("never lets the store be framed, and lets forms go only here or to Stripe Checkout", () => {
    const csp = asMap("production over https")["Content-Security-Policy"];
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/form-action 'self' https:\/\/checkout\.stripe\.com(;|$)/);
    expect(asMap("production over http")["X-Frame-Options"]).toBe("DENY");
  });
});
