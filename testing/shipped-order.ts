// Integration tests: a paid (and by default shipped) order made the way a shopper and staff make one: a cart
// with FLASHSALE (so its lines carry discounts), checkout with the test provider, its payment, then shipping.
import { expect } from "vitest";
import { shipOrder } from "../lib/admin/orders/ship-order";
import { addLine } from "../lib/cart/change-lines";
import type { Db } from "../lib/database/create-client";
import { applyPayment } from "../lib/orders/apply-payment";
import { createOrderFromCart } from "../lib/orders/create-order";

export type ShippedOrderOptions = { staffId: string; now: Date; shipped?: boolean; userId?: string; email?: string };

/** `items`: quantity per product slug. Gives the order with its lines, and `line(slug)`. */
export async function shippedOrder(db: Db, items: Record<string, number>, options: ShippedOrderOptions) {
  const cart = await db.cart.create({ data: { couponCode: "FLASHSALE" } });
  for (const [slug, quantity] of Object.entries(items)) {
    const { id } = await db.product.findUniqueOrThrow({ where: { slug } });
    expect(await addLine(cart.id, id, quantity)).toEqual({ ok: true });
  }
  const email = options.email ?? `returner-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const created = await createOrderFromCart(cart.id, { email, userId: options.userId }, "TEST", options.now);
  if (!created.ok) throw new Error(JSON.stringify(created));
  const id = created.order.id;
  expect(await applyPayment({ eventId: `evt_${id}`, eventType: "test.paid", provider: "TEST", orderId: id, paymentId: `pay_${id}` }, options.now)).toBe("paid");
  if (options.shipped !== false) {
    expect((await shipOrder({ orderId: id, carrier: "UPS", trackingNumber: "1Z999", actorId: options.staffId }, options.now)).ok).toBe(true);
  }
  const order = await db.order.findUniqueOrThrow({ where: { id }, include: { lines: { include: { product: true } } } });
  const line = (slug: string) => order.lines.find((l) => l.product.slug === slug)!;
  return { ...order, line };
}
