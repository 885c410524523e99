import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCouponForEdit, listCouponProducts } from "@/lib/admin/coupons";
import { requirePermission } from "@/lib/auth";
import { codeLinkPath } from "@/lib/coupons/code-link";
import { env } from "@/lib/env";
import { isLive } from "@/lib/promotions";
import { absoluteUrl } from "@/lib/seo";
import { CodeLinkField } from "@/components/admin/code-link-field";
import { FormAlert } from "@/components/forms/form-alert";
import { updateCouponAction } from "../actions";
import { CouponForm } from "../_components/coupon-form";

export const metadata: Metadata = { title: "Edit coupon" };
export const instant = false;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditCouponPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission("coupons.manage", `/admin/coupons/${encodeURIComponent(id ?? "")}`);
  const [coupon, products, query] = await Promise.all([getCouponForEdit(id), listCouponProducts(), searchParams]);
  if (!coupon) notFound();
  return (
    <section aria-labelledby="edit-coupon-title" className="flex max-w-3xl flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/coupons" className="text-brand-700 underline">Coupons</Link>
      </p>
      <h1 id="edit-coupon-title" className="text-2xl font-bold text-slate-900">
        Edit <span className="font-mono tracking-wide">{coupon.code}</span>
      </h1>
      {query.created ? <FormAlert tone="success" message={`${coupon.code} created.`} /> : null}
      {coupon.active && isLive(coupon, new Date()) ? (
        <div className="max-w-xl">
          <CodeLinkField code={coupon.code} url={absoluteUrl(codeLinkPath(coupon.code), env().APP_URL)} />
        </div>
      ) : null}
      <CouponForm action={updateCouponAction} products={products} values={coupon} submitLabel="Save changes" />
    </section>
  );
}
