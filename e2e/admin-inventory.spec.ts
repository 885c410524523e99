import { expect, test, type Page } from "@playwright/test";
import { E2E_ADMIN } from "../playwright.config";
import { signInAsAdmin } from "./accounts-flow";

const figure = async (page: Page, id: "on-hand" | "reserved" | "available") => Number(await page.getByTestId(`stock-${id}`).textContent());

async function adjust(page: Page, quantity: number, reason: string, note: string) {
  await page.getByLabel("Quantity").fill(String(quantity));
  await page.getByLabel("Reason").selectOption(reason);
  await page.getByLabel("Note (optional)").fill(note);
  await page.getByRole("button", { name: "Adjust stock" }).click();
}

test("an admin sells out a device with a correction, is refused going below zero, restocks it, and the shop follows", async ({ page }) => {
  await signInAsAdmin(page, "/admin/inventory");
  await page.getByRole("link", { name: "Adjust stock of US111 Ultrasound Therapy" }).click();
  await expect(page.getByRole("heading", { name: "US111 Ultrasound Therapy" })).toBeVisible();
  const onHand = await figure(page, "on-hand");
  const reserved = await figure(page, "reserved");
  const available = onHand - reserved;
  expect(available).toBeGreaterThan(0);
  const productUrl = page.url();

  // Below what is on hand (and reserved): refused with the figures, nothing changes, the typed values stay.
  await adjust(page, -(onHand + 1), "CORRECTION", "Miscounted");
  await expect(page.getByRole("alert").filter({ hasText: `${onHand} units on hand` })).toBeVisible();
  await expect(page.getByLabel("Quantity")).toHaveValue(String(-(onHand + 1)));
  await expect(page.getByTestId("stock-on-hand")).toHaveText(String(onHand));

  // A restock cannot be negative: the message sits under the quantity.
  await adjust(page, -1, "RESTOCK", "");
  await expect(page.locator("#quantity-error")).toContainText("adds units");

  // Sold out: a correction takes the sellable units to zero.
  await adjust(page, -available, "CORRECTION", "Shelf count after stock take");
  await expect(page.getByRole("alert").filter({ hasText: `Correction: removed ${available} unit` })).toBeVisible();
  await expect(page.getByTestId("stock-available")).toHaveText("0");
  await page.goto("/products/us111");
  await expect(page.getByTestId("product-purchase").locator("[data-stock]")).toHaveText("Sold out");

  // Restock: the shop shows it in stock again at once.
  await page.goto(productUrl);
  await adjust(page, available, "RESTOCK", "Delivery DN-4471");
  await expect(page.getByRole("alert").filter({ hasText: `Restock: added ${available} unit` })).toBeVisible();
  await expect(page.getByTestId("stock-available")).toHaveText(String(available));
  const history = page.getByRole("table");
  await expect(history.getByRole("row").nth(1)).toContainText(`+${available}`);
  await expect(history.getByRole("row").nth(1)).toContainText("Delivery DN-4471");
  await expect(history.getByRole("row").nth(1)).toContainText(E2E_ADMIN.email);
  await expect(history.getByRole("row").nth(2)).toContainText("Correction");

  await page.goto("/products/us111");
  await expect(page.getByTestId("product-purchase").locator("[data-stock]")).toContainText(available > 5 ? `In stock, ${available} available` : `Only ${available} left`);
  await expect(page.getByRole("button", { name: "Add to cart" })).toBeEnabled();

  // The ledger downloads as CSV for the signed-in admin.
  const csv = await page.request.get(`${productUrl}/export`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).toContain(`,UC-US111,${available},RESTOCK,${E2E_ADMIN.email},,Delivery DN-4471`);
  expect(text).toContain(`,UC-US111,-${available},CORRECTION,${E2E_ADMIN.email},,Shelf count after stock take`);
});

test("an admin edits a product's tagline and price; the product page shows it at once; the editor fits a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAsAdmin(page, "/admin/products");
  await page.getByRole("link", { name: "UltraGun", exact: true }).click();
  await expect(page.getByRole("heading", { name: "UltraGun", exact: true })).toBeVisible();
  const editUrl = page.url();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  const tagline = page.getByLabel("Tagline");
  const price = page.getByLabel("Price (US dollars)");
  const oldTagline = await tagline.inputValue();
  const oldPrice = await price.inputValue();

  await price.fill("a lot");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#price-error")).toHaveText("Enter a price in dollars, e.g. 249.00.");

  await tagline.fill("Quiet percussion for calves that knot after a long shift");
  await price.fill("149.00");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Saved. The shop shows the change now." })).toBeVisible();

  await page.goto("/products/ultragun");
  await expect(page.getByText("Quiet percussion for calves that knot after a long shift")).toBeVisible();
  await expect(page.getByTestId("product-purchase")).toContainText("$149.00");

  // Put it back as it was for the other journeys.
  await page.goto(editUrl);
  await page.getByLabel("Tagline").fill(oldTagline);
  await page.getByLabel("Price (US dollars)").fill(oldPrice);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Saved. The shop shows the change now." })).toBeVisible();
});
