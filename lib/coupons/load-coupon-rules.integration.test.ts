import { beforeAll, describe, expect, it } from "vitest";
import { priceCart } from "../pricing";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { loadCouponRules } from "./load-coupon-rules";

const database = setupTestDatabase();

const NOW = new Date("2026-11-20T12:00:00Z");
const LATER = new Date(NOW.getTime() + 15 * 60_000);
const EARLIER = new Date(NOW.getTime() - 60_000);
const SHIPPING = { rateCents: 995, freeShippingOverCents: 15000 };

let gunId = "";
let padId = "";
let anaId = "";
let orderCount = 0;

async function createProduct(slug: string, priceCents: number) {
  const product = await database.db.product.create({
    data: {
      slug,
      sku: slug.toUpperCase(),
      name: slug,
      tagline: "",
      description: "",
      priceCents,
      stock: 10,
      bestFor: "",
      severity: "MILD_TO_MODERATE",
    },
  });
  return product.id;
}

type Use = {
  status: "HELD" | "REDEEMED" | "RELEASED";
  expiresAt?: Date | null;
  customerKey: string;
  userId?: string;
};

/** A coupon use as checkout records it: an order, and a redemption pointing at it. */
async function recordUse(couponId: string, use: Use) {
  orderCount += 1;
  const email = use.customerKey.includes("@") ? use.customerKey : `${use.customerKey}@example.com`;
  const order = await database.db.order.create({
    data: {
      number: `UC-TEST${orderCount}`,
      email,
      userId: use.userId,
      subtotalCents: 15900,
      discountCents: 1590,
      totalCents: 14310,
      provider: "TEST",
      holdExpiresAt: use.expiresAt ?? LATER,
      couponId,
    },
  });
  await database.db.couponRedemption.create({
    data: {
      couponId,
      orderId: order.id,
      userId: use.userId,
      customerKey: use.customerKey,
      status: use.status,
      expiresAt: use.expiresAt === undefined ? LATER : use.expiresAt,
      redeemedAt: use.status === "REDEEMED" ? EARLIER : null,
    },
  });
}

async function createCoupon(code: string, data: Partial<{ maxRedemptions: number; maxPerCustomer: number }> = {}) {
  const coupon = await database.db.coupon.create({
    data: {
      code,
      kind: "ORDER_PERCENT",
      percentOff: 10,
      startsAt: new Date("2026-11-01T00:00:00Z"),
      ...data,
    },
  });
  return coupon.id;
}

beforeAll(async () => {
  gunId = await createProduct("test-gun", 15900);
  padId = await createProduct("test-pad", 2500);
  const ana = await database.db.user.create({ data: { email: "ana@example.com" } });
  anaId = ana.id;
});

describe("loadCouponRules", () => {
  it("finds a coupon whatever the case and spacing typed, and maps its rules", async () => {
    await database.db.coupon.create({
      data: {
        code: "BUNDLE",
        description: "Devices bundle",
        kind: "PRODUCT_PERCENT",
        startsAt: new Date("2026-11-01T00:00:00Z"),
        endsAt: new Date("2026-12-01T00:00:00Z"),
        maxRedemptions: 50,
        maxPerCustomer: 2,
        minSubtotalCents: 5000,
        rates: { create: [{ productId: gunId, percentOff: 75 }] },
        exclusions: { create: [{ productId: padId }] },
      },
    });
    expect(await loadCouponRules("  bundle ", {}, NOW)).toEqual({
      code: "BUNDLE",
      kind: "PRODUCT_PERCENT",
      percentOff: null,
      amountOffCents: null,
      productRates: { [gunId]: 75 },
      excludedProductIds: [padId],
      startsAt: new Date("2026-11-01T00:00:00Z"),
      endsAt: new Date("2026-12-01T00:00:00Z"),
      active: true,
      maxRedemptions: 50,
      usedOrHeld: 0,
      maxPerCustomer: 2,
      customerUses: 0,
      minSubtotalCents: 5000,
    });
  });

  it("returns null for a code no coupon has, and for a blank one", async () => {
    expect(await loadCouponRules("NOSUCHCODE", {}, NOW)).toBeNull();
    expect(await loadCouponRules("   ", {}, NOW)).toBeNull();
  });

  it("counts redeemed uses and live holds, not lapsed or released ones, nor other coupons' uses", async () => {
    const couponId = await createCoupon("COUNTME", { maxRedemptions: 10 });
    const otherId = await createCoupon("OTHER");
    await recordUse(couponId, { status: "REDEEMED", customerKey: "a@example.com", expiresAt: EARLIER });
    await recordUse(couponId, { status: "HELD", customerKey: "b@example.com", expiresAt: LATER });
    await recordUse(couponId, { status: "HELD", customerKey: "c@example.com", expiresAt: EARLIER }); // lapsed
    await recordUse(couponId, { status: "HELD", customerKey: "d@example.com", expiresAt: NOW }); // lapses this instant
    await recordUse(couponId, { status: "RELEASED", customerKey: "e@example.com", expiresAt: LATER });
    await recordUse(couponId, { status: "HELD", customerKey: "g@example.com", expiresAt: null }); // no expiry: holds nothing (lib/coupons/live-redemption.ts)
    await recordUse(otherId, { status: "REDEEMED", customerKey: "f@example.com" });

    expect((await loadCouponRules("COUNTME", {}, NOW))?.usedOrHeld).toBe(2);
    // A minute earlier the two lapsed holds were still live.
    expect((await loadCouponRules("COUNTME", {}, new Date(EARLIER.getTime() - 60_000)))?.usedOrHeld).toBe(4);
  });

  it("counts this customer's uses by normalised e-mail, for the account and guest orders alike", async () => {
    const couponId = await createCoupon("ONCEEACH", { maxPerCustomer: 1 });
    await recordUse(couponId, { status: "REDEEMED", customerKey: "ana@example.com", userId: anaId });
    await recordUse(couponId, { status: "HELD", customerKey: "guest@example.com", expiresAt: LATER });
    await recordUse(couponId, { status: "HELD", customerKey: "lapsed@example.com", expiresAt: EARLIER });
    await recordUse(couponId, { status: "RELEASED", customerKey: "gone@example.com" });

    const uses = async (customer: { userId?: string; email?: string }) =>
      (await loadCouponRules("onceeach", customer, NOW))?.customerUses;
    expect(await uses({ userId: anaId, email: "ana@example.com" })).toBe(1);
    // The same person as a guest, with or without a +tag: the account's use counts.
    expect(await uses({ email: "Ana+sale@Example.com" })).toBe(1);
    expect(await uses({ email: " Guest@Example.com " })).toBe(1);
    expect(await uses({ email: "lapsed@example.com" })).toBe(0);
    expect(await uses({ email: "gone@example.com" })).toBe(0);
    expect(await uses({ email: "new@example.com" })).toBe(0);
    expect(await uses({})).toBe(0);
    expect((await loadCouponRules("ONCEEACH", {}, NOW))?.usedOrHeld).toBe(2);
  });

  it("gives the pricing engine what it needs to refuse a used-up coupon and accept it again once a hold lapses", async () => {
    const couponId = await createCoupon("LASTONE", { maxRedemptions: 1 });
    await recordUse(couponId, { status: "HELD", customerKey: "someone@example.com", expiresAt: LATER });
    const lines = [{ productId: gunId, unitPriceCents: 15900, quantity: 1 }];

    const whileHeld = priceCart({
      lines,
      coupon: await loadCouponRules("lastone", { email: "me@example.com" }, NOW),
      now: NOW,
      shipping: SHIPPING,
    });
    expect(whileHeld.couponError?.code).toBe("COUPON_USED_UP");
    expect(whileHeld.totalCents).toBe(15900);

    const afterLapse = new Date(LATER.getTime() + 1000);
    const released = priceCart({
      lines,
      coupon: await loadCouponRules("lastone", { email: "me@example.com" }, afterLapse),
      now: afterLapse,
      shipping: SHIPPING,
    });
    expect(released.couponError).toBeNull();
    expect(released.discountCents).toBe(1590);
  });
});
