// The order confirmation: number, lines, discount, tax, total and where it ships, and what the prices
// say about tax (lib/payments/tax-mode.ts).
import { db } from "../db";
import { sendMail } from "../mail/send-mail";
import { formatMoney } from "../money";
import { showsTax, taxNotice } from "../payments/tax-mode";
import { orderViewLink } from "./order-view-link";

export function formatAddress(address: unknown): string[] {
  if (!address || typeof address !== "object") return [];
  const a = address as Record<string, string | null | undefined>;
  return [a.line1, a.line2, [a.postal_code, a.city].filter(Boolean).join(" "), a.state, a.country].filter((part): part is string => !!part);
}

export async function sendOrderConfirmation(orderId: string): Promise<void> {
  const order = await db.order.findUnique({ where: { id: orderId }, include: { lines: true } });
  if (!order || order.status !== "PAID") return;
  const money = (cents: number) => formatMoney(cents, order.currency);
  const lines = order.lines.map((line) => {
    const saving = line.discountCents ? ` (you saved ${money(line.discountCents)})` : "";
    return `  ${line.quantity} × ${line.productName} at ${money(line.unitPriceCents)}: ${money(line.totalCents)}${saving}`;
  });
  const address = formatAddress(order.shippingAddress);
  const text = [
    `Thank you for your order ${order.number}.`,
    "",
    ...lines,
    "",
    `Subtotal: ${money(order.subtotalCents)}`,
    ...(order.discountCents ? [`Discount${order.couponCode ? ` (${order.couponCode})` : ""}: -${money(order.discountCents)}`] : []),
    `Shipping: ${order.shippingCents ? money(order.shippingCents) : "Free"}`,
    ...(showsTax(order.taxCents) ? [`Tax: ${money(order.taxCents)}`] : []),
    `Total paid: ${money(order.totalCents)}`,
    taxNotice(),
    "",
    ...(address.length ? ["Shipping to:", ...(order.shippingName ? [`  ${order.shippingName}`] : []), ...address.map((l) => `  ${l}`), ""] : []),
    `View your order: ${orderViewLink(order)}`,
    "",
    "We will e-mail you again when your order ships.",
    "UltraCare Pro",
  ].join("\n");
  await sendMail({ to: order.email, subject: `Your UltraCare Pro order ${order.number}`, text });
}
