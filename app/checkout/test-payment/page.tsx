import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { OrderSummary } from "@/components/orders/order-summary";
import { formatMoney } from "@/lib/money";
import { isTestPaymentsAllowed } from "@/lib/payments/provider";
import { taxNotice } from "@/lib/payments/tax-mode";
import { orderFromLink } from "../order-from-link";
import { TestPaymentButtons } from "./test-payment-buttons";

export const metadata: Metadata = { title: "Test payment", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function Payment({ searchParams }: Props) {
  const params = await searchParams;
  const order = await orderFromLink(Promise.resolve(params), "pay");
  if (!order || order.provider !== "TEST" || !isTestPaymentsAllowed()) notFound();
  return (
    <>
      <OrderSummary order={order} />
      <p className="mt-3 text-sm text-slate-600">{taxNotice()}</p>
      <div className="mt-6">
        {order.status === "PENDING" ? (
          <TestPaymentButtons token={String(params.order)} total={formatMoney(order.totalCents, order.currency)} />
        ) : (
          <p className="text-slate-700">This order is no longer waiting for payment.</p>
        )}
      </div>
    </>
  );
}

export default function TestPaymentPage(props: Props) {
  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <p role="note" className="mb-6 rounded-lg border-2 border-dashed border-amber-400 bg-amber-50 px-4 py-3 text-center font-semibold text-amber-900">
        Test payment, no card is charged
      </p>
      <h1 className="mb-4 text-2xl font-bold text-slate-900">Pay for your order</h1>
      <Suspense fallback={<div className="h-64 animate-pulse rounded-2xl bg-slate-50" aria-hidden="true" />}>
        <Payment {...props} />
      </Suspense>
    </div>
  );
}
