import { formatMoney } from "../money";
import type { CouponRules, PricedLine } from "./types";

/**
 * A one-line summary of what an applied coupon did to this cart, e.g. "FLASHSALE: up to 75% off devices".
 * Only called for a coupon that discounts at least one line.
 */
export function describeCoupon(rules: CouponRules, lines: readonly PricedLine[], discountCents: number): string {
  const excluded = new Set(rules.excludedProductIds);
  const scope = lines.some((line) => excluded.has(line.productId)) ? "eligible items" : "your order";
  switch (rules.kind) {
    case "PRODUCT_PERCENT": {
      const rates = lines.map((line) => line.percentOff).filter((rate) => rate > 0);
      const highest = Math.max(...rates);
      return rates.every((rate) => rate === highest)
        ? `${rules.code}: ${highest}% off selected devices`
        : `${rules.code}: up to ${highest}% off devices`;
    }
    case "ORDER_PERCENT":
      return `${rules.code}: ${Math.max(...lines.map((line) => line.percentOff))}% off ${scope}`;
    case "ORDER_FIXED":
      return `${rules.code}: ${formatMoney(discountCents)} off ${scope}`;
  }
}
