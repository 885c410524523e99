// The e-mail a shopper gets at each step of a return, written from the request's current state: requested
// (what we received), approved (how to send the parcel), declined (why), received (the refund is coming).
// Sent after the step commits; a mail that fails is logged and noted on the order's timeline, never undoing it.
import "server-only";
import { db } from "../db";
import { env } from "../env";
import { requestLogger } from "../log/request-logger";
import { sendMail } from "../mail/send-mail";
import { formatMoney } from "../money";
import { orderViewLink } from "../orders/order-view-link";

const SIGN_OFF = ["Questions? Reply to this e-mail and quote your order number.", "UltraCare Pro"];

export async function sendReturnMail(returnId: string): Promise<void> {
  const request = await db.returnRequest.findUnique({
    where: { id: returnId },
    include: { order: true, lines: { include: { orderLine: { select: { productName: true } } }, orderBy: { orderLine: { productName: "asc" } } } },
  });
  if (!request) return;
  const { order } = request;
  const items = request.lines.map((line) => `  ${line.quantity} × ${line.orderLine.productName}`);
  const link = `View your order: ${orderViewLink(order)}`;
  const returnAddress = env().RETURN_ADDRESS;
  const bodies = {
    REQUESTED: {
      subject: `We have your return request for order ${order.number}`,
      text: [`We have received your request to return from order ${order.number}:`, ...items, "", "We look at it within one business day and e-mail you our answer, with the address to send the parcel to.", link],
    },
    APPROVED: {
      subject: `Your return for order ${order.number} is approved`,
      text: [
        `Your return from order ${order.number} is approved:`,
        ...items,
        "",
        "How to send it back:",
        "  1. Pack each device in its original box with all its accessories.",
        `  2. Write ${order.number} clearly on the outside of the parcel.`,
        "  3. Send it with a tracked service and keep the postage receipt until your refund arrives.",
        ...(returnAddress ? ["", "Send it to:", `  ${returnAddress}`] : ["", "Reply to this e-mail and we will send you the address to post it to."]),
        "",
        "We refund what you paid for these items within 14 days of receiving them.",
        link,
      ],
    },
    DECLINED: {
      subject: `About your return for order ${order.number}`,
      text: [`We are sorry: we cannot accept the return from order ${order.number}:`, ...items, "", `Why: ${request.decisionReason ?? ""}`, "", "If you think this is a mistake, reply to this e-mail and a person will look at it again.", link],
    },
    RECEIVED: {
      subject: `Your return for order ${order.number} has arrived`,
      text: [
        `The items you returned from order ${order.number} have arrived:`,
        ...items,
        "",
        request.refundCents
          ? `We are refunding ${formatMoney(request.refundCents, order.currency)} to the card or payment method you paid with; your bank may take a few days to show it.`
          : "We will be in touch about your refund.",
        link,
      ],
    },
  } satisfies Record<typeof request.status, { subject: string; text: string[] }>;
  const mail = bodies[request.status];
  await sendMail({ to: order.email, subject: mail.subject, text: [...mail.text, "", ...SIGN_OFF].join("\n") });
}

/** sendReturnMail, but a failure is logged and put on the order's timeline instead of thrown; true when sent. */
export async function sendReturnMailSafely(returnId: string): Promise<boolean> {
  try {
    await sendReturnMail(returnId);
    return true;
  } catch (error) {
    (await requestLogger()).error({ err: error, returnId }, "the return e-mail could not be sent");
    const request = await db.returnRequest.findUnique({ where: { id: returnId }, select: { orderId: true, status: true } });
    if (request) {
      await db.orderEvent.create({ data: { orderId: request.orderId, type: "mail_failed", message: `The return e-mail (${request.status.toLowerCase()}) could not be sent.` } });
    }
    return false;
  }
}
