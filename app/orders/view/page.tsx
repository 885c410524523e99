import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { OrderDetails } from "@/components/orders/order-details";
import { OrderReturnsSection } from "@/components/returns/order-returns";
import { orderFromLink } from "@/app/checkout/order-from-link";
import { getOrderReturns } from "@/lib/returns/get-order-returns";
import { requestGuestReturnAction } from "./actions";

export const metadata: Metadata = { title: "Your order", robots: { index: false }, referrer: "no-referrer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function SignedOrder({ searchParams }: Props) {
  const order = await orderFromLink(searchParams, "view");
  if (!order) {
    return (
      <div role="alert" className="rounded-2xl border border-amber-200 bg-amber-50 p-5 text-slate-800">
        <h1 className="text-2xl font-bold text-slate-900">This order link does not work</h1>
        <p className="mt-2">
          It may be mistyped or older than 90 days. <Link href="/orders/lookup" className="font-medium text-brand-700 underline">Find your order</Link>{" "}
          with its number and your e-mail instead.
        </p>
      </div>
    );
  }
  const returns = await getOrderReturns(order.id);
  const { order: token } = await searchParams;
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-slate-900">Your order {order.number}</h1>
      <div className="flex flex-col gap-6">
        <OrderDetails order={order} />
        {returns ? (
          <OrderReturnsSection returns={returns} action={requestGuestReturnAction} identity={{ name: "order", value: String(token) }} />
        ) : null}
      </div>
    </>
  );
}

export default function OrderViewPage(props: Props) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <Suspense fallback={<div className="h-64 animate-pulse rounded-2xl bg-slate-50" aria-hidden="true" />}>
        <SignedOrder {...props} />
      </Suspense>
    </div>
  );
}
