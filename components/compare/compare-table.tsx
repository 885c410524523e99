import { OptimizedImage } from "@/components/optimized-image";
import Link from "next/link";
import type { ReactNode } from "react";
import { Price } from "@/components/price";
import { FlashSalePrice } from "@/components/product/flash-sale-price";
import { SEVERITY_LABEL } from "@/components/product/severity";
import type { ComparedProduct, SpecKey } from "@/lib/catalog";
import { SPEC_LABELS } from "@/lib/catalog/spec-keys";
import type { DeviceFit } from "@/lib/guide";
import type { FlashSaleOffer } from "@/lib/promotions";
import { BEST_FIT_LABEL, LESS_FIT_TEXT } from "./fit-copy";

export type ComparedDevice = { product: ComparedProduct; offer: FlashSaleOffer | null; fit: DeviceFit | null };

type Row = { label: string; cell: (device: ComparedDevice) => ReactNode };

const spec = (key: SpecKey): Row => ({ label: SPEC_LABELS[key], cell: ({ product }) => product.specs[key] ?? "–" });

/**
 * The devices side by side, one column each, every row the same for all. On a phone the table scrolls
 * sideways with the row names pinned on the left.
 */
export function CompareTable({ devices, saleCode, serverNow }: { devices: ComparedDevice[]; saleCode: string; serverNow: number }) {
  const rows: Row[] = [
    spec("therapy"),
    spec("intensity"),
    spec("sessionTimer"),
    spec("battery"),
    spec("weight"),
    spec("inTheBox"),
    spec("warranty"),
    {
      label: `Today's price with ${saleCode}`,
      cell: ({ product, offer }) => (
        <>
          <Price cents={product.priceCents} currency={product.currency} className="font-semibold text-slate-900" />
          {offer ? <FlashSalePrice offer={offer} currency={product.currency} serverNow={serverNow} /> : null}
        </>
      ),
    },
    { label: "Suits which cramps", cell: ({ product }) => SEVERITY_LABEL[product.severity] },
    spec("askDoctorFirst"),
  ];
  const marked = devices.some((device) => device.fit);

  return (
    <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0" tabIndex={0} role="region" aria-label="Devices side by side">
      <table className="w-full min-w-[40rem] table-fixed border-collapse text-left text-sm">
        <caption className="sr-only">The three devices compared row by row</caption>
        <colgroup>
          <col className="w-32 sm:w-44" />
          {devices.map(({ product }) => (
            <col key={product.id} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className="sticky left-0 bg-white" />
            {devices.map(({ product, fit }) => (
              <th
                key={product.id}
                scope="col"
                data-testid={`compare-column-${product.slug}`}
                className={`px-3 pb-4 align-top font-normal ${fit?.kind === "best" ? "rounded-t-2xl bg-brand-50 pt-3 ring-1 ring-brand-100" : marked ? "pt-3" : ""}`}
              >
                <OptimizedImage src={product.image} alt="" width={160} height={160} className="mb-3 aspect-square w-20 rounded-xl bg-slate-50 object-cover sm:w-28" />
                <Link href={`/products/${product.slug}`} className="text-base font-semibold text-slate-900 hover:text-brand-800">
                  {product.name}
                </Link>
                {fit?.kind === "best" ? (
                  <p className="mt-2 inline-block rounded-md bg-brand-700 px-2 py-1 text-xs font-semibold leading-4 text-white">{BEST_FIT_LABEL}</p>
                ) : fit ? (
                  <p className="mt-2 text-xs leading-5 text-slate-600">{LESS_FIT_TEXT[fit.reason]}</p>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 border-y border-slate-200">
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row" className="sticky left-0 bg-white py-3 pr-3 align-top font-medium text-slate-900">
                {row.label}
              </th>
              {devices.map((device) => (
                <td key={device.product.id} className={`px-3 py-3 align-top text-slate-700 ${device.fit?.kind === "best" ? "bg-brand-50" : ""}`}>
                  {row.cell(device)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
