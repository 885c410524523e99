// Verified reviews, as a buyer and the owner see them: a guest buys, staff ship the order, the scheduled job
// mails the invitation (the e2e server invites at the first run after shipping, REVIEW_INVITATION_DELAY_DAYS=0;
// the 14-day wait is tested with a moved clock in lib/reviews/reviews.integration.test.ts), the buyer rates
// from the mailed link, staff approve, and the product page shows the review, its average and count, and
// carries the rating in its JSON-LD (and none before).
import { expect, test, type Page } from "@playwright/test";
import { E2E_CRON_SECRET } from "../playwright.config";
import { adminShips, guestBuys, linkFromOutbox } from "./accounts-flow";

async function productJsonLd(page: Page) {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]);
}

test("a buyer reviews a shipped order from the invitation, staff approve it, and the product page shows it", async ({ browser, request }) => {
  const shopper = await (await browser.newContext()).newPage();
  const email = `reviewer-${Date.now()}@example.com`;
  const number = await guestBuys(shopper, email);

  // No approved review yet: no rating on the page and no rating markup at all.
  await shopper.goto("/products/ultragun");
  await expect(shopper.getByText(/No reviews of the UltraGun yet/)).toBeVisible();
  const before = await productJsonLd(shopper);
  expect(before).not.toHaveProperty("aggregateRating");
  expect(before).not.toHaveProperty("review");

  const admin = await (await browser.newContext()).newPage();
  await adminShips(admin, email, number);

  // The scheduler's run mails the invitation; a second run sends nothing more for this order.
  const run = () => request.get("/api/cron/release-holds", { headers: { authorization: `Bearer ${E2E_CRON_SECRET}` } });
  const first = await run();
  expect(first.status()).toBe(200);
  expect((await first.json()).reviewInvitations).toBeGreaterThanOrEqual(1);
  expect((await (await run()).json()).reviewInvitations).toBe(0);
  const link = await linkFromOutbox(email, "/reviews/new");

  // A changed link is refused plainly.
  await shopper.goto(link.replace(/token=([^.]+)/, "token=$1x"));
  await expect(shopper.getByRole("alert").filter({ hasText: "This review link does not work" })).toBeVisible();
  await expect(shopper.getByRole("button", { name: "Submit review" })).toHaveCount(0);

  await shopper.goto(link);
  await expect(shopper.getByRole("heading", { level: 1, name: `Review your order ${number}` })).toBeVisible();
  const form = shopper.getByRole("form", { name: "Review of the UltraGun" });
  await form.getByRole("button", { name: "Submit review" }).click();
  await expect(form.getByText("Choose a rating from 1 to 5 stars.")).toBeVisible();
  await form.getByRole("group", { name: "Rating" }).getByRole("radio", { name: "5 stars" }).check();
  await form.getByLabel("Your review").fill("Two minutes on my calf and the night cramp let go. Quiet enough to use in bed.");
  await form.getByRole("button", { name: "Submit review" }).click();
  await expect(shopper.getByRole("status")).toHaveText(/Thank you\. Your review of the UltraGun will appear on its page once our team has read it\./);

  // Opened again, the link shows the review as sent, with no second form.
  await shopper.reload();
  await expect(shopper.getByText("You rated it 5 out of 5. Your review is waiting for our team to read it.")).toBeVisible();
  await expect(shopper.getByRole("button", { name: "Submit review" })).toHaveCount(0);

  // Waiting for staff: not on the product page yet.
  await shopper.goto("/products/ultragun");
  await expect(shopper.getByText("Verified buyer")).toHaveCount(0);

  await admin.goto("/admin/reviews");
  const waiting = admin.getByRole("article", { name: `Review of UltraGun on order ${number}` });
  await expect(waiting).toContainText("Two minutes on my calf");
  await expect(waiting).toContainText("Waiting");
  await waiting.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(admin.getByRole("article", { name: `Review of UltraGun on order ${number}` })).toContainText("Approved");

  await shopper.goto("/products/ultragun");
  const reviews = shopper.getByRole("region", { name: "Reviews" });
  await expect(reviews.getByText("5.0 out of 5 · 1 review")).toBeVisible();
  await expect(reviews.getByRole("listitem").filter({ hasText: "Two minutes on my calf" })).toContainText("Verified buyer");
  const after = await productJsonLd(shopper);
  expect(after.aggregateRating).toEqual({ "@type": "AggregateRating", ratingValue: 5, reviewCount: 1, bestRating: 5, worstRating: 1 });
  expect(after.review).toEqual([expect.objectContaining({ "@type": "Review", reviewRating: expect.objectContaining({ ratingValue: 5 }) })]);

  // Another product, with no approved review, still has no rating markup.
  await shopper.goto("/products/us111");
  expect(await productJsonLd(shopper)).not.toHaveProperty("aggregateRating");
});
