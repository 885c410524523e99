// Marks a paid order shipped (carrier and tracking number), with its timeline entry and audit row in
// one transaction; the customer's e-mail goes out after the commit, so a mail failure never undoes it.
import "server-only";
import { withRetry } from "../../database/retry";
import { db } from "../../db";
import { recordAudit } from "../../audit/record-audit";
import { requestLogger } from "../../log/request-logger";
import type { Refused, Result } from "../../result";
import { transition } from "../../orders/life-cycle";
import { SHIPPABLE } from "./get-admin-order";
import { sendShippedMail } from "./shipped-mail";

export type ShipOrderInput = { orderId: string; carrier: string; trackingNumber: string; actorId: string };
export type ShipOrderRefusal = Refused<"NOT_FOUND" | "NOT_SHIPPABLE">;
export type ShipOrderResult = Result<{ number: string; mailed: boolean }, ShipOrderRefusal>;

export async function shipOrder(input: ShipOrderInput, now = new Date()): Promise<ShipOrderResult> {
  const result = await withRetry(() =>
    db.$transaction(async (tx): Promise<ShipOrderResult> => {
      const before = await tx.order.findUnique({ where: { id: input.orderId }, select: { number: true, status: true, carrier: true, trackingNumber: true } });
      if (!before) return { ok: false, code: "NOT_FOUND" };
      if (!SHIPPABLE.includes(before.status)) return { ok: false, code: "NOT_SHIPPABLE" };
      // Conditional: two people shipping at once, or a refund landing meanwhile, ship it at most once.
      const shipped = await transition(
        tx,
        { id: input.orderId, status: before.status },
        "FULFILLED",
        { fulfilledAt: now, carrier: input.carrier, trackingNumber: input.trackingNumber },
        { fulfilledAt: null },
      );
      if (!shipped) return { ok: false, code: "NOT_SHIPPABLE" };
      await tx.orderEvent.create({
        data: { orderId: input.orderId, type: "shipped", message: `Shipped with ${input.carrier}, tracking ${input.trackingNumber}.` },
      });
      await recordAudit(tx, {
        actorId: input.actorId,
        action: "order.ship",
        entityType: "order",
        entityId: input.orderId,
        before,
        after: { status: "FULFILLED", carrier: input.carrier, trackingNumber: input.trackingNumber },
      });
      return { ok: true, number: before.number, mailed: false };
    }),
  );
  if (!result.ok) return result;
  try {
    await sendShippedMail(input.orderId);
    return { ...result, mailed: true };
  } catch (error) {
    (await requestLogger()).error({ err: error, orderId: input.orderId }, "shipOrder: the shipping e-mail could not be sent");
    await db.orderEvent.create({ data: { orderId: input.orderId, type: "mail_failed", message: "The shipping e-mail could not be sent." } });
    return result;
  }
}
