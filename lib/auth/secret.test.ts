import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveAuthSecret } from "./secret";

const tmpFile = () => path.join(mkdtempSync(path.join(tmpdir(), "secret-")), "auth-secret");

describe("resolveAuthSecret", () => {
  it("stops production without a secret, with a message that says what to do", () => {
    expect(() => resolveAuthSecret({ NODE_ENV: "production" }, tmpFile)).toThrow(/AUTH_SECRET is required in production/);
  });

  it("refuses a short secret", () => {
    expect(() => resolveAuthSecret({ AUTH_SECRET: "short" }, tmpFile)).toThrow(/at least 32 characters/);
  });

  it("uses AUTH_SECRET, or NEXTAUTH_SECRET", () => {
    const secret = "x".repeat(40);
    expect(resolveAuthSecret({ NODE_ENV: "production", AUTH_SECRET: secret }, tmpFile)).toBe(secret);
    expect(resolveAuthSecret({ NODE_ENV: "production", NEXTAUTH_SECRET: secret }, tmpFile)).toBe(secret);
  });

  it("generates a development secret once and keeps it", () => {
    const file = tmpFile();
    const first = resolveAuthSecret({ NODE_ENV: "development" }, () => file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(resolveAuthSecret({ NODE_ENV: "development" }, () => file)).toBe(first);
  });
});
