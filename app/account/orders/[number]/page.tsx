import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { OrderDetails } from "@/components/orders/order-details";
import { OrderReturnsSection } from "@/components/returns/order-returns";
import { requireUser } from "@/lib/auth";
import { getOrderViewForUser } from "@/lib/orders/get-order-view";
import { getOrderReturns } from "@/lib/returns/get-order-returns";
import { requestAccountReturnAction } from "./actions";

export const metadata: Metadata = { title: "Your order", robots: { index: false } };
// A shopper's own order is read per request (it needs their session); there is no shell worth prerendering.
export const instant = false;

type Props = { params: Promise<{ number?: string }> };

async function AccountOrder({ params }: Props) {
  const { number = "" } = await params;
  const user = await requireUser(`/account/orders/${encodeURIComponent(number)}`);
  // Scoped by owner: another account's order number looks absent.
  const order = await getOrderViewForUser(number.toUpperCase(), user.id);
  if (!order) notFound();
  const returns = await getOrderReturns(order.id);
  return (
    <>
      <h1 className="mt-2 mb-6 text-3xl font-bold text-slate-900">Your order {order.number}</h1>
      <div className="flex flex-col gap-6">
        <OrderDetails order={order} />
        {returns ? (
          <OrderReturnsSection returns={returns} action={requestAccountReturnAction} identity={{ name: "number", value: order.number }} />
        ) : null}
      </div>
    </>
  );
}

export default function AccountOrderPage(props: Props) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <p className="text-sm"><Link href="/account/orders" className="text-brand-700 underline">Your orders</Link></p>
      <Suspense fallback={<div className="mt-6 h-64 animate-pulse rounded-2xl bg-slate-50" aria-hidden="true" />}>
        <AccountOrder {...props} />
      </Suspense>
    </div>
  );
}
