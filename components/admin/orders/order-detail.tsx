import Link from "next/link";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import type { AdminOrder } from "@/lib/admin/orders/get-admin-order";
import { formatMoney } from "@/lib/money";
import { OrderTimeline } from "./order-timeline";
import { countryName } from "@/lib/shipping/country-names";

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm" aria-label={title}>
      <h2 className="mb-3 text-base font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

/** One order for staff: what was bought, the money, where it goes, its history, and the forms passed in. */
export function OrderDetail({ order, notice, actions }: { order: AdminOrder; notice?: React.ReactNode; actions: { title: string; form: React.ReactNode }[] }) {
  const money = (cents: number) => formatMoney(cents, order.currency);
  return (
    <div className="flex flex-col gap-5">
      <p className="text-sm">
        <Link href="/admin/orders" className="text-brand-700 underline">
          All orders
        </Link>
      </p>
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="font-mono text-2xl font-bold text-slate-900">Order {order.number}</h1>
          <p className="text-sm text-slate-600">
            Placed {when.format(order.createdAt)} UTC · <span className="break-all">{order.email}</span> · {order.provider === "TEST" ? "test payment" : "Stripe"}
          </p>
        </div>
        <OrderStatusBadge status={order.status} />
      </header>
      {notice}
      {order.attention ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="order-attention">
          <span className="font-semibold">Needs attention: </span>
          {order.attention}
        </p>
      ) : null}

      <div className="grid gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex flex-col gap-5">
          <Card title="Items">
            <ul className="divide-y divide-slate-100 text-sm">
              {order.lines.map((line) => (
                <li key={line.id} className="flex justify-between gap-4 py-2">
                  <span>
                    {line.quantity} × {line.productName} <span className="font-mono text-xs text-slate-500">{line.sku}</span>
                    <span className="block text-slate-600">
                      {money(line.unitPriceCents)} each{line.discountCents ? `, ${money(line.discountCents)} off` : ""}
                    </span>
                  </span>
                  <span className="font-medium tabular-nums">{money(line.totalCents)}</span>
                </li>
              ))}
            </ul>
            <dl className="mt-3 space-y-1 border-t border-slate-200 pt-3 text-sm">
              <div className="flex justify-between"><dt className="text-slate-600">Subtotal</dt><dd className="tabular-nums">{money(order.subtotalCents)}</dd></div>
              {order.discountCents ? (
                <div className="flex justify-between text-emerald-800"><dt>Discount{order.couponCode ? ` (${order.couponCode})` : ""}</dt><dd className="tabular-nums">−{money(order.discountCents)}</dd></div>
              ) : null}
              <div className="flex justify-between"><dt className="text-slate-600">Shipping{order.shippingCountry ? ` to ${countryName(order.shippingCountry)}` : ""}</dt><dd className="tabular-nums">{order.shippingCents ? money(order.shippingCents) : "Free"}</dd></div>
              {order.showsTax ? (
                <div className="flex justify-between"><dt className="text-slate-600">Tax</dt><dd className="tabular-nums" data-testid="order-tax">{order.taxCents || order.status !== "PENDING" ? money(order.taxCents) : "Not yet known (added at payment)"}</dd></div>
              ) : null}
              <div className="flex justify-between text-base font-semibold"><dt>Total</dt><dd className="tabular-nums" data-testid="order-total">{money(order.totalCents)}</dd></div>
              {order.refundedCents ? (
                <div className="flex justify-between text-violet-800"><dt>Refunded</dt><dd className="tabular-nums" data-testid="order-refunded">{money(order.refundedCents)}</dd></div>
              ) : null}
            </dl>
          </Card>
          <Card title="Timeline">
            <OrderTimeline events={order.events} />
          </Card>
        </div>
        <div className="flex flex-col gap-5">
          <Card title="Shipping">
            {order.shippingAddress.length ? (
              <address className="text-sm not-italic text-slate-800">
                {order.shippingName ? <span className="block font-medium">{order.shippingName}</span> : null}
                {order.shippingAddress.map((line) => (
                  <span key={line} className="block">{line}</span>
                ))}
              </address>
            ) : (
              <p className="text-sm text-slate-600">No address yet (it arrives with the payment).</p>
            )}
            {order.trackingNumber ? (
              <p className="mt-3 text-sm" data-testid="order-tracking">
                <span className="text-slate-600">Shipped {order.fulfilledAt ? when.format(order.fulfilledAt) : ""} with </span>
                {order.carrier}, <span className="font-mono">{order.trackingNumber}</span>
              </p>
            ) : null}
          </Card>
          {actions.map((action) => (
            <Card key={action.title} title={action.title}>
              {action.form}
            </Card>
          ))}
        </div>
      </div>
    </div>
  );
}
