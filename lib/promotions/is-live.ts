import type { FlashSale } from "./types";

export function isLive(sale: Pick<FlashSale, "startsAt" | "endsAt">, now: Date): boolean {
  return sale.startsAt <= now && (sale.endsAt === null || now < sale.endsAt);
}
