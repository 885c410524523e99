import type { Metadata } from "next";
import Link from "next/link";
import { CodeLinkField } from "@/components/admin/code-link-field";
import { listCoupons, type CouponRow } from "@/lib/admin/coupons";
import { requirePermission } from "@/lib/auth";
import { codeLinkPath } from "@/lib/coupons/code-link";
import { env } from "@/lib/env";
import { absoluteUrl } from "@/lib/seo";
import { formatMoney } from "@/lib/money";
import { setCouponActiveAction } from "./actions";
import { ToggleForm } from "@/components/admin/toggle-form";

export const metadata: Metadata = { title: "Coupons" };
export const instant = false;

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

function discount(coupon: CouponRow): string {
  if (coupon.kind === "PRODUCT_PERCENT") return coupon.maxRateOff === null ? "No product rates" : `Up to ${coupon.maxRateOff}% per product`;
  if (coupon.kind === "ORDER_PERCENT") return `${coupon.percentOff}% off the order`;
  return `${formatMoney(coupon.amountOffCents ?? 0)} off the order`;
}

function status(coupon: CouponRow, now: Date): { label: string; tone: string } {
  if (!coupon.active) return { label: "Off", tone: "bg-slate-100 text-slate-700" };
  if (coupon.startsAt > now) return { label: "Scheduled", tone: "bg-sky-50 text-sky-800" };
  if (coupon.endsAt && coupon.endsAt <= now) return { label: "Ended", tone: "bg-slate-100 text-slate-700" };
  return { label: "Live", tone: "bg-brand-50 text-brand-800" };
}

export default async function AdminCouponsPage() {
  await requirePermission("coupons.manage", "/admin/coupons");
  const now = new Date();
  const coupons = await listCoupons(now);
  return (
    <section aria-labelledby="coupons-title" className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="coupons-title" className="text-2xl font-bold text-slate-900">Coupons</h1>
        <Link href="/admin/coupons/new" className="rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          New coupon
        </Link>
      </div>
      {coupons.length === 0 ? (
        <p className="text-slate-600">No coupons yet.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {coupons.map((coupon) => {
            const state = status(coupon, now);
            return (
              <li key={coupon.id} className="flex flex-col gap-3 rounded-2xl border border-slate-200 p-4 md:flex-row md:items-center md:justify-between" data-testid={`coupon-${coupon.code}`}>
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2">
                    <Link href={`/admin/coupons/${coupon.id}`} className="font-mono text-base font-semibold tracking-wide text-brand-800 underline-offset-2 hover:underline">
                      {coupon.code}
                    </Link>
                    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${state.tone}`}>{state.label}</span>
                  </p>
                  <p className="mt-1 text-sm text-slate-700">{discount(coupon)}</p>
                  {coupon.description ? <p className="text-sm text-slate-500">{coupon.description}</p> : null}
                  <p className="mt-1 text-xs text-slate-500">
                    {dateFormat.format(coupon.startsAt)} – {coupon.endsAt ? dateFormat.format(coupon.endsAt) : "no end"} (UTC)
                  </p>
                  {state.label === "Live" ? (
                    <div className="mt-3 w-full sm:w-96">
                      <CodeLinkField code={coupon.code} url={absoluteUrl(codeLinkPath(coupon.code), env().APP_URL)} />
                    </div>
                  ) : null}
                </div>
                <div className="flex flex-wrap items-center gap-4 md:justify-end">
                  <dl className="grid grid-cols-3 gap-4 text-center text-sm">
                    <div>
                      <dt className="text-xs text-slate-500">Redeemed</dt>
                      <dd className="font-semibold text-slate-900">{coupon.redeemed}</dd>
                    </div>
                    <div>
                      <dt className="text-xs text-slate-500">Held now</dt>
                      <dd className="font-semibold text-slate-900">{coupon.held}</dd>
                    </div>
                    <div>
                      <dt className="text-xs text-slate-500">Limit</dt>
                      <dd className="font-semibold text-slate-900">{coupon.maxRedemptions ?? "None"}</dd>
                    </div>
                  </dl>
                  <div className="flex items-start gap-2">
                    <Link href={`/admin/coupons/${coupon.id}`} aria-label={`Edit ${coupon.code}`} className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50">
                      Edit
                    </Link>
                    <ToggleForm action={setCouponActiveAction} id={coupon.id} field="active" on={coupon.active} labels={{ on: "Deactivate", off: "Activate" }} subject={coupon.code} />
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
