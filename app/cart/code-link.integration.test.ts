// A shared code link (/cart?code=CODE) applies its code through the cart's own action, the POST the cart page's
// island makes: a live code discounts each line, and an ended, switched-off or unknown code is refused with
// the sentence a typed code gets and leaves the shopper's cart exactly as it was.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getCartView } from "@/lib/cart";
import { couponErrorMessage } from "@/lib/pricing";
import { seed } from "@/prisma/seed/seed";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { applyCouponAction } from "./actions";

vi.mock("@/lib/http/client-address", () => ({ clientAddress: async () => "203.0.113.30" }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: () => {} }));
// One shopper's cart throughout, as the cookie would name it.
const shopper = vi.hoisted(() => ({ cartId: "" }));
vi.mock("@/lib/cart/current-cart", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/cart/current-cart")>()),
  ensureCurrentCartId: async () => shopper.cartId,
  currentCustomer: async () => ({}),
}));

const database = setupTestDatabase();

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  const products = await database.db.product.findMany({ where: { slug: { in: ["ultragun", "us111"] } } });
  const cart = await database.db.cart.create({
    data: { lines: { create: products.map((product) => ({ productId: product.id, quantity: 1 })) } },
  });
  shopper.cartId = cart.id;
  const now = Date.now();
  await database.db.coupon.create({
    data: { code: "SUMMER", kind: "ORDER_PERCENT", percentOff: 10, startsAt: new Date(now - 3 * 86_400_000), endsAt: new Date(now - 86_400_000) },
  });
  await database.db.coupon.create({ data: { code: "PAUSED", kind: "ORDER_PERCENT", percentOff: 10, startsAt: new Date(now - 86_400_000), active: false } });
});

/** What opening /cart?code=CODE sends: the island posts the code from the link as the form would. */
function openLink(code: string) {
  const form = new FormData();
  form.set("code", code);
  return applyCouponAction(undefined, form);
}

async function cartState() {
  const cart = await database.db.cart.findUniqueOrThrow({ where: { id: shopper.cartId }, include: { lines: { orderBy: { productId: "asc" } } } });
  return { couponCode: cart.couponCode, lines: cart.lines.map(({ productId, quantity }) => ({ productId, quantity })) };
}

describe("a shared code link", () => {
  it.each([
    ["an ended code", "SUMMER", "COUPON_EXPIRED"],
    ["a switched-off code", "PAUSED", "COUPON_UNKNOWN"],
    ["an unknown code", "NOSUCHCODE", "COUPON_UNKNOWN"],
  ] as const)("%s is refused with the typed code's sentence and changes nothing", async (_, code, reason) => {
    const before = await cartState();
    const result = await openLink(code);
    expect(result).toMatchObject({ ok: false, code: reason });
    const sentence = couponErrorMessage(
      reason === "COUPON_EXPIRED" ? { code: reason, couponCode: code, endedAt: new Date() } : { code: reason, couponCode: code },
    );
    expect(result.ok ? null : result.fieldErrors?.code).toEqual([sentence]);
    expect(await cartState()).toEqual(before);
  });

  it("applies a live code, and the cart shows each line's saving", async () => {
    expect(await openLink("flashsale")).toMatchObject({ ok: true });
    const view = await getCartView(shopper.cartId, {});
    expect(view.couponCode).toBe("FLASHSALE");
    expect(view.lines).toHaveLength(2);
    for (const line of view.lines) {
      expect(line.discountCents, line.slug).toBeGreaterThan(0);
      expect(line.totalCents).toBe(line.subtotalCents - line.discountCents);
    }
    expect(view.lines.find((line) => line.slug === "ultragun")?.percentOff).toBe(75);

    // A refused link afterwards keeps the applied code.
    expect(await openLink("NOSUCHCODE")).toMatchObject({ ok: false });
    expect((await cartState()).couponCode).toBe("FLASHSALE");
  });
});
