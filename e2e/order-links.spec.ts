// A guest finds their order again: the footer leads to the lookup, and the "View your order" link in the
// e-mails opens the order without an account, with its progress and, once staff shipped it, a link to the
// carrier's tracking page.
import { expect, test } from "@playwright/test";
import { adminShips, guestBuys, orderLinkFromOutbox } from "./accounts-flow";

test("the footer's 'Track an order' opens the order lookup", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Track an order" }).click();
  await expect(page).toHaveURL(/\/orders\/lookup$/);
  await expect(page.getByRole("heading", { name: "Find your order" })).toBeVisible();
});

test("a guest follows the e-mailed order link and, after staff ship it, sees the progress and the carrier's tracking link", async ({ browser }) => {
  const email = `order-link-${Date.now()}@example.com`;
  const shopper = await browser.newContext();
  const number = await guestBuys(await shopper.newPage(), email);
  await shopper.close();

  // A fresh browser with no cookies: the link alone opens the order.
  const guest = await (await browser.newContext()).newPage();
  await guest.goto(await orderLinkFromOutbox(email, `order ${number}`));
  await expect(guest.getByRole("heading", { name: `Your order ${number}` })).toBeVisible();
  const steps = guest.getByTestId("order-steps").filter({ visible: true });
  await expect(steps).toContainText("Order placed");
  await expect(steps).toContainText("Payment received");
  await expect(steps).not.toContainText("Shipped");

  const staff = await (await browser.newContext()).newPage();
  await adminShips(staff, email, number);

  await guest.goto(await orderLinkFromOutbox(email, `Order ${number} has shipped`));
  await expect(steps).toContainText("Shipped with UPS");
  await expect(guest.getByRole("link", { name: /1Z 999 AA1 0123456784/ }).filter({ visible: true })).toHaveAttribute(
    "href",
    "https://www.ups.com/track?tracknum=1Z%20999%20AA1%200123456784",
  );

  // A tampered link opens nothing and points to the lookup instead.
  await guest.goto(`/orders/view?order=${encodeURIComponent("not-a-real-token")}`);
  await expect(guest.getByRole("alert").filter({ hasText: "This order link does not work" })).toBeVisible();
  await expect(guest.getByText(number)).toHaveCount(0);
});
