// Shipping by destination in a real browser: the product page's delivery line, the cart's Country (guessed
// from the browser's language until the shopper chooses), the shipping charge, delivery time and free-shipping
// threshold changing with it, and the test payment page charging the chosen zone's rate.
import { expect, test, type Page } from "@playwright/test";

async function addUltraGun(page: Page) {
  await page.goto("/products/ultragun");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/Added \d+ × .* to your cart\./)).toBeVisible();
}

test.describe("a shopper whose browser speaks US English", () => {
  test.use({ locale: "en-US" });

  test("sees US delivery on the product page, then changes Country to Australia and pays Australia's rate", async ({ page }) => {
    await page.goto("/products/ultragun");
    const delivery = page.getByTestId("delivery-line");
    await expect(delivery).toContainText("Ships to the United States in 3–5 business days");
    await expect(delivery.getByRole("link", { name: "Shipping to other countries" })).toHaveAttribute("href", "/policies/shipping");

    await addUltraGun(page);
    await page.goto("/cart");
    await expect(page.getByRole("group", { name: "Where is this order going?" })).toBeVisible();
    const country = page.getByLabel("Country", { exact: true });
    await expect(country.locator("option:checked")).toHaveText("United States");
    const shipping = page.getByTestId("cart-shipping");
    const estimate = page.getByTestId("delivery-estimate");
    const total = page.getByTestId("cart-total");
    // $159.00 reaches the US zone's $150 free-shipping threshold.
    await expect(shipping).toHaveText("Free");
    await expect(estimate).toHaveText("Delivery in 3–5 business days");
    await expect(total).toHaveText("$159.00");

    await country.selectOption({ label: "Australia" });
    // Australia's threshold is $300: the same cart pays its $24.95 rate.
    await expect(shipping).toHaveText("$24.95");
    await expect(estimate).toHaveText("Delivery in 7–12 business days");
    await expect(page.getByText("Free shipping when your order comes to $300.00 or more after discounts.")).toBeVisible();
    await expect(total).toHaveText("$183.95");

    // The choice is the cart's: it survives a reload.
    await page.reload();
    await expect(page.getByLabel("Country", { exact: true }).locator("option:checked")).toHaveText("Australia");
    await expect(total).toHaveText("$183.95");

    await page.getByLabel("E-mail for your receipt").fill("zones-au@example.com");
    await page.getByRole("button", { name: "Check out" }).click();
    // The test payment page charges what the cart showed: Australia's rate is in the total.
    await expect(page.getByText("Shipping to Australia")).toBeVisible();
    await expect(page.getByRole("button", { name: "Pay $183.95 (test)" })).toBeVisible();
  });
});

test.describe("a shopper whose browser speaks British English", () => {
  test.use({ locale: "en-GB" });

  test("starts with the United Kingdom and its own rate, threshold and delivery time", async ({ page }) => {
    await addUltraGun(page);
    await page.goto("/cart");
    await expect(page.getByLabel("Country", { exact: true }).locator("option:checked")).toHaveText("United Kingdom");
    await expect(page.getByTestId("cart-shipping")).toHaveText("$19.95");
    await expect(page.getByTestId("delivery-estimate")).toHaveText("Delivery in 5–10 business days");
    await expect(page.getByText("Free shipping when your order comes to $250.00 or more after discounts.")).toBeVisible();
    await expect(page.getByTestId("cart-total")).toHaveText("$178.95");
  });
});
