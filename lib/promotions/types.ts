export type FlashSale = {
  code: string;
  startsAt: Date;
  endsAt: Date | null;
  /** The best rate among the products on sale: the "up to N% off" figure. */
  maxPercentOff: number;
  /** productId -> percent off */
  rates: Record<string, number>;
};

/** What a shopper would pay for one unit with the flash-sale code: a preview, the cart prices for real. */
export type FlashSaleOffer = {
  code: string;
  percentOff: number;
  salePriceCents: number;
  savingsCents: number;
  endsAt: Date | null;
};
