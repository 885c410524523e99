// A return from start to finish: a guest buys, staff ship it, the guest follows the e-mailed order link and
// asks to return the device, staff approve it and mark the parcel received, the refund form holds what the
// device was paid for and refunds it, and the unit is back on hand on the inventory page.
import { expect, test, type Page } from "@playwright/test";
import { guestBuys, orderLinkFromOutbox, OUTBOX, signInAsAdmin } from "./accounts-flow";
import { mailsTo } from "../testing/outbox";

const onHand = async (staff: Page) => {
  await staff.goto("/admin/inventory");
  await staff.getByRole("link", { name: "Adjust stock of UltraGun", exact: true }).click();
  return Number(await staff.getByTestId("stock-on-hand").textContent());
};

test("a guest returns a shipped device; staff approve, receive and refund it; the unit is back in stock", async ({ browser }) => {
  const email = `returns-${Date.now()}@example.com`;
  const shopper = await browser.newContext();
  const number = await guestBuys(await shopper.newPage(), email);
  await shopper.close();

  // Staff ship the order.
  const staff = await (await browser.newContext()).newPage();
  await signInAsAdmin(staff, "/admin/orders");
  await staff.getByLabel("Order number or e-mail").fill(email);
  await staff.getByRole("button", { name: "Show orders" }).click();
  await staff.getByRole("link", { name: number }).click();
  await expect(staff.getByRole("heading", { name: `Order ${number}` })).toBeVisible();
  const orderPage = staff.url();
  const ship = staff.getByRole("form", { name: "Mark shipped" });
  await ship.getByLabel("Carrier").fill("UPS");
  await ship.getByLabel("Tracking number").fill("1Z 999 AA1 0123456784");
  await ship.getByRole("button", { name: "Mark shipped" }).click();
  await expect(staff.getByRole("alert").filter({ hasText: "Marked shipped." })).toBeVisible();
  const stockBefore = await onHand(staff);

  // The guest, in a fresh browser, opens the order from the shipping e-mail and asks to return the device.
  const guest = await (await browser.newContext()).newPage();
  await guest.goto(await orderLinkFromOutbox(email, `Order ${number} has shipped`));
  const returns = guest.getByRole("region", { name: "Returns" });
  await expect(returns.getByRole("heading", { name: "Request a return" })).toBeVisible();
  await expect(returns.getByRole("link", { name: "returns policy" })).toHaveAttribute("href", "/policies/returns");
  await returns.getByRole("button", { name: "Request return" }).click();
  await expect(returns.getByText("Enter how many of an item you are sending back.")).toBeVisible();
  await returns.getByLabel("Quantity of UltraGun to return").fill("1");
  await returns.getByLabel("Reason").fill("The massage is too strong for my calves.");
  await returns.getByRole("button", { name: "Request return" }).click();
  await expect(returns.getByTestId("return-status")).toHaveText(/^Requested: we will e-mail you/);
  await expect(returns.getByRole("button", { name: "Request return" })).toHaveCount(0);
  await expect.poll(async () => (await mailsTo(OUTBOX, email)).some((mail) => mail.includes(`We have your return request for order ${number}`))).toBe(true);
  await guest.setViewportSize({ width: 390, height: 844 });
  expect(await guest.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // Staff find it on the returns list (open first) and approve it.
  await staff.goto("/admin/returns");
  const row = staff.getByRole("row").filter({ has: staff.getByRole("link", { name: number }) });
  await expect(row).toContainText("Requested");
  await row.getByRole("link", { name: number }).click();
  await expect(staff.getByRole("heading", { name: `Order ${number}` })).toBeVisible();
  expect(staff.url()).toBe(orderPage);
  const card = staff.getByRole("region", { name: "Returns", exact: true });
  await expect(card).toContainText("The massage is too strong for my calves.");
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(staff.getByRole("alert").filter({ hasText: "Return approved." })).toBeVisible();
  await expect.poll(async () => (await mailsTo(OUTBOX, email)).some((mail) => mail.includes(`Your return for order ${number} is approved`))).toBe(true);

  // The parcel arrives: the refund form opens holding what the device was paid for, and refunds it.
  await staff.getByRole("region", { name: "Returns", exact: true }).getByRole("button", { name: "Mark received" }).click();
  await expect(staff.getByRole("alert").filter({ hasText: "Return received" })).toBeVisible();
  const paid = (await staff.getByRole("region", { name: "Returns", exact: true }).getByText(/^Paid for these units: /).textContent())!.replace("Paid for these units: $", "");
  const refund = staff.getByRole("form", { name: "Refund" });
  await expect(refund.getByLabel("Amount to refund (USD)")).toHaveValue(Number(paid.replace(/,/g, "")).toFixed(2));
  await refund.getByRole("button", { name: "Refund" }).click();
  await expect(staff.getByRole("alert").filter({ hasText: /Refunded in full\.|Partial refund made\./ })).toBeVisible();
  await expect(staff.getByTestId("order-refunded").filter({ visible: true })).toHaveText(`$${paid}`);

  // The unit is back on hand, with its RETURN row.
  expect(await onHand(staff)).toBe(stockBefore + 1);
  await expect(staff.getByRole("table").getByRole("row").nth(1)).toContainText(`Return from order ${number} received`);

  // The guest sees where the return stands, and was told.
  await guest.reload();
  await expect(guest.getByRole("region", { name: "Returns" }).getByTestId("return-status")).toHaveText(/^Received: we are refunding/);
  await expect.poll(async () => (await mailsTo(OUTBOX, email)).some((mail) => mail.includes(`Your return for order ${number} has arrived`))).toBe(true);
});
