// The "your order is on its way" e-mail: what was packed, the carrier and the tracking number.
import "server-only";
import { db } from "../../db";
import { sendMail } from "../../mail/send-mail";
import { formatAddress } from "../../orders/confirmation-mail";
import { orderViewLink } from "../../orders/order-view-link";

export async function sendShippedMail(orderId: string): Promise<void> {
  const order = await db.order.findUnique({ where: { id: orderId }, include: { lines: { orderBy: { productName: "asc" } } } });
  if (!order || order.status !== "FULFILLED") return;
  const address = formatAddress(order.shippingAddress);
  const text = [
    `Good news: order ${order.number} has left our warehouse.`,
    "",
    "In the parcel:",
    ...order.lines.map((line) => `  ${line.quantity} × ${line.productName}`),
    "",
    `Carrier: ${order.carrier ?? "-"}`,
    `Tracking number: ${order.trackingNumber ?? "-"}`,
    `View your order and follow the parcel: ${orderViewLink(order)}`,
    "",
    ...(address.length ? ["On its way to:", ...(order.shippingName ? [`  ${order.shippingName}`] : []), ...address.map((l) => `  ${l}`), ""] : []),
    "Questions about the delivery? Reply to this e-mail and quote your order number.",
    "UltraCare Pro",
  ].join("\n");
  await sendMail({ to: order.email, subject: `Order ${order.number} has shipped`, text });
}
