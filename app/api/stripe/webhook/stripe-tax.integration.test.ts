// Stripe Tax (STRIPE_TAX=1 with a Stripe key), end to end against a real database and the Stripe stand-in,
// which adds 8.25% when a session asks for automatic tax: what the checkout sends, what the paid order
// keeps (Stripe's tax, and the charged total to the cent), where the tax shows, and which charged amounts
// are refused. Without STRIPE_TAX: lib/orders/checkout.integration.test.ts (no tax parameters, no Tax line).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/prisma/seed/seed";
import { getAdminOrderById } from "@/lib/admin/orders/get-admin-order";
import { listOrders } from "@/lib/admin/orders/list-orders";
import { ordersToCsv } from "@/lib/admin/orders/orders-csv";
import { addLine } from "@/lib/cart/change-lines";
import { dataPath } from "@/lib/env";
import { getOrderViewById } from "@/lib/orders/get-order-view";
import { reconcilePayments } from "@/lib/orders/reconcile-payments";
import { startCheckout } from "@/lib/orders/start-checkout";
import { paymentProvider } from "@/lib/payments/provider";
import { taxNotice } from "@/lib/payments/tax-mode";
import { mailsTo } from "@/testing/outbox";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { checkoutSessionEvent, signedWebhookRequest } from "@/testing/stripe-events";
import { standInTax } from "@/testing/stripe-stand-in";
import { POST } from "./route";

// Set before any module reads the environment (lib/env parses it once).
const { SECRET, stripe } = await vi.hoisted(async () => {
  const { startStripeStandIn } = await import("@/testing/stripe-stand-in");
  const values = { SECRET: "whsec_test_secret_for_stripe_tax", stripe: await startStripeStandIn() };
  Object.assign(process.env, { STRIPE_WEBHOOK_SECRET: values.SECRET, STRIPE_SECRET_KEY: "sk_test_standin", STRIPE_API_BASE: values.stripe.url, STRIPE_TAX: "1" });
  return values;
});
vi.mock("@/lib/http/client-address", () => ({ clientAddress: async () => "203.0.113.40" }));

const database = setupTestDatabase();
const ids: Record<string, string> = {};
let shopper = 0;

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  await database.db.product.updateMany({ data: { stock: 100, reserved: 0 } });
  for (const p of await database.db.product.findMany()) ids[p.slug] = p.id;
});
afterAll(() => stripe?.close());
beforeEach(() => {
  stripe.requests.length = 0;
});

const deliver = (event: object) => POST(signedWebhookRequest(event, SECRET));

/** A checkout through the store's own code and provider: the order, and what the stand-in would charge for its session. */
async function checkout(lines: [string, number][], code?: string) {
  const cart = await database.db.cart.create({ data: { couponCode: code } });
  for (const [slug, quantity] of lines) expect(await addLine(cart.id, ids[slug], quantity)).toEqual({ ok: true });
  const email = `tax-${++shopper}@example.com`;
  const result = await startCheckout(cart.id, { email, clientAddress: null }, paymentProvider());
  if (!result.ok) throw new Error(`checkout refused: ${result.code}`);
  const order = await database.db.order.findUniqueOrThrow({ where: { id: result.orderId } });
  const request = stripe.requests.find((r) => r.path === "/v1/checkout/sessions" && r.method === "POST")!;
  return { order, email, request, charged: stripe.sessions[order.providerSessionId!] };
}

const completed = (order: { id: string; totalCents: number; providerSessionId: string | null }, session: object) =>
  checkoutSessionEvent("checkout.session.completed", order, { session: { currency: "usd", ...session } });
const orderOf = (id: string) => database.db.order.findUniqueOrThrow({ where: { id } });

describe("with STRIPE_TAX=1", () => {
  it("asks Stripe for automatic tax, with each product's tax code and taxed shipping, on prices before tax", async () => {
    const { request, order } = await checkout([["ultragun", 1], ["us111", 1]]);
    expect(request.body).toMatchObject({
      "automatic_tax[enabled]": "true",
      "line_items[0][price_data][tax_behavior]": "exclusive",
      "line_items[0][price_data][product_data][tax_code]": "txcd_99999999",
      "line_items[1][price_data][tax_behavior]": "exclusive",
      "line_items[1][price_data][product_data][tax_code]": "txcd_99999999",
      "shipping_options[0][shipping_rate_data][tax_behavior]": "exclusive",
      "shipping_options[0][shipping_rate_data][tax_code]": "txcd_92010001",
      "shipping_address_collection[allowed_countries][0]": "US",
    });
    // Until Stripe reports it, the order's total is before tax and its Tax row says it comes at checkout.
    expect(await getOrderViewById(order.id)).toMatchObject({ status: "PENDING", taxCents: 0, showsTax: true });
    expect(taxNotice()).toBe("Tax is calculated at checkout.");
  });

  it("keeps Stripe's tax and the charged total to the cent, and shows the tax on the receipt, the order pages and the CSV", async () => {
    // 1 × UltraGun at FLASHSALE's 75%: 15900 - 11925 + 995 shipping = 4970 before tax; the stand-in adds 8.25% = 410.
    const { order, email, charged } = await checkout([["ultragun", 1]], "FLASHSALE");
    expect(order).toMatchObject({ subtotalCents: 15900, discountCents: 11925, shippingCents: 995, totalCents: 4970, taxCents: 0 });
    expect(charged).toEqual({ amount_subtotal: 15900, amount_total: 5380, total_details: { amount_discount: 11925, amount_shipping: 995, amount_tax: 410 } });
    expect(charged.total_details.amount_tax).toBe(standInTax(4970));

    const response = await deliver(completed(order, { amount_total: charged.amount_total, total_details: charged.total_details }));
    expect(await response.json()).toEqual({ received: true, outcome: "paid" });
    const paid = await orderOf(order.id);
    expect(paid).toMatchObject({ status: "PAID", taxCents: 410, totalCents: 5380 });
    expect(paid.totalCents).toBe(paid.subtotalCents - paid.discountCents + paid.shippingCents + paid.taxCents);

    const [receipt] = await mailsTo(dataPath("mail"), email);
    expect(receipt).toContain("Tax: $4.10");
    expect(receipt).toContain("Total paid: $53.80");
    expect(receipt).toContain("Tax is calculated at checkout.");

    expect(await getOrderViewById(order.id)).toMatchObject({ taxCents: 410, totalCents: 5380, showsTax: true });
    // Staff refund what was charged, tax included.
    expect(await getAdminOrderById(order.id)).toMatchObject({ taxCents: 410, showsTax: true, refundableCents: 5380 });
    const csv = ordersToCsv(await listOrders({ q: paid.number }));
    expect(csv.split("\r\n")[0]).toContain("shipping,tax,total");
    expect(csv).toContain(`${paid.number},`);
    expect(csv).toContain(",159.00,119.25,9.95,4.10,53.80,0.00,USD,");
  });

  it("applies a paid session found by reconciliation with its tax", async () => {
    const { order, charged } = await checkout([["ultragun-pro", 1]]);
    stripe.paidSessions.length = 0;
    // The completed session as Stripe lists it (the same object its webhook would have carried).
    stripe.paidSessions.push({ ...completed(order, charged).data.object, created: Math.floor(Date.now() / 1000) });
    const lines = await reconcilePayments(paymentProvider(), { days: 1 });
    stripe.paidSessions.length = 0;
    expect(lines).toContainEqual(expect.objectContaining({ orderId: order.id, outcome: "paid" }));
    expect(await orderOf(order.id)).toMatchObject({ status: "PAID", taxCents: standInTax(24900), totalCents: 24900 + standInTax(24900) });
  });

  it.each([
    ["a cent more than the pre-tax total plus the tax", (total: number, tax: number) => ({ amount_total: total + tax + 1, total_details: { amount_tax: tax } }), /5381 cents.*4970 plus 410 of tax/],
    ["the pre-tax total while reporting tax", (total: number, tax: number) => ({ amount_total: total, total_details: { amount_tax: tax } }), /4970 cents.*4970 plus 410 of tax/],
    ["the taxed total while reporting no tax", (total: number, tax: number) => ({ amount_total: total + tax, total_details: { amount_tax: 0 } }), /5380 cents.*order total is 4970:/],
    ["a negative tax", (total: number) => ({ amount_total: total - 100, total_details: { amount_tax: -100 } }), /-100 cents of tax/],
  ])("refuses a charge of %s: flagged, not paid, nothing stored", async (_, session, why) => {
    const { order } = await checkout([["ultragun", 1]], "FLASHSALE");
    const response = await deliver(completed(order, session(order.totalCents, standInTax(order.totalCents))));
    expect(await response.json()).toEqual({ received: true, outcome: "mismatch" });
    expect(await orderOf(order.id)).toMatchObject({ status: "PENDING", paidAt: null, taxCents: 0, totalCents: 4970, attention: expect.stringMatching(why) });
  });
});
