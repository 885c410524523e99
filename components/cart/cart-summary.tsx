import { formatMoney } from "@/lib/money";

export type CartTotals = { subtotalCents: number; discountCents: number; shippingCents: number; totalCents: number };

/** Shipping to the cart's destination: null when no zone ships there (nothing can be checked out). */
export type SummaryShipping = { freeShippingOverCents: number | null; estimate: string } | null;

/** `taxNotice`: the sentence about tax (excluded, or added at checkout), from lib/payments/tax-mode.ts. */
export function CartSummary({ totals, currency, shipping, taxNotice }: { totals: CartTotals; currency: string; shipping: SummaryShipping; taxNotice: string }) {
  const row = "flex justify-between gap-4 py-1.5";
  const shippingText = !shipping ? "Not available" : totals.shippingCents === 0 ? "Free" : formatMoney(totals.shippingCents, currency);
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
          <dd className="font-medium text-slate-900" data-testid="cart-shipping">
            {shippingText}
          </dd>
        </div>
        {shipping ? (
          // A <dl> holds only name/value groups: the delivery note is one, its name read by screen readers only.
          <div className="pb-1 text-xs text-slate-500">
            <dt className="sr-only">Delivery</dt>
            <dd>
              <span data-testid="delivery-estimate">{shipping.estimate}</span>.
              {totals.shippingCents > 0 && shipping.freeShippingOverCents !== null
                ? ` Free shipping when your order comes to ${formatMoney(shipping.freeShippingOverCents, currency)} or more after discounts.`
                : null}
            </dd>
          </div>
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
