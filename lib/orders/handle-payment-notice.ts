// One entry for everything a payment provider tells us; each notice applies once (its event id is
// recorded in the same transaction as its effect), in whatever order notices arrive.
import type { PaymentNotice } from "../payments/notices";
import type { PaymentProvider } from "../payments/types";
import { recordDispute, recordRefund } from "./record-refund";
import { releaseOrder } from "./release-order";
import { settlePayment } from "./settle-payment";

export async function handlePaymentNotice(notice: PaymentNotice, provider: PaymentProvider, now = new Date()): Promise<string> {
  const event = { eventId: notice.eventId, eventType: notice.eventType, provider: provider.name };
  switch (notice.kind) {
    case "paid":
      return settlePayment(
        {
          ...event,
          orderId: notice.orderId,
          sessionId: notice.sessionId,
          paymentId: notice.paymentId,
          amountTotal: notice.amountTotal,
          taxCents: notice.amountTax,
          currency: notice.currency,
          shippingName: notice.shippingName,
          shippingAddress: notice.shippingAddress,
        },
        provider,
        now,
      );
    case "awaiting_payment":
      return "awaiting_payment"; // an async method (bank debit): the outcome comes in a later event
    case "expired":
      return (await releaseOrder(notice.orderId, "expired", now, { ...event, sessionId: notice.sessionId })) ? "released" : "nothing_to_release";
    case "payment_failed":
      return (await releaseOrder(notice.orderId, "payment_failed", now, { ...event, sessionId: notice.sessionId })) ? "released" : "nothing_to_release";
    case "refunded":
      return recordRefund({ ...event, paymentId: notice.paymentId, amountRefunded: notice.amountRefunded });
    case "disputed":
      return recordDispute({ ...event, paymentId: notice.paymentId, reason: notice.reason });
  }
}
