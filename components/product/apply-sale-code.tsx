import type { FlashSaleOffer } from "@/lib/promotions";
import { ApplySaleCodeLink } from "../flash-sale/apply-sale-code-link";
import { UntilSaleEnds } from "../flash-sale/until-sale-ends";

/** The product page's "Apply FLASHSALE" under the sale price; gone the moment the sale ends, like the price. */
export function ApplySaleCode({ offer, serverNow }: { offer: FlashSaleOffer; serverNow: number }) {
  return (
    <UntilSaleEnds endsAt={offer.endsAt?.getTime() ?? null} serverNow={serverNow}>
      <ApplySaleCodeLink code={offer.code} className="mt-1 px-4 py-2 text-sm" />
    </UntilSaleEnds>
  );
}
