import { connection } from "next/server";
import { SaleBanner } from "@/components/sale-banner";
import { getFlashSale, isLive } from "@/lib/promotions/get-flash-sale";

export async function FlashSaleBanner() {
  await connection(); // whether the sale is live depends on the request's time
  const sale = await getFlashSale();
  if (!sale || !isLive(sale, new Date())) return null;
  return <SaleBanner code={sale.code} maxPercentOff={sale.maxPercentOff} />;
}
