// Two `next start` instances of one build behind no balancer at all: the shopper or admin talks to
// instance A, then to instance B, and must not be able to tell. They share PostgreSQL and Redis only.
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { CART_COOKIE, signCartId } from "../../lib/cart/cart-cookie";
import { fetchFrom, formData, hiddenFields } from "./html-form";
import { instanceUrl, SCALE_OUT } from "./settings";

const A = instanceUrl(SCALE_OUT.portA);
const B = instanceUrl(SCALE_OUT.portB);

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.SCALE_OUT_DATABASE });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The product page's stock line as served by one instance, read from its HTML (no browser cache). */
async function stockLine(base: string, slug: string): Promise<string> {
  const html = (await (await fetch(`${base}/products/${slug}`)).text()).replace(/<!-- -->/g, "");
  return html.match(/In stock, \d+ available|Only \d+ left|Sold out/)?.[0] ?? "no stock line";
}

async function signInAsAdmin(page: Page, base: string) {
  await page.goto(`${base}/signin?callbackUrl=/admin/inventory`);
  await page.getByLabel("E-mail").fill(SCALE_OUT.admin.email);
  await page.getByLabel("Password").fill(SCALE_OUT.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/inventory$/);
}

test("an admin's restock on instance A shows on instance B's product page within a second", async ({ page }) => {
  const [{ stock, reserved }] = await sql<{ stock: number; reserved: number }>(
    "SELECT stock, reserved FROM products WHERE slug = 'us111'",
  );
  const before = stock - reserved;
  // B renders the page once, so the check below is about a cached page being replaced, not a first render.
  expect(await stockLine(B, "us111")).toBe(`In stock, ${before} available`);
  expect(await stockLine(B, "us111")).toBe(`In stock, ${before} available`);

  await signInAsAdmin(page, A);
  await page.getByRole("link", { name: "Adjust stock of US111 Ultrasound Therapy" }).click();
  await page.getByLabel("Quantity").fill("6");
  await page.getByLabel("Reason").selectOption("RESTOCK");
  await page.getByRole("button", { name: "Adjust stock" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Restock: added 6 unit" })).toBeVisible();
  const saved = Date.now();

  // How long until a page view that starts on B shows the restock (the render itself is not counted: it is
  // the same for any page view). Once seen, it must stay: no later view may show the old figure.
  const views: { startedAfterMs: number; line: string }[] = [];
  while (Date.now() - saved < 5_000) {
    const startedAfterMs = Date.now() - saved;
    views.push({ startedAfterMs, line: await stockLine(B, "us111") });
    if (views.filter((v) => v.line === `In stock, ${before + 6} available`).length >= 3) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const first = views.findIndex((v) => v.line === `In stock, ${before + 6} available`);
  expect(first, `B never showed the restock: ${JSON.stringify(views)}`).toBeGreaterThanOrEqual(0);
  expect(views[first].startedAfterMs, `views of B: ${JSON.stringify(views)}`).toBeLessThan(1_000);
  expect(views.slice(first).every((v) => v.line === `In stock, ${before + 6} available`)).toBe(true);
});

test("a cart filled on instance A is the same cart on instance B, both ways", async ({ page }) => {
  await page.goto(`${A}/products/ultragun`);
  await page.getByLabel("Quantity").selectOption("2");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/Added 2 × UltraGun to your cart\./)).toBeVisible();

  await page.goto(`${B}/cart`);
  const line = page.getByTestId("cart-line");
  await expect(line).toHaveCount(1);
  await expect(line).toContainText("UltraGun");
  await expect(line.getByLabel("Quantity")).toHaveValue("2");
  await line.getByLabel("Quantity").selectOption("3");
  await expect(page.getByTestId("cart-total")).toHaveText("$477.00");

  await page.goto(`${A}/cart`);
  await expect(page.getByTestId("cart-line").getByLabel("Quantity")).toHaveValue("3");
  await expect(page.getByTestId("cart-total")).toHaveText("$477.00");
});

/**
 * A shopper's checkout as a browser without JavaScript sends it: the cart page's own form (its hidden
 * server-action fields) posted back with an e-mail. Answers where the shopper was sent (a redirect)
 * or, when refused, the page shown instead.
 */
async function checkOutWithoutJavaScript(base: string, cookie: string, email: string, from: string) {
  const { text: html } = await fetchFrom(from, `${base}/cart`, { headers: { cookie } });
  const body = formData([...hiddenFields(html, 'name="email"'), ["email", email]]);
  const response = await fetchFrom(from, `${base}/cart`, { method: "POST", body, headers: { cookie, origin: base } });
  return { status: response.status, location: response.location, page: response.status === 200 ? response.text : "" };
}

/** Shopper i's own loopback address: unpaid checkouts are capped per address. */
const shopperAddress = (i: number) => `127.0.2.${i + 1}`;

/** Carts as the add-to-cart form leaves them (one unit each), found by the signed cookie the store issues. */
async function cartsWithOneUnit(count: number, productId: string, couponCode: string | null = null): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < count; i++) {
    const cartId = `crowd-cart-${Date.now().toString(36)}-${i}`;
    await sql("INSERT INTO carts (id, coupon_code, created_at, updated_at) VALUES ($1, $2, now(), now())", [cartId, couponCode]);
    await sql("INSERT INTO cart_lines (id, cart_id, product_id, quantity) VALUES ($1, $2, $3, 1)", [`${cartId}-line`, cartId, productId]);
    cookies.push(`${CART_COOKIE}=${signCartId(cartId, SCALE_OUT.authSecret)}`);
  }
  return cookies;
}

test("a checkout crowd split across both instances sells exactly the stock", async () => {
  const slug = "ultragun-pro";
  const units = 6;
  const crowd = 40; // 20 on each instance, every one with a cart before anyone checks out
  await sql("UPDATE products SET stock = reserved + $1 WHERE slug = $2", [units, slug]);
  const [{ id: productId, stock: stockBefore }] = await sql<{ id: string; stock: number }>("SELECT id, stock FROM products WHERE slug = $1", [slug]);

  const cookies = await cartsWithOneUnit(crowd, productId);

  const results = await Promise.all(
    cookies.map((cookie, i) => checkOutWithoutJavaScript(i % 2 ? B : A, cookie, `crowd-${i}@scale-out.test`, shopperAddress(i))),
  );
  const sentToPayment = results.filter((r) => r.status === 303 && r.location?.includes("/checkout/test-payment"));
  const refused = results.filter((r) => r.status === 200);
  expect(results.filter((r) => r.status >= 500)).toHaveLength(0);
  expect(sentToPayment).toHaveLength(units);
  expect(refused).toHaveLength(crowd - units);
  // A refused shopper is told why, on the cart page, in words.
  for (const { page } of refused) expect(page.replace(/<!-- -->/g, "")).toMatch(/sold out|only \d+ left/i);

  const [held] = await sql<{ stock: number; reserved: number; lines: string }>(
    "SELECT p.stock, p.reserved, (SELECT count(*) FROM order_lines l WHERE l.product_id = p.id) AS lines FROM products p WHERE p.id = $1",
    [productId],
  );
  expect(held).toEqual({ stock: stockBefore, reserved: units, lines: String(units) });
});

test("a crowd with FLASHSALE limited to 5 uses, split across both instances, gets exactly 5 holds of the code", async () => {
  const limit = 5;
  const crowd = 30;
  await sql("UPDATE coupons SET max_redemptions = $1 WHERE code = 'FLASHSALE'", [limit]);
  const [{ id: productId }] = await sql<{ id: string }>("SELECT id FROM products WHERE slug = 'us111'");
  await sql("UPDATE products SET stock = reserved + 100 WHERE id = $1", [productId]); // stock is not what limits here
  const cookies = await cartsWithOneUnit(crowd, productId, "FLASHSALE");

  const results = await Promise.all(
    cookies.map((cookie, i) => checkOutWithoutJavaScript(i % 2 ? B : A, cookie, `flash-${i}@scale-out.test`, shopperAddress(40 + i))),
  );
  expect(results.filter((r) => r.status >= 500)).toHaveLength(0);
  const [{ held }] = await sql<{ held: string }>(
    "SELECT count(*) AS held FROM orders WHERE coupon_code = 'FLASHSALE' AND status = 'PENDING' AND email LIKE 'flash-%'",
  );
  expect(Number(held)).toBe(limit);
  // Everyone else was told, not charged a price without the discount behind their back: no order of theirs exists.
  const [{ total }] = await sql<{ total: string }>("SELECT count(*) AS total FROM orders WHERE email LIKE 'flash-%'");
  expect(Number(total)).toBe(limit);
  expect(results.filter((r) => r.status === 303)).toHaveLength(limit);
});
