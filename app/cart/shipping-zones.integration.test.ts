// Shipping by destination, end to end: the cart's Country form (the server action as the form calls it), the
// cart's totals, and the checkout, which prices the zone again on the server and sends Stripe exactly that
// rate, its delivery estimate and only the chosen country.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/prisma/seed/seed";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { startStripeStandIn, type StandIn } from "@/testing/stripe-stand-in";
import { addLine } from "@/lib/cart/change-lines";
import { getCartView } from "@/lib/cart/cart-view";
import { startCheckout } from "@/lib/orders/start-checkout";
import { createStripeClient, StripeProvider } from "@/lib/payments/stripe";
import { TestProvider } from "@/lib/payments/test-provider";
import { setDestinationAction } from "./actions";

vi.mock("@/lib/http/client-address", () => ({ clientAddress: async () => "203.0.113.40" }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: () => {} }));
// The cart this "request" is about, set by each test.
const request = vi.hoisted(() => ({ cartId: "" }));
vi.mock("@/lib/cart/current-cart", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/cart/current-cart")>()),
  ensureCurrentCartId: async () => request.cartId,
  currentCustomer: async () => ({}),
}));

const database = setupTestDatabase();
let stripe: StandIn;
let provider: StripeProvider;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  for (const p of await database.db.product.findMany()) ids[p.slug] = p.id;
  await database.db.product.updateMany({ data: { stock: 200, reserved: 0 } });
  stripe = await startStripeStandIn();
  provider = new StripeProvider(createStripeClient("sk_test_standin", stripe.url));
});
afterAll(() => stripe?.close());
beforeEach(() => {
  stripe.requests.length = 0;
});

/** A cart with one UltraGun ($159.00, no code), going to `country` when given. */
async function ultragunCart(country?: string): Promise<string> {
  const cart = await database.db.cart.create({ data: { destinationCountry: country } });
  expect(await addLine(cart.id, ids.ultragun, 1)).toEqual({ ok: true });
  return cart.id;
}

function chooseCountry(cartId: string, country: string) {
  request.cartId = cartId;
  const form = new FormData();
  form.set("country", country);
  return setDestinationAction(undefined, form);
}

const sessionBody = () => stripe.requests.find((r) => r.path === "/v1/checkout/sessions")!.body;

describe("the cart's Country", () => {
  it("defaults to the country the browser's languages suggest, else the United States, and prices its zone", async () => {
    const cart = await ultragunCart();
    const british = await getCartView(cart, {}, new Date(), { acceptLanguage: "en-GB,en;q=0.9" });
    expect(british.shipping).toMatchObject({ destination: { country: "GB", chosen: false }, zone: { name: "United Kingdom and EU", minDays: 5, maxDays: 10 } });
    expect(british.totals).toMatchObject({ subtotalCents: 15900, shippingCents: 1995, totalCents: 17895 });

    const unknown = await getCartView(cart, {}, new Date(), { acceptLanguage: "ja-JP" });
    expect(unknown.shipping.destination).toEqual({ country: "US", chosen: false });
    expect(unknown.totals).toMatchObject({ shippingCents: 0, totalCents: 15900 }); // free in the US from $150
    expect(unknown.shipping.countries).toContainEqual({ code: "AU", name: "Australia" });
    expect(unknown.shipping.countries).toHaveLength(32);
  });

  it("stores a country some zone ships to and re-prices the cart for it", async () => {
    const cart = await ultragunCart();
    expect(await chooseCountry(cart, "au")).toEqual({ ok: true, data: undefined });
    expect((await database.db.cart.findUniqueOrThrow({ where: { id: cart } })).destinationCountry).toBe("AU");
    const view = await getCartView(cart, {}, new Date(), { acceptLanguage: "en-US" });
    expect(view.shipping).toMatchObject({ destination: { country: "AU", chosen: true }, zone: { name: "Australia and New Zealand", maxDays: 12 } });
    expect(view.totals).toMatchObject({ shippingCents: 2495, totalCents: 15900 + 2495 });
  });

  it.each(["JP", "XX", "EU"])("refuses %s, a country no zone ships to, with a sentence, and changes nothing", async (country) => {
    const cart = await ultragunCart("CA");
    expect(await chooseCountry(cart, country)).toEqual({
      ok: false,
      code: "COUNTRY_NOT_SHIPPED",
      fieldErrors: { country: ["We do not deliver to that country. Choose one from the list."] },
    });
    expect((await database.db.cart.findUniqueOrThrow({ where: { id: cart } })).destinationCountry).toBe("CA");
  });

  it("refuses what is not a country code at all before reaching the cart", async () => {
    const cart = await ultragunCart("CA");
    expect(await chooseCountry(cart, "Australia")).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { country: ["Choose a country."] } });
    expect((await database.db.cart.findUniqueOrThrow({ where: { id: cart } })).destinationCountry).toBe("CA");
  });
});

describe("checking out to a zone", () => {
  it("charges the US and Australia their own zone's rate, on the order and on Stripe's page, and allows only that country", async () => {
    const us = await startCheckout(await ultragunCart("US"), { email: "us@example.com" }, provider);
    expect(us.ok).toBe(true);
    const usOrder = await database.db.order.findUniqueOrThrow({ where: { id: (us as { orderId: string }).orderId } });
    expect(usOrder).toMatchObject({ subtotalCents: 15900, shippingCents: 0, totalCents: 15900, shippingCountry: "US", deliveryMaxDays: 5 });
    expect(sessionBody()).toMatchObject({
      "shipping_address_collection[allowed_countries][0]": "US",
      "shipping_options[0][shipping_rate_data][fixed_amount][amount]": "0",
      "shipping_options[0][shipping_rate_data][delivery_estimate][minimum][value]": "3",
      "shipping_options[0][shipping_rate_data][delivery_estimate][maximum][value]": "5",
    });
    expect(sessionBody()["shipping_address_collection[allowed_countries][1]"]).toBeUndefined();

    stripe.requests.length = 0;
    const au = await startCheckout(await ultragunCart("AU"), { email: "au@example.com" }, provider);
    expect(au.ok).toBe(true);
    const auOrder = await database.db.order.findUniqueOrThrow({ where: { id: (au as { orderId: string }).orderId } });
    expect(auOrder).toMatchObject({ subtotalCents: 15900, shippingCents: 2495, totalCents: 18395, shippingCountry: "AU", deliveryMaxDays: 12 });
    expect(sessionBody()).toMatchObject({
      "shipping_address_collection[allowed_countries][0]": "AU",
      "shipping_options[0][shipping_rate_data][type]": "fixed_amount",
      "shipping_options[0][shipping_rate_data][fixed_amount][amount]": "2495",
      "shipping_options[0][shipping_rate_data][delivery_estimate][minimum][unit]": "business_day",
      "shipping_options[0][shipping_rate_data][delivery_estimate][minimum][value]": "7",
      "shipping_options[0][shipping_rate_data][delivery_estimate][maximum][value]": "12",
    });
    expect(sessionBody()["shipping_address_collection[allowed_countries][1]"]).toBeUndefined();
  });

  it("uses the likely country when the shopper chose none, as the cart showed it", async () => {
    const result = await startCheckout(await ultragunCart(), { email: "nz@example.com", acceptLanguage: "en-NZ" }, provider);
    const order = await database.db.order.findUniqueOrThrow({ where: { id: (result as { orderId: string }).orderId } });
    expect(order).toMatchObject({ shippingCountry: "NZ", shippingCents: 2495, totalCents: 18395 });
    expect(sessionBody()["shipping_address_collection[allowed_countries][0]"]).toBe("NZ");
  });

  it("prices the zone as it is now, not as the cart page showed it", async () => {
    const cart = await ultragunCart("CA");
    await database.db.shippingZone.update({ where: { name: "Canada" }, data: { rateCents: 1700, freeShippingOverCents: null } });
    try {
      const result = await startCheckout(cart, { email: "ca@example.com" }, new TestProvider("http://localhost", (id) => id));
      const order = await database.db.order.findUniqueOrThrow({ where: { id: (result as { orderId: string }).orderId } });
      // The test provider charges the order's total: the zone's new rate is in it.
      expect(order).toMatchObject({ provider: "TEST", shippingCountry: "CA", shippingCents: 1700, totalCents: 15900 + 1700 });
    } finally {
      await database.db.shippingZone.update({ where: { name: "Canada" }, data: { rateCents: 1495, freeShippingOverCents: 20000 } });
    }
  });

  it("refuses a destination no active zone covers any more, holding nothing", async () => {
    const cart = await ultragunCart("NZ");
    await database.db.shippingZone.update({ where: { name: "Australia and New Zealand" }, data: { active: false } });
    try {
      const view = await getCartView(cart, {}, new Date());
      expect(view).toMatchObject({ canCheckout: false, shipping: { destination: { country: "NZ", chosen: true }, zone: null } });
      expect(view.shipping.countries.map((c) => c.code)).not.toContain("NZ");
      const reservedBefore = (await database.db.product.findUniqueOrThrow({ where: { id: ids.ultragun } })).reserved;
      expect(await startCheckout(cart, { email: "nz2@example.com" }, provider)).toEqual({ ok: false, code: "DESTINATION_NOT_SHIPPED", country: "NZ" });
      expect((await database.db.product.findUniqueOrThrow({ where: { id: ids.ultragun } })).reserved).toBe(reservedBefore);
      expect(stripe.requests).toHaveLength(0);
    } finally {
      await database.db.shippingZone.update({ where: { name: "Australia and New Zealand" }, data: { active: true } });
    }
  });
});
