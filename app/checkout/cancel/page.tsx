// Stripe's "back" link from its payment page (the session's cancel_url) lands here. Opening the link
// changes nothing: the shopper confirms with a button that posts from this page, so a
// link followed by a crawler, a preview or another site cannot cancel an order (./actions.ts).
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { OrderSummary } from "@/components/orders/order-summary";
import { authSecret } from "@/lib/auth/secret";
import { PAID_STATES } from "@/lib/orders/life-cycle";
import { orderToken } from "@/lib/orders/order-link";
import { orderFromLink } from "../order-from-link";
import { cancelOrderAction } from "./actions";
import { CancelOrderButton } from "./cancel-order-button";

export const metadata: Metadata = { title: "Cancel your order", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const button = "inline-block h-12 rounded-lg px-5 font-semibold leading-[3rem]";

async function CancelChoice({ searchParams }: Props) {
  const params = await searchParams;
  const order = await orderFromLink(Promise.resolve(params), "pay");
  if (!order) {
    return (
      <>
        <h1 className="text-2xl font-bold text-slate-900">This link has expired</h1>
        <p className="mt-3 text-slate-600">Nothing was changed. An unpaid order is released by itself when its payment window closes.</p>
        <Link href="/cart" className={`${button} mt-6 bg-brand-700 text-white hover:bg-brand-800`}>Back to your cart</Link>
      </>
    );
  }
  if (order.status !== "PENDING") {
    const paid = PAID_STATES.includes(order.status);
    return (
      <>
        <h1 className="text-2xl font-bold text-slate-900">{paid ? "This order is paid" : "This checkout is closed"}</h1>
        <p className="mt-3 text-slate-600">{paid ? "It can no longer be cancelled here." : "Nothing is held for it any more, and nothing was charged."}</p>
        <Link
          href={paid ? `/checkout/success?order=${encodeURIComponent(orderToken(order.id, "view", order.holdExpiresAt, authSecret()))}` : "/cart"}
          className={`${button} mt-6 bg-brand-700 text-white hover:bg-brand-800`}
        >
          {paid ? "See your order" : "Back to your cart"}
        </Link>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">Cancel this order?</h1>
      <p className="mt-3 text-slate-600">Nothing has been charged. Cancelling gives the items back to the shop; your cart stays as it is.</p>
      <div className="mt-6">
        <OrderSummary order={order} />
      </div>
      <CancelOrderButton action={cancelOrderAction} token={String(params.order)} />
      <p className="mt-4 text-sm text-slate-600">To pay instead, go back to the payment page with your browser&apos;s back button.</p>
    </>
  );
}

export default function CancelPage(props: Props) {
  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <Suspense fallback={<div className="h-64 animate-pulse rounded-2xl bg-slate-50" aria-hidden="true" />}>
        <CancelChoice {...props} />
      </Suspense>
    </div>
  );
}
