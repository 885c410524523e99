import { formatMoney } from "@/lib/money";

export type CartTotals = { subtotalCents: number; discountCents: number; shippingCents: number; totalCents: number };

/** `taxNotice`: the sentence about tax (excluded, or added at checkout), from lib/payments/tax-mode.ts. */
export function CartSummary({ totals, currency, freeShippingThresholdCents, taxNotice }: { totals: CartTotals; currency: string; freeShippingThresholdCents: number; taxNotice: string }) {
  const row = "flex justify-between gap-4 py-1.5";
  return (
    <div>
      <dl className="text-sm" aria-label="Order summary">
        <div className={row}>
          <dt className="text-slate-600">Subtotal</dt>
          <dd className="font-medium text-slate-900">{formatMoney(totals.subtotalCents, currency)}</dd>
        </div>
        {totals.discountCents > 0 ? (
          <div className={row}>
            <dt className="text-emerald-700">Discount</dt>
            <dd className="font-medium text-emerald-700">−{formatMoney(totals.discountCents, currency)}</dd>
          </div>
        ) : null}
        <div className={row}>
          <dt className="text-slate-600">Shipping</dt>
          <dd className="font-medium text-slate-900">{totals.shippingCents === 0 ? "Free" : formatMoney(totals.shippingCents, currency)}</dd>
        </div>
        {totals.shippingCents > 0 ? (
          <p className="pb-1 text-xs text-slate-500">Free shipping when your order comes to {formatMoney(freeShippingThresholdCents, currency)} or more after discounts.</p>
        ) : null}
        <div className="mt-2 flex justify-between gap-4 border-t border-slate-200 pt-3 text-base">
          <dt className="font-semibold text-slate-900">Total</dt>
          <dd className="font-bold text-slate-900" data-testid="cart-total">
            {formatMoney(totals.totalCents, currency)}
          </dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-slate-500" data-testid="tax-notice">{taxNotice}</p>
    </div>
  );
}
