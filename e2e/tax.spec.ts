// Tax with the test provider (the e2e server has no Stripe keys, so Stripe Tax is off): the cart, the payment
// page and the receipt say prices exclude tax, and the order shows no Tax row. Stripe Tax itself runs against
// the Stripe stand-in: in a browser on a second server in e2e/stripe-tax.spec.ts, and with the refused
// amounts, reconciliation and the CSV column in app/api/stripe/webhook/stripe-tax.integration.test.ts.
import { expect, test } from "@playwright/test";
import { mailsTo } from "../testing/outbox";
import { guestBuys, OUTBOX } from "./accounts-flow";

const EXCLUDED = "Prices exclude tax: any sales tax, VAT or GST is not included and may be due on delivery.";

test("without Stripe Tax the cart and the receipt say prices exclude tax, and the order has no Tax row", async ({ page }) => {
  await page.goto("/products/ultragun-pro");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/Added \d+ × .* to your cart\./)).toBeVisible();
  await page.goto("/cart");
  await expect(page.getByTestId("tax-notice")).toHaveText(EXCLUDED);

  const email = `tax-${Date.now()}@example.com`;
  const number = await guestBuys(page, email);
  await expect(page.getByRole("article", { name: `Order ${number}` })).toBeVisible();
  await expect(page.getByTestId("order-tax")).toHaveCount(0);

  let receipt = "";
  await expect.poll(async () => (receipt = (await mailsTo(OUTBOX, email)).find((mail) => mail.includes(number)) ?? ""), { timeout: 10_000 }).not.toBe("");
  expect(receipt).toContain(EXCLUDED);
  expect(receipt).not.toMatch(/^Tax:/m);
});
