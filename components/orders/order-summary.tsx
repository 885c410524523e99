import type { OrderView } from "@/lib/orders/get-order-view";
import { formatMoney } from "@/lib/money";
import { trackingUrl } from "@/lib/orders/carrier-tracking";
import { countryName } from "@/lib/shipping/country-names";
import { OrderStatusBadge } from "./order-status-badge";

export function OrderSummary({ order }: { order: OrderView }) {
  const money = (cents: number) => formatMoney(cents, order.currency);
  const tracking = trackingUrl(order.carrier, order.trackingNumber);
  return (
    <article className="rounded-2xl border border-slate-200 p-5" aria-label={`Order ${order.number}`}>
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold text-slate-900">Order {order.number}</h2>
          <p className="text-sm text-slate-600">
            {order.createdAt.toLocaleDateString("en-US", { dateStyle: "medium" })} · receipt to {order.email}
          </p>
        </div>
        <OrderStatusBadge status={order.status} />
      </header>
      <ul className="mt-4 divide-y divide-slate-100 text-sm">
        {order.lines.map((line) => (
          <li key={line.productName} className="flex justify-between gap-4 py-2">
            <span>
              {line.quantity} × {line.productName}
              {line.discountCents ? <span className="block text-emerald-700">saved {money(line.discountCents)}</span> : null}
            </span>
            <span className="font-medium">{money(line.totalCents)}</span>
          </li>
        ))}
      </ul>
      <dl className="mt-3 space-y-1 border-t border-slate-200 pt-3 text-sm">
        <div className="flex justify-between"><dt className="text-slate-600">Subtotal</dt><dd>{money(order.subtotalCents)}</dd></div>
        {order.discountCents ? (
          <div className="flex justify-between text-emerald-700"><dt>Discount{order.couponCode ? ` (${order.couponCode})` : ""}</dt><dd>−{money(order.discountCents)}</dd></div>
        ) : null}
        <div className="flex justify-between"><dt className="text-slate-600">Shipping{order.shippingCountry ? ` to ${countryName(order.shippingCountry)}` : ""}</dt><dd>{order.shippingCents ? money(order.shippingCents) : "Free"}</dd></div>
        {order.showsTax ? (
          <div className="flex justify-between"><dt className="text-slate-600">Tax</dt><dd data-testid="order-tax">{order.taxCents || order.status !== "PENDING" ? money(order.taxCents) : "Calculated at checkout"}</dd></div>
        ) : null}
        <div className="flex justify-between text-base font-semibold"><dt>Total</dt><dd data-testid="order-total">{money(order.totalCents)}</dd></div>
        {order.refundedCents ? (
          <div className="flex justify-between text-violet-800"><dt>Refunded</dt><dd>{money(order.refundedCents)}</dd></div>
        ) : null}
        {order.trackingNumber ? (
          <div className="flex justify-between"><dt className="text-slate-600">Tracking</dt><dd>
              {order.carrier}{" "}
              {tracking ? (
                <a href={tracking} target="_blank" rel="noopener noreferrer" className="underline">
                  {order.trackingNumber}
                  <span className="sr-only"> (opens the carrier&apos;s tracking page)</span>
                </a>
              ) : (
                order.trackingNumber
              )}
            </dd></div>
        ) : null}
      </dl>
    </article>
  );
}
