// Issue #19: the code in one tap (Apply FLASHSALE, shared code links) and the device comparison.
import { expect, test, type Page } from "@playwright/test";
import { signInAsAdmin } from "./accounts-flow";

const DAY = 24 * 60 * 60 * 1000;
const ROWS = [
  "Therapy",
  "Intensity levels",
  "Session timer",
  "Battery",
  "Weight",
  "In the box",
  "Warranty",
  "Today's price with FLASHSALE",
  "Suits which cramps",
  "Ask a doctor first if…",
];

async function addToCart(page: Page, slug: string) {
  await page.goto(`/products/${slug}`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/Added \d+ × .* to your cart\./)).toBeVisible();
}

test("Apply FLASHSALE on a product page applies the code and the cart shows each line's saving", async ({ page }) => {
  await addToCart(page, "ultragun");
  await addToCart(page, "us111");
  await page.getByTestId("product-purchase").getByRole("link", { name: "Apply FLASHSALE" }).click();

  // The island posts the code, then the address drops ?code= so a reload does not try it again.
  await expect(page.getByRole("alert").filter({ hasText: "applied" })).toContainText("FLASHSALE");
  await expect(page).toHaveURL(/\/cart$/);
  const lines = page.getByTestId("cart-line");
  await expect(lines.filter({ hasText: "UltraGun" })).toContainText("You save $119.25 (75%)");
  await expect(lines.filter({ hasText: "US111" })).toContainText("You save $159.60 (40%)");
  // The cart's summary (the product page visited before may stay in the document, hidden, for going back).
  await expect(page.getByRole("complementary").getByText("FLASHSALE", { exact: true })).toBeVisible();
  await expect(page.getByTestId("cart-total")).toHaveText("$279.15"); // 3975 + 23940, free shipping
});

test("a link to an unknown code says why, as a typed code would, and leaves the cart as it was", async ({ page }) => {
  await addToCart(page, "us111");
  await page.goto("/cart");
  await expect(page.getByTestId("cart-total")).toHaveText("$399.00");

  await page.goto("/cart?code=UNKNOWN");
  await expect(page.getByRole("alert").filter({ hasText: "UNKNOWN" })).toHaveText(
    "UNKNOWN isn't a coupon code we know. Check the spelling and try again.",
  );
  await expect(page.getByTestId("cart-total")).toHaveText("$399.00");
  await expect(page.getByLabel("Discount code")).toBeVisible(); // no code applied
  await expect(page.getByTestId("cart-line")).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId("cart-total")).toHaveText("$399.00");
});

test("the Apply buttons go away with the sale, without a reload", async ({ page }) => {
  await page.clock.install();
  await page.goto("/products/ultragun-pro");
  const apply = page.getByRole("link", { name: "Apply FLASHSALE" });
  await expect(apply).toHaveCount(2); // the strip and the product's price
  await expect(apply.first()).toHaveAttribute("href", "/cart?code=FLASHSALE");
  await page.clock.fastForward(15 * DAY);
  await expect(apply).toHaveCount(0);
});

test("/compare shows the same rows for all three devices, readable on a phone", async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/compare");
    await expect(page.getByRole("heading", { level: 1, name: "Compare devices" })).toBeVisible();
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader")).toHaveText([/US111 Ultrasound Therapy/, /^UltraGun$/, /UltraGun PRO/]);
    for (const label of ROWS) {
      const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
      const cells = row.getByRole("cell");
      await expect(cells, label).toHaveCount(3);
      for (const text of await cells.allTextContents()) expect(text.trim(), label).not.toBe("");
    }
    const price = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Today's price with FLASHSALE" }) });
    await expect(price).toContainText("$39.75 with FLASHSALE, save 75%");
    await expect(page.getByText("Best fit for your answers")).toHaveCount(0);
    // The page itself never scrolls sideways; only the table does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});

test("from the guide's result, the comparison marks the fitting device and says why the others fit less", async ({ page }) => {
  await page.goto("/guide");
  const answers = {
    "Where do your cramps happen?": "Hands or forearms",
    "How strong are they, usually?": "Moderate",
    "How often do they come?": "About every week",
    "Do they wake you at night?": "No",
  };
  for (const [question, choice] of Object.entries(answers)) {
    await page.getByRole("group", { name: question }).getByLabel(choice, { exact: true }).check();
  }
  await page.getByRole("button", { name: "Show my suggestions" }).click();
  await page.getByRole("link", { name: "Compare all three devices" }).click();
  await expect(page).toHaveURL(/\/compare\?where=hands&severity=moderate&frequency=weekly&night=no$/);

  await expect(page.getByTestId("compare-column-ultragun-pro")).toContainText("Best fit for your answers");
  await expect(page.getByText("Best fit for your answers")).toHaveCount(1);
  await expect(page.getByTestId("compare-column-us111")).toContainText("Made for severe cramps");
  await expect(page.getByTestId("compare-column-ultragun")).toContainText("Fewer speeds and a shorter battery");

  // Answers that are not the guide's are ignored: the plain comparison.
  await page.goto("/compare?severity=extreme&where=%3Cscript%3E&frequency=weekly&night=no");
  await expect(page.getByRole("table").getByRole("columnheader")).toHaveCount(3);
  await expect(page.getByText("Best fit for your answers")).toHaveCount(0);
});

test("the shop and each product page link to the comparison", async ({ page }) => {
  await page.goto("/products");
  await expect(page.getByRole("link", { name: "Compare all three devices side by side" })).toHaveAttribute("href", "/compare");
  for (const slug of ["us111", "ultragun", "ultragun-pro"]) {
    await page.goto(`/products/${slug}`);
    await expect(page.getByRole("link", { name: "Compare all three devices" })).toHaveAttribute("href", "/compare");
  }
  const sitemap = await page.request.get("/sitemap.xml");
  expect(await sitemap.text()).toContain("/compare</loc>");
});

test("the back office shows a live code's shareable link to copy", async ({ page, baseURL }) => {
  await signInAsAdmin(page, "/admin/coupons");
  const link = page.getByTestId("coupon-FLASHSALE").getByLabel("Shareable link");
  await expect(link).toHaveValue(`${baseURL}/cart?code=FLASHSALE`);
  await expect(page.getByTestId("coupon-WINTER15").getByLabel("Shareable link")).toHaveCount(0); // ended
});
