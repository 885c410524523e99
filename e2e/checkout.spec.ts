import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./accounts-flow";

async function addToCart(page: Page, slug: string, quantity: number) {
  await page.goto(`/products/${slug}`);
  await page.getByLabel("Quantity").selectOption(String(quantity));
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/Added \d+ × .* to your cart\./)).toBeVisible();
}

test("signed-in shopper: cart -> FLASHSALE -> test payment -> PAID -> in the account, stock went down", async ({ page }) => {
  const email = `buyer-${Date.now()}@example.com`;
  await signUpAndSignIn(page, email, "paying-calves-77");

  await addToCart(page, "ultragun-pro", 2);
  await page.goto("/cart");
  await page.getByLabel("Discount code").fill("FLASHSALE");
  await page.getByRole("button", { name: "Apply" }).click();
  // 2 × 24900 = 49800, 60% off = 29880 -> 19920, free shipping.
  await expect(page.getByTestId("cart-total")).toHaveText("$199.20");

  await page.getByRole("button", { name: "Check out" }).click();
  await expect(page.getByText("Test payment, no card is charged")).toBeVisible();
  await expect(page.getByTestId("order-total").filter({ visible: true })).toHaveText("$199.20");
  await page.getByRole("button", { name: "Pay $199.20 (test)" }).click();

  await expect(page).toHaveURL(/\/checkout\/success\?order=/);
  await expect(page.getByTestId("order-status").filter({ visible: true })).toHaveText("Paid");
  await expect(page.getByRole("heading", { name: "Thank you for your order" })).toBeVisible();
  const number = (await page.getByRole("heading", { name: /^Order UC-/ }).filter({ visible: true }).textContent())!.replace("Order ", "");

  await page.goto("/account/orders");
  const order = page.getByRole("article", { name: `Order ${number}` });
  await expect(order).toContainText("Paid");
  await expect(order).toContainText("2 × UltraGun PRO");
  await expect(order.getByTestId("order-total")).toHaveText("$199.20");

  // The cart is empty after payment; stock went down by two (35 -> 33 in the demo seed).
  await page.goto("/cart");
  await expect(page.getByText("Your cart is empty")).toBeVisible();
  await page.goto("/products/ultragun-pro");
  await expect(page.getByRole("main")).toContainText("In stock, 33 available");
});

test("guest: cancel on the payment page returns to the cart with the lines intact, then pays; the order can be looked up", async ({ page }) => {
  await addToCart(page, "ultragun", 1);
  await page.goto("/cart");
  await page.getByRole("button", { name: "Check out" }).click();
  await expect(page.getByText("Enter the e-mail address for your receipt.").first()).toBeVisible();
  const email = `guest-${Date.now()}@example.com`;
  await page.getByLabel("E-mail for your receipt").fill(email);
  await page.getByRole("button", { name: "Check out" }).click();
  await expect(page.getByText("Test payment, no card is charged")).toBeVisible();
  await page.getByRole("button", { name: "Cancel and return to the cart" }).click();
  await expect(page.getByRole("heading", { name: "Checkout cancelled" })).toBeVisible();
  await page.getByRole("link", { name: "Back to your cart" }).click();
  await expect(page.getByTestId("cart-line")).toHaveCount(1);
  await expect(page.getByTestId("cart-line")).toContainText("UltraGun");

  await page.getByLabel("E-mail for your receipt").fill(email);
  await page.getByRole("button", { name: "Check out" }).click();
  await page.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();
  await expect(page.getByTestId("order-status").filter({ visible: true })).toHaveText("Paid");
  const number = (await page.getByRole("heading", { name: /^Order UC-/ }).filter({ visible: true }).textContent())!.replace("Order ", "");

  await page.goto(`/orders/lookup?number=${number}&email=${encodeURIComponent(email)}`);
  await expect(page.getByRole("article", { name: `Order ${number}` })).toContainText("Paid");
  await page.goto(`/orders/lookup?number=${number}&email=someone-else%40example.com`);
  await expect(page.getByRole("alert").filter({ hasText: "could not find an order" })).toBeVisible();
});
