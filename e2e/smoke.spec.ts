import { expect, test } from "@playwright/test";

test("the home page lists the three devices with prices, and a product page opens", async ({ page }) => {
  await page.goto("/");
  const devices = page.getByRole("region", { name: "Our devices" }).getByRole("listitem");
  await expect(devices).toHaveCount(3);
  for (const [name, price] of [
    ["US111 Ultrasound Therapy", "$399.00"],
    ["UltraGun", "$159.00"],
    ["UltraGun PRO", "$249.00"],
  ]) {
    const card = devices.filter({ has: page.getByRole("heading", { name, exact: true }) });
    await expect(card).toContainText(price);
  }

  await devices.filter({ has: page.getByRole("heading", { name: "UltraGun PRO", exact: true }) }).getByRole("link").click();
  await expect(page).toHaveURL(/\/products\/ultragun-pro$/);
  await expect(page.getByRole("heading", { level: 1, name: "UltraGun PRO" })).toBeVisible();
  // The previous page may stay in the DOM, hidden, after a client navigation: look at what is visible.
  await expect(page.getByText("$249.00").filter({ visible: true })).toHaveCount(1);
});

test("the health endpoint reports the database (and Redis when configured)", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { ok: true }, redis: { configured: false } });
});

test("the flash-sale banner shows the code from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Flash sale" })).toContainText("FLASHSALE");
  await expect(page.getByRole("region", { name: "Flash sale" })).toContainText("75%");
});

test("every page carries the security headers", async ({ request }) => {
  for (const path of ["/", "/products/us111", "/api/health"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("form-action 'self' https://checkout.stripe.com");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
});
