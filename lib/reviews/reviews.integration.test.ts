// Verified reviews against a real database: the scheduled invitation 14 days after shipping (the clock is
// moved by handing the sweep its `now`), once per order even when runs overlap; the signed link refused when
// changed or expired; one review per product, waiting for staff; approval shows it in the product page's
// reader, a rejection keeps it off with its reason.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "@/prisma/seed/seed";
import { createUser } from "@/testing/act-as";
import { mailsTo } from "@/testing/outbox";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { ERASED } from "../account/delete-account";
import { moderateReview } from "../admin/reviews/moderate-review";
import { dataPath } from "../env";
import type { OrderStatus } from "../generated/prisma/enums";
import { signId } from "../signing/signed-id";
import { authSecret } from "../auth/secret";
import { getProductReviews } from "./get-product-reviews";
import { getReviewInvitation } from "./get-review-invitation";
import { REVIEW_FORM_PATH } from "./review-link";
import { sendReviewInvitations } from "./send-review-invitations";
import { submitReview } from "./submit-review";

// The cached reader runs as a plain query here: Next's cache exists only inside a Next server.
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), cacheTag: () => {}, cacheLife: () => {} }));

const database = setupTestDatabase();
const DAY = 24 * 60 * 60 * 1000;
const products: Record<string, { id: string; name: string; sku: string; priceCents: number }> = {};
let moderatorId = "";
let sequence = 0;
/** The outbox outlives a run: addresses of this run only. */
const run = Date.now().toString(36);
const address = (name: string) => `${name}-${run}@example.com`;

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  for (const product of await database.db.product.findMany()) products[product.slug] = product;
  moderatorId = (await createUser(database.db, "MARKETING")).id;
});

/** An order as the back office leaves it after shipping (the fixture skips payment: that is tested elsewhere). */
async function shippedOrder(options: { fulfilledAt: Date; status?: OrderStatus; email?: string; slugs?: string[] }) {
  sequence += 1;
  const slugs = options.slugs ?? ["ultragun"];
  const total = slugs.reduce((sum, slug) => sum + products[slug].priceCents, 0);
  return database.db.order.create({
    data: {
      number: `UC-REVIEW${sequence}`,
      email: options.email ?? address(`buyer-${sequence}`),
      status: options.status ?? "FULFILLED",
      subtotalCents: total,
      totalCents: total,
      provider: "TEST",
      holdExpiresAt: new Date(options.fulfilledAt.getTime() - DAY),
      paidAt: new Date(options.fulfilledAt.getTime() - DAY),
      fulfilledAt: options.fulfilledAt,
      shippingName: "Dana Reyes",
      lines: {
        create: slugs.map((slug) => ({
          productId: products[slug].id,
          productName: products[slug].name,
          sku: products[slug].sku,
          unitPriceCents: products[slug].priceCents,
          quantity: 1,
          totalCents: products[slug].priceCents,
        })),
      },
    },
  });
}

const invitedAt = async (orderId: string) => (await database.db.order.findUniqueOrThrow({ where: { id: orderId } })).reviewInvitedAt;
const mails = (email: string) => mailsTo(dataPath("mail"), email);

/** The review link in the buyer's invitation, and its token. */
async function invitationToken(email: string): Promise<string> {
  const [mail] = await mails(email);
  const link = mail.match(new RegExp(`https?://\\S+${REVIEW_FORM_PATH}\\?token=([A-Za-z0-9._-]+)`));
  if (!link) throw new Error(`no review link in the mail to ${email}`);
  return decodeURIComponent(link[1]);
}

/** A shipped order whose invitation went out; returns the order and its link's token. */
async function invitedOrder(slugs = ["ultragun"], email?: string) {
  const shipped = new Date(Date.now() - 20 * DAY);
  const order = await shippedOrder({ fulfilledAt: shipped, slugs, email });
  await sendReviewInvitations(new Date(shipped.getTime() + 14 * DAY));
  return { order, token: await invitationToken(order.email) };
}

const review = (token: string, overrides: Partial<{ productId: string; rating: number; body: string }> = {}) => ({
  token,
  productId: products.ultragun.id,
  rating: 5,
  body: "It loosened my calf cramp in a few minutes.",
  ...overrides,
});

describe("the review invitation", () => {
  it("goes out 14 days after shipping, not a minute before, and only once", async () => {
    const shipped = new Date(Date.now() - 20 * DAY);
    const order = await shippedOrder({ fulfilledAt: shipped, email: address("fourteen-days") });

    expect(await sendReviewInvitations(new Date(shipped.getTime() + 14 * DAY - 60_000))).toBe(0);
    expect(await invitedAt(order.id)).toBeNull();
    expect(await mails(order.email)).toHaveLength(0);

    const due = new Date(shipped.getTime() + 14 * DAY);
    expect(await sendReviewInvitations(due)).toBe(1);
    expect(await invitedAt(order.id)).toEqual(due);
    const [mail] = await mails(order.email);
    expect(mail).toContain(`How is your UltraCare Pro order ${order.number}?`);
    expect(mail).toContain("UltraGun");
    expect(mail).toMatch(/\/reviews\/new\?token=/);

    expect(await sendReviewInvitations(new Date(shipped.getTime() + 15 * DAY))).toBe(0);
    expect(await mails(order.email)).toHaveLength(1);
  });

  it("is sent once when several runs of the job overlap", async () => {
    const shipped = new Date(Date.now() - 20 * DAY);
    const order = await shippedOrder({ fulfilledAt: shipped, email: address("overlapping-runs") });
    const due = new Date(shipped.getTime() + 14 * DAY);
    const counts = await Promise.all(Array.from({ length: 5 }, () => sendReviewInvitations(due)));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await mails(order.email)).toHaveLength(1);
  });

  it("skips refunded and cancelled orders and deleted accounts, but invites a partly refunded one", async () => {
    const shipped = new Date(Date.now() - 20 * DAY);
    const refunded = await shippedOrder({ fulfilledAt: shipped, status: "REFUNDED", email: address("refunded") });
    const cancelled = await shippedOrder({ fulfilledAt: shipped, status: "CANCELLED", email: address("cancelled") });
    const erased = await shippedOrder({ fulfilledAt: shipped, email: ERASED.email });
    const partly = await shippedOrder({ fulfilledAt: shipped, status: "PARTIALLY_REFUNDED", email: address("partly") });

    expect(await sendReviewInvitations(new Date(shipped.getTime() + 14 * DAY))).toBe(1);
    for (const order of [refunded, cancelled, erased]) expect(await invitedAt(order.id), order.email).toBeNull();
    expect(await mails(refunded.email)).toHaveLength(0);
    expect(await mails(cancelled.email)).toHaveLength(0);
    expect(await invitedAt(partly.id)).not.toBeNull();
  });

  it("leaves orders that shipped long before the job could invite (more than 44 days ago)", async () => {
    const order = await shippedOrder({ fulfilledAt: new Date(Date.now() - 45 * DAY), email: address("long-ago") });
    await sendReviewInvitations(new Date());
    expect(await invitedAt(order.id)).toBeNull();
  });
});

describe("the signed review link", () => {
  it("opens the form for the order's products, and is refused when changed, expired or made for another use", async () => {
    const { order, token } = await invitedOrder(["ultragun", "us111"]);
    const opened = await getReviewInvitation(token);
    expect(opened).toMatchObject({ ok: true, orderNumber: order.number });
    expect(opened.ok && opened.products.map((product) => [product.name, product.review])).toEqual([
      [products.us111.name, null], // by name: "US111 …" before "UltraGun"
      [products.ultragun.name, null],
    ]);

    const [id, expires, mac] = token.split(".");
    const otherOrder = await shippedOrder({ fulfilledAt: new Date(Date.now() - DAY) });
    const refusedTokens = [
      `${otherOrder.id}.${expires}.${mac}`, // another order's id under this signature
      `${id}.${Number(expires) + 86_400}.${mac}`, // a later expiry
      `${id}.${expires}.${mac.slice(0, -2)}xx`,
      signId(order.id, { purpose: "order-view", secret: authSecret(), expiresAt: new Date(Date.now() + DAY) }),
      "",
    ];
    for (const bad of refusedTokens) {
      expect(await getReviewInvitation(bad), bad).toEqual({ ok: false, code: "LINK_INVALID" });
      expect(await submitReview(review(bad), { ip: "203.0.113.10" }), bad).toEqual({ ok: false, code: "LINK_INVALID" });
    }
    const expired = new Date(Number(expires) * 1000 + 1000);
    expect(await getReviewInvitation(token, expired)).toEqual({ ok: false, code: "LINK_INVALID" });
    expect(await submitReview(review(token), { ip: "203.0.113.10", now: expired })).toEqual({ ok: false, code: "LINK_INVALID" });
    expect(await database.db.review.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("stops working once the order is refunded", async () => {
    const { order, token } = await invitedOrder();
    await database.db.order.update({ where: { id: order.id }, data: { status: "REFUNDED" } });
    expect(await getReviewInvitation(token)).toEqual({ ok: false, code: "NOT_REVIEWABLE" });
    expect(await submitReview(review(token), { ip: "203.0.113.11" })).toEqual({ ok: false, code: "NOT_REVIEWABLE" });
  });
});

describe("a review, from the link to the product page", () => {
  it("waits for approval, then shows in the product's reviews with the buyer's first name; a second submit changes nothing", async () => {
    const { order, token } = await invitedOrder();
    expect(await submitReview(review(token), { ip: "203.0.113.20" })).toEqual({ ok: true, productName: products.ultragun.name });
    const saved = await database.db.review.findUniqueOrThrow({ where: { orderId_productId: { orderId: order.id, productId: products.ultragun.id } } });
    expect(saved).toMatchObject({ status: "PENDING", rating: 5, body: "It loosened my calf cramp in a few minutes." });
    expect(await getProductReviews("ultragun")).toEqual({ summary: null, reviews: [] });

    expect(await submitReview(review(token, { rating: 1, body: "Changed my mind about all of it." }), { ip: "203.0.113.20" })).toEqual({ ok: false, code: "ALREADY_REVIEWED" });
    expect(await database.db.review.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ rating: 5, body: saved.body });
    expect(await submitReview(review(token, { productId: products["ultragun-pro"].id }), { ip: "203.0.113.20" })).toEqual({ ok: false, code: "NOT_IN_ORDER" });
    const opened = await getReviewInvitation(token);
    expect(opened.ok && opened.products[0].review).toEqual({ rating: 5, status: "PENDING" });

    expect(await moderateReview({ reviewId: saved.id, decision: "APPROVED" }, moderatorId)).toEqual({ ok: true, productSlug: "ultragun", productName: products.ultragun.name });
    expect(await getProductReviews("ultragun")).toEqual({
      summary: { average: 5, count: 1 },
      reviews: [{ id: saved.id, rating: 5, body: saved.body, firstName: "Dana", publishedAt: expect.any(String) }],
    });
    expect(await moderateReview({ reviewId: saved.id, decision: "APPROVED" }, moderatorId)).toEqual({ ok: false, code: "UNCHANGED", status: "APPROVED" });
    const audit = await database.db.auditLog.findMany({ where: { entityType: "review", entityId: saved.id } });
    expect(audit).toEqual([expect.objectContaining({ actorId: moderatorId, action: "review.approve", after: expect.objectContaining({ status: "APPROVED" }) })]);
  });

  it("keeps one review when the same link is submitted twice at once, from two addresses", async () => {
    const { order, token } = await invitedOrder();
    const results = await Promise.all([
      submitReview(review(token, { rating: 5 }), { ip: "203.0.113.30" }),
      submitReview(review(token, { rating: 1, body: "A second opinion sent at the same moment." }), { ip: "198.51.100.30" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, code: "ALREADY_REVIEWED" }]);
    expect(await database.db.review.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("stays off the page when rejected, with the reason kept and audited; a rejected approved review leaves the page", async () => {
    const { token } = await invitedOrder(["us111"]);
    expect(await submitReview(review(token, { productId: products.us111.id, rating: 4 }), { ip: "203.0.113.21" })).toMatchObject({ ok: true });
    const saved = await database.db.review.findFirstOrThrow({ where: { productId: products.us111.id, status: "PENDING" } });
    const reason = "Claims the device cures a disease";
    expect(await moderateReview({ reviewId: saved.id, decision: "REJECTED", reason }, moderatorId)).toMatchObject({ ok: true, productSlug: "us111" });
    expect(await database.db.review.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ status: "REJECTED", rejectReason: reason, moderatedById: moderatorId });
    expect(await getProductReviews("us111")).toEqual({ summary: null, reviews: [] });
    const [audit] = await database.db.auditLog.findMany({ where: { entityType: "review", entityId: saved.id } });
    expect(audit).toMatchObject({ action: "review.reject", before: { status: "PENDING", rejectReason: null }, after: { status: "REJECTED", rejectReason: reason } });

    const second = await invitedOrder(["us111"]);
    await submitReview(review(second.token, { productId: products.us111.id, rating: 3 }), { ip: "203.0.113.21" });
    const shown = await database.db.review.findFirstOrThrow({ where: { orderId: second.order.id } });
    await moderateReview({ reviewId: shown.id, decision: "APPROVED" }, moderatorId);
    expect((await getProductReviews("us111")).summary).toEqual({ average: 3, count: 1 });
    await moderateReview({ reviewId: shown.id, decision: "REJECTED", reason: "Names another customer" }, moderatorId);
    expect(await getProductReviews("us111")).toEqual({ summary: null, reviews: [] });
  });

  it("averages every approved review to one decimal", async () => {
    for (const rating of [4, 4]) {
      const { order, token } = await invitedOrder(["ultragun-pro"]);
      await submitReview(review(token, { productId: products["ultragun-pro"].id, rating }), { ip: "203.0.113.22" });
      const saved = await database.db.review.findFirstOrThrow({ where: { orderId: order.id } });
      await moderateReview({ reviewId: saved.id, decision: "APPROVED" }, moderatorId);
    }
    const { order, token } = await invitedOrder(["ultragun-pro"]);
    await submitReview(review(token, { productId: products["ultragun-pro"].id, rating: 5 }), { ip: "203.0.113.22" });
    await moderateReview({ reviewId: (await database.db.review.findFirstOrThrow({ where: { orderId: order.id } })).id, decision: "APPROVED" }, moderatorId);
    expect((await getProductReviews("ultragun-pro")).summary).toEqual({ average: 4.3, count: 3 });
  });

  it("limits submissions per client address", async () => {
    const { token } = await invitedOrder();
    for (let attempt = 0; attempt < 10; attempt += 1) await submitReview(review("tampered.1.x"), { ip: "203.0.113.99" });
    expect(await submitReview(review(token), { ip: "203.0.113.99" })).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(await submitReview(review(token), { ip: "203.0.113.98" })).toMatchObject({ ok: true });
  });
});
