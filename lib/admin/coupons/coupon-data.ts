// Shared by create and update: the coupon's own columns, and a check that every product it names exists.
import type { Prisma } from "../../generated/prisma/client";
import type { CouponInput } from "./coupon-schema";

export function couponColumns(input: CouponInput) {
  return {
    description: input.description,
    kind: input.kind,
    percentOff: input.percentOff,
    amountOffCents: input.amountOffCents,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    maxRedemptions: input.maxRedemptions,
    maxPerCustomer: input.maxPerCustomer,
    minSubtotalCents: input.minSubtotalCents,
    active: input.active,
  };
}

export async function productsExist(tx: Prisma.TransactionClient, input: CouponInput): Promise<boolean> {
  const ids = [...new Set([...input.rates.map((rate) => rate.productId), ...input.excludedProductIds])];
  if (ids.length === 0) return true;
  return (await tx.product.count({ where: { id: { in: ids } } })) === ids.length;
}
