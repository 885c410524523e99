import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { OrderSummary } from "@/components/orders/order-summary";
import { RefreshWhilePending } from "@/components/orders/refresh-while-pending";
import { orderFromLink } from "../order-from-link";

export const metadata: Metadata = { title: "Thank you", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function Confirmation({ searchParams }: Props) {
  const order = await orderFromLink(searchParams, "view");
  if (!order) notFound();
  const pending = order.status === "PENDING";
  return (
    <>
      <RefreshWhilePending pending={pending} />
      <h1 className="text-3xl font-bold text-slate-900">{pending ? "Confirming your payment…" : "Thank you for your order"}</h1>
      <p className="mt-2 text-slate-600" aria-live="polite">
        {pending
          ? "This page updates by itself as soon as the payment is confirmed."
          : order.status === "PAID"
            ? `We have your payment and sent a receipt to ${order.email}.`
            : "Here is the latest on your order."}
      </p>
      <div className="mt-6">
        <OrderSummary order={order} />
      </div>
      <p className="mt-6 text-sm text-slate-600">
        <Link href="/account/orders" className="underline">Your orders</Link> · <Link href="/products" className="underline">Keep shopping</Link>
      </p>
    </>
  );
}

export default function SuccessPage(props: Props) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <Suspense fallback={<div className="h-64 animate-pulse rounded-2xl bg-slate-50" aria-hidden="true" />}>
        <Confirmation {...props} />
      </Suspense>
    </div>
  );
}
