import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { OrderSummary } from "@/components/orders/order-summary";
import { requireUser } from "@/lib/auth";
import { listOrderViewsForUser } from "@/lib/orders/get-order-view";

export const metadata: Metadata = { title: "Your orders", robots: { index: false } };

async function Orders() {
  const user = await requireUser("/account/orders");
  const orders = await listOrderViewsForUser(user.id);
  if (!orders.length) {
    return (
      <p className="mt-6 text-slate-600">
        No orders yet. <Link href="/products" className="font-medium text-brand-700 underline">Browse the devices</Link>
      </p>
    );
  }
  return (
    <ul className="mt-6 flex flex-col gap-4">
      {orders.map((order) => (
        <li key={order.id} className="flex flex-col gap-2">
          <OrderSummary order={order} />
          <Link href={`/account/orders/${encodeURIComponent(order.number)}`} className="self-end text-sm font-medium text-brand-700 underline">
            Details and returns<span className="sr-only"> for order {order.number}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export default function AccountOrdersPage() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <p className="text-sm"><Link href="/account" className="text-brand-700 underline">Your account</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-slate-900">Your orders</h1>
      <Suspense fallback={<div className="mt-6 h-40 animate-pulse rounded-2xl bg-slate-50" aria-hidden="true" />}>
        <Orders />
      </Suspense>
    </div>
  );
}
