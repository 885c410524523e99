// "E-mail me when it's back": staff sell out a device, a shopper asks for an alert and confirms it from the
// outbox, two restocks follow and the shopper gets exactly one e-mail, whose unsubscribe link works. The
// device's stock is put back as it was for the other journeys.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { mailsTo } from "../testing/outbox";
import { linkFromOutbox, OUTBOX, signInAsAdmin } from "./accounts-flow";

const DEVICE = { slug: "ultragun-pro", name: "UltraGun PRO" };
const BACK_IN_STOCK = `Subject: Back in stock: ${DEVICE.name}`;

/** One adjustment, waiting until the page shows what it left available. */
async function adjust(page: Page, quantity: number, reason: "RESTOCK" | "CORRECTION", note: string, availableAfter: number) {
  await page.getByLabel("Quantity").fill(String(quantity));
  await page.getByLabel("Reason").selectOption(reason);
  await page.getByLabel("Note (optional)").fill(note);
  await page.getByRole("button", { name: "Adjust stock" }).click();
  await expect(page.getByRole("alert").filter({ hasText: `${availableAfter} available.` })).toBeVisible();
  await expect(page.getByTestId("stock-available")).toHaveText(String(availableAfter));
}

const available = async (page: Page) => Number(await page.getByTestId("stock-available").textContent());
async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const backInStockMails = async (email: string) => (await mailsTo(OUTBOX, email)).filter((mail) => mail.includes(BACK_IN_STOCK));

test("a shopper waits for a sold-out device, confirms, and gets one e-mail after two restocks; unsubscribing works", async ({ page, browser }) => {
  await signInAsAdmin(page, "/admin/inventory");
  await page.getByRole("link", { name: `Adjust stock of ${DEVICE.name}` }).click();
  await expect(page.getByRole("heading", { name: DEVICE.name })).toBeVisible();
  const adjustUrl = page.url();
  const before = await available(page);
  expect(before).toBeGreaterThan(0);
  await adjust(page, -before, "CORRECTION", "e2e: sold out for the back-in-stock journey", 0);

  // The shopper, in a browser of their own, on a phone.
  const shopper = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  const email = `waiting-${Date.now()}@example.com`;
  await shopper.goto(`/products/${DEVICE.slug}`);
  await expect(shopper.getByRole("button", { name: "Sold out" })).toBeDisabled();
  await shopper.getByLabel("Email", { exact: true }).fill(email);
  await shopper.getByRole("button", { name: "E-mail me when it's back" }).click();
  await expect(shopper.getByRole("alert").filter({ hasText: "Check your inbox to confirm the alert" })).toBeVisible();
  expect(await shopper.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(shopper);

  // A changed link is refused; the real one confirms, and says so again when followed twice.
  const confirmLink = await linkFromOutbox(email, "/stock-alerts/confirm");
  await shopper.goto(`${confirmLink}x`);
  await expect(shopper.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await shopper.goto(confirmLink);
  await expect(shopper.getByRole("heading", { name: "Confirm your alert" })).toBeVisible();
  await expectNoAxeViolations(shopper);
  await shopper.getByRole("button", { name: "Confirm the alert" }).click();
  await expect(shopper.getByRole("heading", { name: "Alert confirmed" })).toBeVisible();
  await shopper.goto(confirmLink);
  await expect(shopper.getByRole("heading", { name: "Alert confirmed" })).toBeVisible();

  // Staff see who waits for it.
  await page.goto("/admin/inventory");
  await expect(page.getByRole("listitem").filter({ hasText: DEVICE.name })).toContainText("1 waiting");

  // Two restocks: one e-mail.
  await page.goto(adjustUrl);
  await expect(page.getByTestId("stock-waiting")).toHaveText("1");
  await adjust(page, before, "RESTOCK", "e2e: first delivery", before);
  await adjust(page, 1, "RESTOCK", "e2e: second delivery", before + 1);
  await expect(page.getByTestId("stock-waiting")).toHaveText("0");
  await expect.poll(() => backInStockMails(email)).toHaveLength(1);

  // Its unsubscribe link ends the alert, and says so when followed again.
  const [mail] = await backInStockMails(email);
  const unsubscribe = new URL(mail.match(/Stop this alert: (\S+)/)![1]);
  await shopper.goto(unsubscribe.pathname + unsubscribe.search);
  await shopper.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(shopper.getByRole("heading", { name: "You are unsubscribed" })).toBeVisible();
  await shopper.reload();
  await expect(shopper.getByRole("heading", { name: "You are unsubscribed" })).toBeVisible();
  await shopper.context().close();

  // Put the stock back as it was for the other journeys.
  await page.goto(adjustUrl);
  await adjust(page, -1, "CORRECTION", "e2e: back to the opening count", before);
  expect(await backInStockMails(email)).toHaveLength(1);
});
