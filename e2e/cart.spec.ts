import { expect, test, type Page } from "@playwright/test";

async function addToCart(page: Page, slug: string, quantity: number) {
  await page.goto(`/products/${slug}`);
  await page.getByLabel("Quantity").selectOption(String(quantity));
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/Added \d+ × .* to your cart\./)).toBeVisible();
}

test("two devices, FLASHSALE typed loosely, per-line savings and the exact total; an ended code changes nothing", async ({ page }) => {
  await addToCart(page, "ultragun", 2);
  await addToCart(page, "us111", 1);
  await expect(page.getByRole("banner").getByTestId("cart-count")).toHaveText("3");

  await page.goto("/cart");
  const lines = page.getByTestId("cart-line");
  await expect(lines).toHaveCount(2);
  const total = page.getByTestId("cart-total");
  // 2 × $159.00 + $399.00 = $717.00, shipping free above $150.
  await expect(total).toHaveText("$717.00");

  // An ended campaign: told why, total unchanged, nothing applied.
  await page.getByLabel("Discount code").fill("winter15");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "WINTER15" })).toContainText(/ended/i);
  await expect(total).toHaveText("$717.00");

  await page.getByLabel("Discount code").fill(" flashsale ");
  await page.getByRole("button", { name: "Apply" }).click();
  // UltraGun at 75%: 31800 -> saves 23850; US111 at 40%: 39900 -> saves 15960. Total 71700 - 39810 = 31890.
  await expect(lines.filter({ hasText: "UltraGun" })).toContainText("You save $238.50 (75%)");
  await expect(lines.filter({ hasText: "US111" })).toContainText("You save $159.60 (40%)");
  await expect(page.getByRole("main").getByText("FLASHSALE", { exact: true })).toBeVisible();
  await expect(total).toHaveText("$318.90");

  // Changing a quantity re-prices at once.
  await lines.filter({ hasText: "UltraGun" }).getByLabel("Quantity").selectOption("1");
  // 1 × 15900 at 75% = 3975 + 39900 - 15960 = 27915.
  await expect(total).toHaveText("$279.15");
  const badge = page.getByRole("banner").getByTestId("cart-count");
  await expect(badge).toHaveText("2");

  await lines.filter({ hasText: "US111" }).getByRole("button", { name: /Remove/ }).click();
  await expect(lines).toHaveCount(1);
  await expect(total).toHaveText("$49.70"); // 3975 + 995 shipping (below the free threshold)
  await expect(badge).toHaveText("1");
});

test("the cart survives a new visit with the same browser, and an empty cart leads back to the shop", async ({ page, context }) => {
  await page.goto("/cart");
  await expect(page.getByText("Your cart is empty")).toBeVisible();
  await expect(page.getByRole("link", { name: "Shop devices" })).toHaveAttribute("href", "/products");

  await addToCart(page, "ultragun-pro", 1);
  const other = await context.newPage();
  await other.goto("/cart");
  await expect(other.getByTestId("cart-line")).toHaveCount(1);
  await expect(other.getByTestId("cart-line")).toContainText("UltraGun PRO");
});
