import { connection } from "next/server";
import { SaleBanner } from "@/components/sale-banner";
import { getFlashSale, isLive } from "@/lib/promotions";

export async function FlashSaleBanner() {
  await connection(); // whether the sale is live depends on the request's time
  const sale = await getFlashSale();
  const now = new Date();
  if (!sale || !isLive(sale, now)) return null;
  return (
    <SaleBanner
      code={sale.code}
      maxPercentOff={sale.maxPercentOff}
      endsAt={sale.endsAt?.getTime() ?? null}
      serverNow={now.getTime()}
    />
  );
}
