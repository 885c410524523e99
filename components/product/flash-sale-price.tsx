import { Price } from "@/components/price";
import type { FlashSaleOffer } from "@/lib/promotions";
import { UntilSaleEnds } from "../flash-sale/until-sale-ends";

type Props = { offer: FlashSaleOffer; currency: string; serverNow: number; size?: "sm" | "lg" };

/** "$39.75 with FLASHSALE, save 75%": a preview of the code's price; disappears when the sale ends. */
export function FlashSalePrice({ offer, currency, serverNow, size = "sm" }: Props) {
  return (
    <UntilSaleEnds endsAt={offer.endsAt?.getTime() ?? null} serverNow={serverNow}>
      <p className={size === "lg" ? "text-base text-slate-700" : "text-sm text-slate-700"} data-testid="flash-sale-price">
        <Price
          cents={offer.salePriceCents}
          currency={currency}
          className={size === "lg" ? "text-xl font-semibold text-brand-800" : "font-semibold text-brand-800"}
        />{" "}
        with <span className="font-mono font-semibold tracking-wide text-slate-900">{offer.code}</span>, save{" "}
        {offer.percentOff}%
      </p>
    </UntilSaleEnds>
  );
}
