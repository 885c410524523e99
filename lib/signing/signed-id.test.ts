import { describe, expect, it } from "vitest";
import { signId, verifySignedId } from "./signed-id";

const secret = "x".repeat(40);
const now = new Date("2026-12-04T12:00:00Z");

describe("signed ids", () => {
  it("round-trips an id without expiry", () => {
    expect(verifySignedId(signId("c123", { purpose: "cart", secret }), { purpose: "cart", secret, expiring: false })).toBe("c123");
  });

  it("refuses a token made for another purpose or with another secret", () => {
    const token = signId("c123", { purpose: "cart", secret });
    expect(verifySignedId(token, { purpose: "order", secret, expiring: false })).toBeNull();
    expect(verifySignedId(token, { purpose: "cart", secret: "y".repeat(40), expiring: false })).toBeNull();
  });

  it("honours an expiry until it passes, and refuses a changed expiry", () => {
    const token = signId("o1", { purpose: "order-pay", secret, expiresAt: new Date(now.getTime() + 60_000) });
    expect(verifySignedId(token, { purpose: "order-pay", secret, expiring: true, now })).toBe("o1");
    expect(verifySignedId(token, { purpose: "order-pay", secret, expiring: true, now: new Date(now.getTime() + 60_000) })).toBeNull();
    const [id, expires, mac] = token.split(".");
    expect(verifySignedId(`${id}.${Number(expires) + 3600}.${mac}`, { purpose: "order-pay", secret, expiring: true, now })).toBeNull();
  });

  it.each(["", "c123", ".abc", "c123.", "a.b.c.d", "c123.notamac"])("refuses %j", (token) => {
    expect(verifySignedId(token, { purpose: "cart", secret, expiring: false })).toBeNull();
    expect(verifySignedId(token, { purpose: "cart", secret, expiring: true, now })).toBeNull();
  });

  it("never takes a token without expiry where an expiring one is wanted", () => {
    expect(verifySignedId(signId("o1", { purpose: "order-pay", secret }), { purpose: "order-pay", secret, expiring: true, now })).toBeNull();
  });
});
