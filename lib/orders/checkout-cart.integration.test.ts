// "Check out" as the store runs it (checkoutCart): the shopper's connection address reaches the caps, so
// fresh carts and fresh e-mails from one address cannot hoard the sale, while another address still buys.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "@/prisma/seed/seed";
import { actAs } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { addLine } from "../cart/change-lines";
import { checkoutCart } from "./checkout-cart";
import { MAX_UNPAID_CHECKOUTS } from "./checkout-limits";

// This request's cart cookie and connection address, set by each step below.
const request = vi.hoisted(() => ({ cartId: null as string | null, address: "198.51.100.1" }));
vi.mock("@/lib/cart/current-cart", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/cart/current-cart")>()),
  findCurrentCartId: async () => request.cartId,
}));
vi.mock("@/lib/http/client-address", () => ({ clientAddress: async () => request.address }));

const database = setupTestDatabase();
let productId = "";

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "checkout-cart-secret-0123456789abcdefghij";
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  productId = (await database.db.product.update({ where: { slug: "ultragun" }, data: { stock: 100, reserved: 0 } })).id;
});

async function freshCart(): Promise<string> {
  const cart = await database.db.cart.create({ data: {} });
  expect(await addLine(cart.id, productId, 2)).toEqual({ ok: true });
  return cart.id;
}

describe("checkoutCart keys the caps on the connection's address", () => {
  it("refuses a fresh cart and a fresh e-mail from an address that already holds the cap, and serves another address", async () => {
    actAs(null); // a guest
    request.address = "198.51.100.7";
    for (let i = 0; i < MAX_UNPAID_CHECKOUTS; i++) {
      request.cartId = await freshCart();
      expect(await checkoutCart({ email: `hoarder-${i}@example.com` })).toMatchObject({ ok: true });
    }
    request.cartId = await freshCart();
    expect(await checkoutCart({ email: "hoarder-new@example.com" })).toEqual({ ok: false, code: "TOO_MANY_CHECKOUTS", by: "address", limit: MAX_UNPAID_CHECKOUTS });
    expect(await database.db.order.count({ where: { cartId: request.cartId } })).toBe(0);
    expect((await database.db.product.findUniqueOrThrow({ where: { id: productId } })).reserved).toBe(2 * MAX_UNPAID_CHECKOUTS);

    request.address = "198.51.100.8";
    expect(await checkoutCart({ email: "someone-else@example.com" })).toMatchObject({ ok: true });
  });
});
