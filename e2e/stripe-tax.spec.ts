// Stripe Tax in a browser: a second server of the suite's build with Stripe keys and STRIPE_TAX=1, whose
// Stripe SDK talks to the local stand-in (testing/stripe-stand-in.ts adds 8.25% to a session with automatic
// tax). The shopper checks out and is sent to the session's payment page (Stripe's hosted page has no
// stand-in: the browser stops at its address), Stripe's signed checkout.session.completed is delivered with
// what the stand-in charged, and the order page, the receipt and the admin's order show that tax.
// Without Stripe Tax: e2e/tax.spec.ts; the refused amounts and the CSV: stripe-tax.integration.test.ts.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { formatMoney } from "../lib/money";
import { DEVICE_TAX_CODE } from "../prisma/seed/products";
import { mailsTo } from "../testing/outbox";
import { checkoutSessionEvent, signedWebhookRequest } from "../testing/stripe-events";
import { startStripeStandIn, type StandIn } from "../testing/stripe-stand-in";
import { orderLinkFromOutbox, signInAsAdmin } from "./accounts-flow";
import { startExtraServer, type ExtraServer } from "./extra-server";

/** A fixed port: the store builds its redirects and links on APP_URL, which must name this server. */
const PORT = Number(process.env.E2E_STRIPE_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
const WEBHOOK_SECRET = "whsec_e2e_only_stripe_tax";

let stripe: StandIn;
let server: ExtraServer;

test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  stripe = await startStripeStandIn();
  server = await startExtraServer(
    "stripe",
    {
      STRIPE_SECRET_KEY: "sk_test_e2e_stand_in",
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_BASE: stripe.url,
      STRIPE_TAX: "1",
      PAYMENTS_TEST_MODE: undefined,
    },
    PORT,
  );
});
test.afterAll(async () => {
  await server?.stop();
  await stripe?.close();
});

test("with Stripe Tax the shopper pays the tax Stripe computed, and the order, the receipt and the admin show it", async ({ page }) => {
  await page.goto("/products/ultragun");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/Added \d+ × .* to your cart\./)).toBeVisible();
  await page.goto("/cart");
  await expect(page.getByTestId("tax-notice")).toHaveText("Tax is calculated at checkout.");

  // Anything off the store is Stripe's hosted payment page: answered here, since it cannot load.
  await page.route((url) => url.origin !== server.url, (route) => route.fulfill({ contentType: "text/html", body: "<title>Stripe Checkout</title>" }));
  const email = `stripe-tax-${Date.now()}@example.com`;
  await page.getByLabel("E-mail for your receipt").fill(email);
  await page.getByRole("button", { name: "Check out" }).click();
  await page.waitForURL((url) => url.origin !== server.url);

  const created = stripe.requests.filter((r) => r.method === "POST" && r.path === "/v1/checkout/sessions");
  expect(created).toHaveLength(1);
  const sent = created[0].body;
  expect(sent).toMatchObject({
    "automatic_tax[enabled]": "true",
    "customer_email": email,
    "line_items[0][price_data][tax_behavior]": "exclusive",
    "line_items[0][price_data][product_data][tax_code]": DEVICE_TAX_CODE,
  });
  const sessionId = stripe.created.find((c) => c.path === "/v1/checkout/sessions")!.id;
  expect(page.url()).toContain(sessionId);
  const charged = stripe.sessions[sessionId];
  const tax = charged.total_details.amount_tax;
  expect(tax).toBeGreaterThan(0);

  // Stripe reports the payment with the tax it added.
  const orderId = sent["client_reference_id"];
  const number = sent["metadata[orderNumber]"];
  const event = checkoutSessionEvent(
    "checkout.session.completed",
    { id: orderId, totalCents: charged.amount_total, providerSessionId: sessionId },
    { session: { currency: "usd", total_details: charged.total_details } },
  );
  const signed = signedWebhookRequest(event, WEBHOOK_SECRET);
  const delivered = await fetch(`${server.url}/api/stripe/webhook`, { method: "POST", headers: signed.headers, body: await signed.text() });
  expect(await delivered.json()).toEqual({ received: true, outcome: "paid" });

  // The shopper follows the receipt's link.
  const outbox = path.join(server.dataDir, "mail");
  await page.goto(await orderLinkFromOutbox(email, number, outbox));
  const order = page.getByRole("article", { name: `Order ${number}` });
  await expect(order.getByTestId("order-status")).toHaveText("Paid");
  await expect(order.getByTestId("order-tax")).toHaveText(formatMoney(tax));
  await expect(order.getByTestId("order-total")).toHaveText(formatMoney(charged.amount_total));

  const receipt = (await mailsTo(outbox, email)).find((mail) => mail.includes(number))!;
  expect(receipt).toContain(`Tax: ${formatMoney(tax)}`);
  expect(receipt).toContain(`Total paid: ${formatMoney(charged.amount_total)}`);

  await signInAsAdmin(page, `/admin/orders/${orderId}`);
  await expect(page.getByTestId("order-tax")).toHaveText(formatMoney(tax));
  await expect(page.getByTestId("order-total")).toHaveText(formatMoney(charged.amount_total));
});
