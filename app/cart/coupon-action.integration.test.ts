// The "Apply" button's server action, called as the form does: each press from a new cookie jar (a fresh
// cart) still counts against the client's address, which is the connection's own (clientAddress ignores a
// forged X-Forwarded-For; lib/http and e2e/client-address.spec.ts show that), so guessing stops at the limit.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "@/prisma/seed/seed";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { applyCouponAction } from "./actions";

const client = vi.hoisted(() => ({ address: "203.0.113.20" }));
vi.mock("@/lib/http/client-address", () => ({ clientAddress: async () => client.address }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: () => {} }));
// No cookie jar outside a request: every press makes a new guest cart, as a client that drops its cookies would.
vi.mock("@/lib/cart/current-cart", async (importOriginal) => {
  const { installedTestDb } = await import("@/testing/setup-test-database");
  return {
    ...(await importOriginal<typeof import("@/lib/cart/current-cart")>()),
    ensureCurrentCartId: async () => (await installedTestDb().cart.create({ data: {} })).id,
    currentCustomer: async () => ({}),
  };
});

const database = setupTestDatabase();

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
});

function press(code: string) {
  const form = new FormData();
  form.set("code", code);
  return applyCouponAction(undefined, form);
}

describe("applying a code through the cart's form", () => {
  it("stops an address after 30 refused codes, whatever carts it uses, and tells it to wait; another address goes on", async () => {
    for (let i = 0; i < 30; i++) {
      expect(await press(`GUESS${i}`), `try ${i + 1}`).toMatchObject({
        ok: false,
        code: "COUPON_UNKNOWN",
        fieldErrors: { code: [`GUESS${i} isn't a coupon code we know. Check the spelling and try again.`] },
      });
    }
    expect(await press("GUESS30")).toEqual({
      ok: false,
      code: "COUPON_TRIES_LIMITED",
      fieldErrors: { code: ["Too many codes have been tried from here. Please wait 60 minutes before trying another."] },
    });

    client.address = "203.0.113.21";
    expect(await press("GUESS31")).toMatchObject({ ok: false, code: "COUPON_UNKNOWN" });
  });
});
