"use client";
import { SALE_STRIP_HEIGHT, SaleBanner } from "@/components/sale-banner";
import { useStorefrontSession } from "@/components/storefront-session/use-storefront-session";

/**
 * The site-wide flash-sale strip, read from the database after load (the layout is static, built without a
 * database). Shows FLASHSALE, "up to N% off" and a live countdown; removes itself at the end.
 */
export function FlashSaleBanner() {
  const session = useStorefrontSession();
  // Until the answer arrives, the strip's place is held (the store runs the sale nearly always), so the page
  // below does not jump; with no live sale it then closes, the one case where the page moves up.
  if (!session) return <div aria-hidden="true" className={`bg-brand-900 ${SALE_STRIP_HEIGHT}`} />;
  const { sale } = session;
  if (!sale) return null;
  return <SaleBanner code={sale.code} maxPercentOff={sale.maxPercentOff} endsAt={sale.endsAt} serverNow={session.now} />;
}
