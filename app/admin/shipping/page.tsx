import type { Metadata } from "next";
import Link from "next/link";
import { listAdminShippingZones } from "@/lib/admin/shipping";
import { requirePermission } from "@/lib/auth";
import { centsToDollars, formatMoney } from "@/lib/money";
import { policyPath } from "@/lib/policies";
import { deliveryEstimateText } from "@/lib/shipping/messages";
import { updateShippingZoneAction } from "./actions";
import { ShippingZoneForm } from "./_components/shipping-zone-form";

export const metadata: Metadata = { title: "Shipping" };
export const instant = false;

export default async function AdminShippingPage() {
  await requirePermission("products.edit", "/admin/shipping");
  const zones = await listAdminShippingZones();
  return (
    <section aria-labelledby="shipping-title" className="flex max-w-3xl flex-col gap-6">
      <div>
        <h1 id="shipping-title" className="text-2xl font-bold text-slate-900">Shipping</h1>
        <p className="mt-1 text-sm text-slate-600">
          What delivery costs and how long it takes, by destination. Carts and new checkouts use a save at once, and each
          save is kept in the audit log. The{" "}
          <Link href={policyPath("shipping")} className="text-brand-700 underline">shipping policy</Link> states these rates in
          its own words: <Link href="/admin/policies/shipping" className="text-brand-700 underline">edit it</Link> to match.
        </p>
      </div>
      {zones.length === 0 ? (
        <p className="text-slate-600">No shipping zones yet. Run the store&apos;s seed (npm run db:seed) to add them.</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {zones.map((zone) => (
            <li key={zone.id} className="rounded-2xl border border-slate-200 p-4 sm:p-5">
              <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg font-semibold text-slate-900">{zone.name}</h2>
                <p className="text-sm text-slate-600">
                  {zone.active ? "" : "Off · "}
                  {formatMoney(zone.rateCents)}
                  {zone.freeShippingOverCents === null ? ", never free" : `, free from ${formatMoney(zone.freeShippingOverCents)}`} ·{" "}
                  {deliveryEstimateText(zone)}
                </p>
              </div>
              <ShippingZoneForm
                action={updateShippingZoneAction}
                values={{
                  id: zone.id,
                  name: zone.name,
                  countries: zone.countries.join(", "),
                  rate: centsToDollars(zone.rateCents),
                  freeOver: zone.freeShippingOverCents === null ? "" : centsToDollars(zone.freeShippingOverCents),
                  minDays: String(zone.minDays),
                  maxDays: String(zone.maxDays),
                  active: zone.active,
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
