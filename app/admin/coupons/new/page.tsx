import type { Metadata } from "next";
import Link from "next/link";
import { listCouponProducts } from "@/lib/admin/coupons";
import { requirePermission } from "@/lib/auth";
import { createCouponAction } from "../actions";
import { CouponForm } from "../_components/coupon-form";

export const metadata: Metadata = { title: "New coupon" };
export const instant = false;

export default async function NewCouponPage() {
  await requirePermission("coupons.manage", "/admin/coupons/new");
  const products = await listCouponProducts();
  const startsAt = new Date();
  startsAt.setUTCSeconds(0, 0);
  return (
    <section aria-labelledby="new-coupon-title" className="flex max-w-3xl flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/coupons" className="text-brand-700 underline">Coupons</Link>
      </p>
      <h1 id="new-coupon-title" className="text-2xl font-bold text-slate-900">New coupon</h1>
      <CouponForm
        action={createCouponAction}
        products={products}
        submitLabel="Create coupon"
        values={{
          code: "",
          description: "",
          kind: "ORDER_PERCENT",
          percentOff: null,
          amountOffCents: null,
          rates: [],
          excludedProductIds: [],
          startsAt,
          endsAt: null,
          maxRedemptions: null,
          maxPerCustomer: null,
          minSubtotalCents: 0,
          active: true,
        }}
      />
    </section>
  );
}
