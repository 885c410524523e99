import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "../playwright.config";
import { guestBuys } from "./accounts-flow";

test("an admin finds a paid order, marks it shipped, and sees it on the dashboard", async ({ browser }) => {
  const shopper = await browser.newContext();
  const email = `ship-me-${Date.now()}@example.com`;
  const number = await guestBuys(await shopper.newPage(), email);
  await shopper.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/admin/orders");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Forders/);
  await page.getByLabel("E-mail").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Orders" })).toBeVisible();

  // Search by e-mail: only this order is listed, and the filter stays in the URL.
  await page.getByLabel("Order number or e-mail").fill(email);
  await page.getByRole("button", { name: "Show orders" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(email).replace(/\./g, "\\.")}`));
  const rows = page.getByRole("row").filter({ has: page.getByRole("link", { name: /^UC-/ }) });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Paid");
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", `/admin/orders/export?q=${encodeURIComponent(email)}`);

  await page.getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { name: `Order ${number}` })).toBeVisible();
  await expect(page.getByTestId("order-status").filter({ visible: true })).toHaveText("Paid");
  await expect(page.getByRole("region", { name: "Items", exact: true })).toContainText("1 × UltraGun");
  await expect(page.getByRole("region", { name: "Shipping", exact: true })).toContainText("1 Test Street");
  await expect(page.getByTestId("order-timeline").filter({ visible: true })).toContainText("Payment received.");

  // A missing tracking number is explained under its field; nothing changes.
  const ship = page.getByRole("form", { name: "Mark shipped" });
  await ship.getByLabel("Carrier").fill("UPS");
  await ship.getByRole("button", { name: "Mark shipped" }).click();
  await expect(ship.getByText("Enter the tracking number.")).toBeVisible();
  await expect(ship.getByLabel("Carrier")).toHaveValue("UPS"); // what was typed stays to be corrected
  await expect(page.getByTestId("order-status").filter({ visible: true })).toHaveText("Paid");

  await ship.getByLabel("Tracking number").fill("1Z 999 AA1 0123456784");
  await ship.getByRole("button", { name: "Mark shipped" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Marked shipped." })).toBeVisible();
  await expect(page.getByTestId("order-status").filter({ visible: true })).toHaveText("Shipped");
  await expect(page.getByTestId("order-tracking").filter({ visible: true })).toContainText("UPS, 1Z 999 AA1 0123456784");
  await expect(page.getByTestId("order-timeline").filter({ visible: true })).toContainText("Shipped with UPS, tracking 1Z 999 AA1 0123456784.");
  await expect(page.getByRole("form", { name: "Mark shipped" })).toHaveCount(0);

  // The order page holds together on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The dashboard counts the sale today and draws the chart.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/admin");
  await expect(page.getByTestId("sales-today").filter({ visible: true })).toContainText(/[1-9]\d* orders?/);
  await expect(page.getByRole("img", { name: "Net takings per day (UTC)" })).toBeVisible();
  await expect(page.getByTestId("flash-sale-usage").filter({ visible: true })).toBeVisible();
  await context.close();
});
