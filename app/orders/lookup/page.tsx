import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { z } from "zod";
import { OrderDetails } from "@/components/orders/order-details";
import { hitRateLimit } from "@/lib/auth/rate-limit";
import { clientAddress } from "@/lib/http/client-address";
import { getOrderViewByNumberAndEmail } from "@/lib/orders/get-order-view";

export const metadata: Metadata = { title: "Find your order", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const lookupSchema = z.object({
  number: z.string().trim().min(4, "Enter your order number, like UC-7K3M9QX2.").max(20),
  email: z.string().trim().max(254).pipe(z.email({ message: "Enter the e-mail address used for the order." })),
});

async function Result({ searchParams }: Props) {
  await connection(); // a lookup (rate limit window, order) is always read at request time
  const params = await searchParams;
  if (params.number === undefined && params.email === undefined) return null;
  const parsed = lookupSchema.safeParse(params);
  if (!parsed.success) {
    return <p role="alert" className="text-sm text-red-700">{parsed.error.issues.map((i) => i.message).join(" ")}</p>;
  }
  const limit = await hitRateLimit(`lookup:ip:${await clientAddress()}`, { limit: 20, windowSeconds: 15 * 60 });
  if (!limit.allowed) {
    return <p role="alert" className="text-sm text-red-700">Too many lookups. Try again in {Math.ceil(limit.retryAfterSeconds / 60)} minutes.</p>;
  }
  const order = await getOrderViewByNumberAndEmail(parsed.data.number, parsed.data.email);
  if (!order) {
    return <p role="alert" className="text-sm text-red-700">We could not find an order with that number and e-mail. Check both and try again.</p>;
  }
  return <OrderDetails order={order} />;
}

export default function OrderLookupPage(props: Props) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">Find your order</h1>
      <p className="mt-2 text-slate-600">Checked out as a guest? Enter the order number from your receipt and your e-mail.</p>
      <form method="get" className="mt-6 grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <div className="flex flex-col gap-1">
          <label htmlFor="number" className="text-sm font-medium">Order number</label>
          <input id="number" name="number" required className="rounded-lg border border-slate-300 px-3 py-2 uppercase" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="email" className="text-sm font-medium">E-mail</label>
          <input id="email" name="email" type="email" required autoComplete="email" className="rounded-lg border border-slate-300 px-3 py-2" />
        </div>
        <button type="submit" className="h-11 rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">Find order</button>
      </form>
      <div className="mt-8">
        <Suspense fallback={null}>
          <Result {...props} />
        </Suspense>
      </div>
    </div>
  );
}
