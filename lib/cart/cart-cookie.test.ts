import { describe, expect, it } from "vitest";
import { signCartId, verifyCartCookie } from "./cart-cookie";

const secret = "s".repeat(40);

describe("the cart cookie", () => {
  it("round-trips a cart id", () => {
    expect(verifyCartCookie(signCartId("cart_123", secret), secret)).toBe("cart_123");
  });

  it.each([
    ["a forged id", signCartId("cart_123", secret).replace("cart_123", "cart_999")],
    ["another secret", signCartId("cart_123", "t".repeat(40))],
    ["no signature", "cart_123"],
    ["empty", ""],
    ["garbage", "...."],
  ])("rejects %s", (_label, value) => {
    expect(verifyCartCookie(value, secret)).toBeNull();
  });
});
