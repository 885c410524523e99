// The moderation buttons' server actions, called as the browser would: only staff with reviews.moderate may
// decide, a rejection needs a reason, and each decision revalidates the product page's cache tag.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "@/prisma/seed/seed";
import { actAs, createUser, stopActing } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { approveReviewAction, rejectReviewAction } from "./actions";

const cache = vi.hoisted(() => ({ updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), ...cache }));

const database = setupTestDatabase();
const users: Record<string, string> = {};
let reviewId = "";

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  for (const role of ["CUSTOMER", "SUPPORT", "INVENTORY", "MARKETING"] as const) users[role] = (await createUser(database.db, role)).id;
  const product = await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } });
  const order = await database.db.order.create({
    data: {
      number: "UC-MODERATE1",
      email: "moderated@example.com",
      status: "FULFILLED",
      subtotalCents: product.priceCents,
      totalCents: product.priceCents,
      provider: "TEST",
      holdExpiresAt: new Date(),
      fulfilledAt: new Date(),
      lines: { create: [{ productId: product.id, productName: product.name, sku: product.sku, unitPriceCents: product.priceCents, quantity: 1, totalCents: product.priceCents }] },
    },
  });
  reviewId = (await database.db.review.create({ data: { orderId: order.id, productId: product.id, rating: 2, body: "It cured my arthritis overnight." } })).id;
});
afterEach(() => {
  stopActing();
  cache.updateTag.mockClear();
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const status = async () => (await database.db.review.findUniqueOrThrow({ where: { id: reviewId } })).status;

describe("moderating a review", () => {
  it("refuses visitors, customers and staff without reviews.moderate, and changes nothing", async () => {
    actAs(null);
    expect(await approveReviewAction(undefined, form({ reviewId }))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    for (const role of ["CUSTOMER", "SUPPORT", "INVENTORY"]) {
      actAs(users[role]);
      expect(await approveReviewAction(undefined, form({ reviewId })), role).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await rejectReviewAction(undefined, form({ reviewId, reason: "Not allowed to say" })), role).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await status()).toBe("PENDING");
    expect(cache.updateTag).not.toHaveBeenCalled();
  });

  it("asks for a reason before rejecting", async () => {
    actAs(users.MARKETING);
    const result = await rejectReviewAction(undefined, form({ reviewId, reason: "  " }));
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { reason: [expect.stringMatching(/Say why/)] } });
    expect(await status()).toBe("PENDING");
  });

  it("lets a marketer reject with a reason, then approve, each revalidating the product page's tag", async () => {
    actAs(users.MARKETING);
    expect(await rejectReviewAction(undefined, form({ reviewId, reason: "Claims the device cures a disease" }))).toMatchObject({ ok: true });
    expect(await database.db.review.findUniqueOrThrow({ where: { id: reviewId } })).toMatchObject({ status: "REJECTED", rejectReason: "Claims the device cures a disease" });
    expect(cache.updateTag).toHaveBeenCalledWith("product:ultragun");

    cache.updateTag.mockClear();
    expect(await approveReviewAction(undefined, form({ reviewId }))).toMatchObject({ ok: true, message: "Approved. It shows on the UltraGun page now." });
    expect(await database.db.review.findUniqueOrThrow({ where: { id: reviewId } })).toMatchObject({ status: "APPROVED", rejectReason: null });
    expect(cache.updateTag).toHaveBeenCalledWith("product:ultragun");
    expect(await approveReviewAction(undefined, form({ reviewId }))).toMatchObject({ ok: false, code: "UNCHANGED", formError: "This review is already approved." });
  });
});
