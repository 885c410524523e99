import { describe, expect, it } from "vitest";
import { signId } from "../signing/signed-id";
import { alertIdFromUnsubscribeToken, hashConfirmToken, newConfirmToken, unsubscribeToken } from "./alert-tokens";
import { stockAlertRequestSchema } from "./schemas";

const secret = "test-secret-0123456789abcdefghijklmnop";

describe("confirmation tokens", () => {
  it("are long, random, link-safe, and only their sha256 is kept", () => {
    const a = newConfirmToken();
    const b = newConfirmToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashConfirmToken(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.token);
  });
});

describe("unsubscribe tokens", () => {
  it("give the alert back only when the store signed them for unsubscribing", () => {
    const token = unsubscribeToken("alert-1", secret);
    expect(alertIdFromUnsubscribeToken(token, secret)).toBe("alert-1");
    const [id, mac] = token.split(".");
    expect(alertIdFromUnsubscribeToken(`alert-2.${mac}`, secret)).toBeNull();
    expect(alertIdFromUnsubscribeToken(`${id}.${mac.slice(1)}`, secret)).toBeNull();
    expect(alertIdFromUnsubscribeToken(token, "another-secret-0123456789abcdefghijkl")).toBeNull();
    expect(alertIdFromUnsubscribeToken(signId("alert-1", { purpose: "cart", secret }), secret)).toBeNull();
    expect(alertIdFromUnsubscribeToken("alert-1", secret)).toBeNull();
    expect(alertIdFromUnsubscribeToken(null, secret)).toBeNull();
  });
});

describe("the alert form's address", () => {
  it("is trimmed and lower-cased, so one person is one alert per device", () => {
    expect(stockAlertRequestSchema.parse({ productId: "p1", email: "  Ann.Smith@Example.COM " })).toEqual({ productId: "p1", email: "ann.smith@example.com" });
  });

  it("refuses what is not an address", () => {
    for (const email of ["", "ann", "ann@", `${"a".repeat(250)}@example.com`]) {
      expect(stockAlertRequestSchema.safeParse({ productId: "p1", email }).success, email).toBe(false);
    }
  });
});
