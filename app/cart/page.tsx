import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { Suspense } from "react";
import { ApplyCodeFromLink } from "@/components/cart/apply-code-from-link";
import { CartLineRow } from "@/components/cart/cart-line-row";
import { imageAttributes } from "@/components/optimized-image";
import { CartSummary } from "@/components/cart/cart-summary";
import { CheckoutForm } from "@/components/cart/checkout-form";
import { CouponForm } from "@/components/cart/coupon-form";
import { DestinationForm } from "@/components/cart/destination-form";
import { getCurrentUser } from "@/lib/auth";
import { currentCustomer, findCurrentCartId, getCartView } from "@/lib/cart";
import { isTestPaymentsAllowed } from "@/lib/payments/provider";
import { taxNotice } from "@/lib/payments/tax-mode";
import { couponErrorMessage } from "@/lib/pricing";
import { deliveryEstimateText, noLongerShippedText } from "@/lib/shipping/messages";
import { applyCouponAction, checkoutAction, removeCouponAction, removeLineAction, setDestinationAction, updateQuantityAction } from "./actions";

export const metadata: Metadata = { title: "Your cart", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The code of a shared link (/cart?code=CODE), as typed. This GET applies nothing: the ApplyCodeFromLink island
 * posts it through applyCouponAction (it says why), which validates it like a typed code.
 */
function linkedCode(searchParams: Awaited<Props["searchParams"]>): string | null {
  const value = searchParams.code;
  const code = (Array.isArray(value) ? value[0] : value)?.trim();
  // Cut to what a message may echo: the action refuses anything over 40 characters anyway.
  return code ? code.slice(0, 64) : null;
}

async function CartContents({ searchParams }: Props) {
  // Until the shopper chooses, the order goes to the country their browser's languages suggest.
  const acceptLanguage = (await headers()).get("accept-language");
  const view = await getCartView(await findCurrentCartId(), await currentCustomer(), undefined, { acceptLanguage });
  const { destination, zone } = view.shipping;
  const code = linkedCode(await searchParams);
  if (view.lines.length === 0) {
    return (
      <div className="rounded-2xl border border-dashed border-slate-300 px-6 py-14 text-center">
        {code ? (
          // Nothing a code could discount: no try is spent and no cart is made for it.
          <p role="alert" className="mx-auto mb-6 max-w-md rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Your cart is empty, so no code was applied. Add a device first, then apply the code.
          </p>
        ) : null}
        <p className="text-lg font-semibold text-slate-900">Your cart is empty</p>
        <p className="mt-2 text-slate-600">Find the device that suits your cramps.</p>
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          <Link href="/products" className="rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
            Shop devices
          </Link>
          <Link href="/guide" className="rounded-lg border border-slate-300 px-5 py-2.5 font-medium text-slate-700 hover:bg-slate-50">
            Take the relief guide
          </Link>
        </div>
      </div>
    );
  }
  return (
    <>
      {code ? (
        <div className="mb-6">
          <ApplyCodeFromLink code={code} action={applyCouponAction} />
        </div>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-[1fr_360px]">
        <section aria-label="Items in your cart">
          <ul className="divide-y divide-slate-200 border-y border-slate-200">
            {view.lines.map((line) => (
              <CartLineRow
                key={line.productId}
                line={line}
                picture={imageAttributes({ src: line.image, alt: "", width: 96, height: 96 })}
                actions={{ update: updateQuantityAction, remove: removeLineAction }}
              />
            ))}
          </ul>
        </section>
        <aside className="flex h-fit flex-col gap-5 rounded-2xl border border-slate-200 bg-slate-50 p-5">
          <CouponForm
            actions={{ apply: applyCouponAction, remove: removeCouponAction }}
            appliedCode={view.couponCode}
            appliedDescription={view.couponDescription}
            storedError={view.couponError ? couponErrorMessage(view.couponError) : null}
          />
          {destination ? (
            <DestinationForm
              key={destination.country}
              action={setDestinationAction}
              countries={view.shipping.countries}
              country={destination.country}
              notice={zone ? null : noLongerShippedText(destination.country)}
            />
          ) : null}
          <CartSummary
            totals={view.totals}
            currency={view.currency}
            shipping={zone && { freeShippingOverCents: zone.freeShippingOverCents, estimate: deliveryEstimateText(zone) }}
            taxNotice={taxNotice()}
          />
          {view.lines.some((line) => line.issue) ? (
            <p className="text-sm text-amber-900">Fix the items marked above to check out.</p>
          ) : null}
          <CheckoutForm
            action={checkoutAction}
            signedInEmail={(await getCurrentUser())?.email ?? null}
            disabled={!view.canCheckout || Boolean(view.couponError)}
            testPayments={isTestPaymentsAllowed()}
          />
        </aside>
      </div>
    </>
  );
}

export default function CartPage(props: Props) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="mb-6 text-3xl font-bold text-slate-900">Your cart</h1>
      <Suspense fallback={<div className="h-64 animate-pulse rounded-2xl bg-slate-50" aria-hidden="true" />}>
        <CartContents {...props} />
      </Suspense>
    </div>
  );
}
