// A shopper asks to send units of a shipped order back. The caller has already decided who may act on which
// order (the account that owns it, or the holder of its signed link) and names it by `order`; everything
// else is checked here against the database: the order has shipped and its window is open, no other request
// is open, every line id is the order's own and no quantity exceeds what was bought minus what is already
// asked for. The order row is locked while this is decided, so two requests sent at once make one.
import "server-only";
import { hitRateLimit, type RateLimitRule } from "../auth/rate-limit";
import { withRetry } from "../database/retry";
import { db } from "../db";
import type { Refused, Result } from "../result";
import { estimateCalendarDays, isReturnWindowOpen, returnDeadline } from "./return-window";
import type { ReturnLineInput } from "./return-request-schema";
import { sendReturnMailSafely } from "./return-mail";
import { isShipped, OPEN_RETURN_STATES, unitsSpokenFor } from "./returnable";

/** A shopper sends a return once or twice; this stops a script from filling the staff's queue and inboxes. */
export const RETURN_REQUEST_LIMIT: RateLimitRule = { limit: 10, windowSeconds: 3600 };

export type ReturnOrderRef = { id: string } | { number: string; userId: string };

export type RequestReturnInput = { order: ReturnOrderRef; reason: string; lines: readonly ReturnLineInput[] };

export type RequestReturnRefusal =
  | Refused<"NOT_FOUND" | "NOT_SHIPPED" | "OPEN_REQUEST" | "NOTHING_CHOSEN" | "UNKNOWN_LINE">
  | Refused<"WINDOW_CLOSED", { deadline: Date }>
  | Refused<"TOO_MANY", { orderLineId: string; returnable: number }>
  | Refused<"RATE_LIMITED", { retryAfterSeconds: number }>;

export type RequestReturnResult = Result<{ returnId: string; mailed: boolean }, RequestReturnRefusal>;

export type RequestReturnOptions = {
  /** The client's address: requests are limited per address. */
  ip: string;
  now?: Date;
};

export async function requestReturn(input: RequestReturnInput, options: RequestReturnOptions): Promise<RequestReturnResult> {
  const now = options.now ?? new Date();
  const limit = await hitRateLimit(`returns:ip:${options.ip}`, RETURN_REQUEST_LIMIT, now);
  if (!limit.allowed) return { ok: false, code: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };
  if (!input.lines.length) return { ok: false, code: "NOTHING_CHOSEN" };

  const found = await db.order.findFirst({ where: "id" in input.order ? { id: input.order.id } : input.order, select: { id: true } });
  if (!found) return { ok: false, code: "NOT_FOUND" };

  const result = await withRetry(() =>
    db.$transaction(async (tx): Promise<RequestReturnResult> => {
      // Requests for one order queue here, so "one open request" and the quantities hold under a double click.
      await tx.$queryRaw`SELECT "id" FROM "orders" WHERE "id" = ${found.id} FOR NO KEY UPDATE`;
      const order = await tx.order.findUniqueOrThrow({
        where: { id: found.id },
        include: { lines: true, returns: { select: { status: true, lines: { select: { orderLineId: true, quantity: true } } } } },
      });
      if (!isShipped(order)) return { ok: false, code: "NOT_SHIPPED" };
      const deadline = returnDeadline(order, estimateCalendarDays(order.deliveryMaxDays));
      if (!isReturnWindowOpen(deadline, now)) return { ok: false, code: "WINDOW_CLOSED", deadline: deadline! };
      if (order.returns.some((r) => OPEN_RETURN_STATES.includes(r.status))) return { ok: false, code: "OPEN_REQUEST" };

      const taken = unitsSpokenFor(order.returns);
      const asked = new Map<string, number>();
      for (const line of input.lines) asked.set(line.orderLineId, (asked.get(line.orderLineId) ?? 0) + line.quantity);
      for (const [orderLineId, quantity] of asked) {
        const line = order.lines.find((l) => l.id === orderLineId);
        if (!line) return { ok: false, code: "UNKNOWN_LINE" };
        const returnable = line.quantity - (taken.get(orderLineId) ?? 0);
        if (quantity > returnable) return { ok: false, code: "TOO_MANY", orderLineId, returnable };
      }

      const request = await tx.returnRequest.create({
        data: {
          orderId: order.id,
          reason: input.reason,
          lines: { create: [...asked].map(([orderLineId, quantity]) => ({ orderLineId, quantity })) },
        },
      });
      const units = [...asked.values()].reduce((sum, n) => sum + n, 0);
      await tx.orderEvent.create({
        data: { orderId: order.id, type: "return_requested", message: `The customer asked to return ${units} unit${units === 1 ? "" : "s"}.`, data: { returnId: request.id } },
      });
      return { ok: true, returnId: request.id, mailed: false };
    }),
  );
  if (!result.ok) return result;
  return { ...result, mailed: await sendReturnMailSafely(result.returnId) };
}
